import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';

/**
 * An OpenID Connect identity provider for tests: real key pairs, and their public halves served as
 * a JSON Web Key Set by a node:http server on an ephemeral port of 127.0.0.1. Tokens are signed the
 * way a provider signs them; the service under test fetches the keys over HTTP as it would a
 * council's. Keys can be added (rotation) and the key set can be made to fail (outage).
 */
export const TEST_ISSUER = 'https://login.council.example/tenant';
export const TEST_AUDIENCE = 'api://qa-learning-service';

export interface ProviderKey {
  readonly kid: string;
  readonly alg: string;
  readonly privateKey: CryptoKey;
  readonly publicJwk: JWK;
  /** The public key as PEM (SPKI): what an attacker who read the key set could use as an HMAC "secret". */
  readonly publicPem: string;
}

export interface TokenOptions {
  readonly kid?: string;
  /** Header algorithm (default the key's). */
  readonly alg?: string;
  readonly issuer?: string | null;
  readonly audience?: string | readonly string[] | null;
  /** Seconds from now; null: no `exp`. Default one hour. */
  readonly expiresInSeconds?: number | null;
  readonly notBeforeSeconds?: number;
  readonly now?: Date;
}

export class LocalIdentityProvider {
  private readonly keys: ProviderKey[] = [];
  private failing = false;
  /** How many times the key set has been fetched. */
  fetches = 0;

  private constructor(private readonly server: Server) {}

  static async start(algorithms: readonly string[] = ['RS256']): Promise<LocalIdentityProvider> {
    let provider: LocalIdentityProvider | undefined;
    const server = createServer((request, response) => provider!.answer(request.url ?? '', response));
    provider = new LocalIdentityProvider(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    for (const alg of algorithms) await provider.addKey(alg);
    return provider;
  }

  get jwksUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/.well-known/jwks.json`;
  }

  /** The service's OIDC_* variables for this provider. */
  environment(): Record<string, string> {
    return { OIDC_ISSUER: TEST_ISSUER, OIDC_AUDIENCE: TEST_AUDIENCE, OIDC_JWKS_URL: this.jwksUrl };
  }

  key(kid?: string): ProviderKey {
    const key = kid === undefined ? this.keys[0] : this.keys.find((k) => k.kid === kid);
    if (!key) throw new Error(`No key ${kid ?? ''}`);
    return key;
  }

  /** A new key pair, published in the key set from now on. */
  async addKey(alg: string, kid = `key-${this.keys.length + 1}-${alg}`): Promise<ProviderKey> {
    const key = await keyPair(alg, kid);
    this.keys.push(key);
    return key;
  }

  /** The key set answers 503 while failing. */
  fail(failing = true): void {
    this.failing = failing;
  }

  async sign(claims: JWTPayload, options: TokenOptions = {}): Promise<string> {
    return signWith(this.key(options.kid), claims, options);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(url: string, response: ServerResponse): void {
    if (!url.startsWith('/.well-known/jwks.json')) {
      response.writeHead(404).end();
      return;
    }
    this.fetches += 1;
    if (this.failing) {
      response.writeHead(503).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: this.keys.map((k) => k.publicJwk) }));
  }
}

/** A key pair the provider does not publish: what a forger would sign with. */
export async function keyPair(alg: string, kid: string): Promise<ProviderKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  return { kid, alg, privateKey, publicJwk, publicPem: await exportSPKI(publicKey) };
}

export async function signWith(key: ProviderKey, claims: JWTPayload, options: TokenOptions = {}): Promise<string> {
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  let jwt = new SignJWT(claims).setProtectedHeader({ alg: options.alg ?? key.alg, kid: options.kid ?? key.kid, typ: 'JWT' }).setIssuedAt(now);
  const issuer = options.issuer === undefined ? TEST_ISSUER : options.issuer;
  if (issuer !== null) jwt = jwt.setIssuer(issuer);
  const audience = options.audience === undefined ? TEST_AUDIENCE : options.audience;
  if (audience !== null) jwt = jwt.setAudience(typeof audience === 'string' ? audience : [...audience]);
  const expiresIn = options.expiresInSeconds === undefined ? 3600 : options.expiresInSeconds;
  if (expiresIn !== null) jwt = jwt.setExpirationTime(now + expiresIn);
  if (options.notBeforeSeconds !== undefined) jwt = jwt.setNotBefore(now + options.notBeforeSeconds);
  return jwt.sign(key.privateKey);
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** An unsecured JWT (`alg: none`, empty signature) with the given claims. */
export function unsecuredToken(claims: JWTPayload): string {
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;
}

/** The token with its payload replaced and its signature kept (a tampered token). */
export function tamperedToken(token: string, claims: JWTPayload): string {
  const [header, , signature] = token.split('.');
  return `${header}.${base64url(claims)}.${signature}`;
}

/** An HS256 token whose HMAC key is the provider's public key (algorithm confusion). */
export async function signedWithPublicKeyAsSecret(key: ProviderKey, claims: JWTPayload, secret: 'pem' | 'jwk' = 'pem'): Promise<string> {
  const bytes = new TextEncoder().encode(secret === 'pem' ? key.publicPem : JSON.stringify(key.publicJwk));
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', kid: key.kid, typ: 'JWT' })
    .setIssuer(TEST_ISSUER)
    .setAudience(TEST_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + 3600)
    .sign(bytes);
}

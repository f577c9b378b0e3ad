import { ASYMMETRIC_ALGORITHMS, DEFAULT_OIDC_ALGORITHMS, isAsymmetricAlgorithm, type AsymmetricAlgorithm } from '../../auth/src/algorithms.js';
import type { Environment, NodeEnv } from './config.js';

/**
 * Issue 6 item 1: which bearer tokens the service accepts, read from environment variables.
 *
 * - The council's identity provider (OpenID Connect): OIDC_ISSUER, OIDC_AUDIENCE, OIDC_JWKS_URL,
 *   and optionally OIDC_ALGORITHMS (asymmetric only) and OIDC_STAFF_ID_CLAIM.
 * - A shared HS256 secret (JWT_SECRET; outside production, when unset, the public development
 *   secret). Whoever holds it can sign a token naming anyone, so in production it is refused
 *   unless ALLOW_JWT_SECRET_IN_PRODUCTION=true says the operator means it.
 *
 * Either way a token only says who the bearer is; what they may do follows from the staff registry.
 */

/**
 * The HS256 secret used when JWT_SECRET is unset outside production. It is public (it is in the
 * source and the README), so tokens signed with it prove nothing: production never uses it.
 */
export const DEV_JWT_SECRET = 'development-only-insecure-jwt-secret-do-not-use-in-production';

/** RFC 7518 §3.2: an HS256 key must be at least as long as the hash output (256 bits). */
export const MIN_JWT_SECRET_LENGTH = 32;

export interface JwtConfig {
  /** HS256 tokens signed with it are accepted; null when none are (production with OIDC only). */
  readonly secret: string | null;
  /** True when the public development secret is in use (never in production). */
  readonly usingDevelopmentSecret: boolean;
}

export interface OidcConfig {
  /** Compared exactly with every token's `iss`. */
  readonly issuer: string;
  /** A token's `aud` must name one of them (OIDC_AUDIENCE, comma-separated). */
  readonly audience: readonly string[];
  /** The provider's JSON Web Key Set (its `jwks_uri`). */
  readonly jwksUrl: string;
  readonly algorithms: readonly AsymmetricAlgorithm[];
  /** The claim holding the staff id (OIDC_STAFF_ID_CLAIM, default `sub`). */
  readonly staffIdClaim: string;
}

export interface AuthConfig {
  readonly jwt: JwtConfig;
  /** Null when no identity provider is configured. */
  readonly oidc: OidcConfig | null;
}

const OIDC_REQUIRED = ['OIDC_ISSUER', 'OIDC_AUDIENCE', 'OIDC_JWKS_URL'] as const;
const OIDC_VARIABLES = [...OIDC_REQUIRED, 'OIDC_ALGORITHMS', 'OIDC_STAFF_ID_CLAIM'] as const;

/** The authentication settings, adding every bad variable to `problems` and what an operator should know to `warnings`. */
export function loadAuthConfig(env: Environment, nodeEnv: NodeEnv, problems: string[], warnings: string[]): AuthConfig {
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };
  const production = nodeEnv === 'production';
  const oidc = loadOidc(value, production, problems);

  const allowRaw = value('ALLOW_JWT_SECRET_IN_PRODUCTION');
  if (allowRaw !== undefined && allowRaw !== 'true' && allowRaw !== 'false') {
    problems.push(`ALLOW_JWT_SECRET_IN_PRODUCTION must be true or false, got "${allowRaw}"`);
  }
  const allowInProduction = allowRaw === 'true';

  const secret = value('JWT_SECRET');
  if (secret === undefined) {
    if (!production) {
      warnings.push('JWT_SECRET is not set: using the public development secret; tokens prove nothing. Set JWT_SECRET outside development.');
      return { jwt: { secret: DEV_JWT_SECRET, usingDevelopmentSecret: true }, oidc };
    }
    if (allowInProduction) {
      problems.push('ALLOW_JWT_SECRET_IN_PRODUCTION=true needs JWT_SECRET (an HS256 secret of at least 32 characters)');
    } else if (oidc === null && !OIDC_VARIABLES.some((name) => value(name) !== undefined)) {
      problems.push(
        'NODE_ENV=production needs a way to sign in: set OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL (the council\'s identity provider), ' +
          'or JWT_SECRET with ALLOW_JWT_SECRET_IN_PRODUCTION=true',
      );
    }
    return { jwt: { secret: null, usingDevelopmentSecret: false }, oidc };
  }
  if (secret.length < MIN_JWT_SECRET_LENGTH) {
    problems.push(`JWT_SECRET must be at least ${MIN_JWT_SECRET_LENGTH} characters (HS256 needs a 256-bit key), got ${secret.length}`);
  } else if (secret === DEV_JWT_SECRET && production) {
    problems.push('JWT_SECRET must not be the public development secret when NODE_ENV=production');
  } else if (production && !allowInProduction) {
    problems.push(
      'JWT_SECRET is set but NODE_ENV=production: whoever holds a shared secret can sign a token naming anyone. ' +
        'Sign in through the identity provider (OIDC_*) and unset JWT_SECRET, or set ALLOW_JWT_SECRET_IN_PRODUCTION=true to accept such tokens',
    );
  } else if (production) {
    warnings.push('ALLOW_JWT_SECRET_IN_PRODUCTION=true: tokens signed with JWT_SECRET are accepted; whoever holds it can act as anyone in the staff registry.');
  }
  return { jwt: { secret, usingDevelopmentSecret: false }, oidc };
}

function loadOidc(value: (name: string) => string | undefined, production: boolean, problems: string[]): OidcConfig | null {
  if (!OIDC_VARIABLES.some((name) => value(name) !== undefined)) return null;
  const missing = OIDC_REQUIRED.filter((name) => value(name) === undefined);
  if (missing.length > 0) {
    problems.push(`${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} required with the other OIDC_* variables (the identity provider's issuer, this service's audience, the provider's JWKS URL)`);
  }
  const issuer = value('OIDC_ISSUER');
  if (issuer !== undefined) checkUrl('OIDC_ISSUER', issuer, production, problems);
  const jwksUrl = value('OIDC_JWKS_URL');
  if (jwksUrl !== undefined) checkUrl('OIDC_JWKS_URL', jwksUrl, production, problems);
  const audience = (value('OIDC_AUDIENCE') ?? '').split(',').map((part) => part.trim()).filter((part) => part !== '');
  const algorithms = algorithmList(value('OIDC_ALGORITHMS'), problems);
  const staffIdClaim = value('OIDC_STAFF_ID_CLAIM') ?? 'sub';
  if (!/^[A-Za-z_][A-Za-z0-9_.:-]{0,99}$/.test(staffIdClaim)) {
    problems.push(`OIDC_STAFF_ID_CLAIM must be a claim name (letters, digits, _ . : -), got "${staffIdClaim}"`);
  }
  if (issuer === undefined || jwksUrl === undefined || audience.length === 0) return null;
  return { issuer, audience, jwksUrl, algorithms, staffIdClaim };
}

function checkUrl(name: string, raw: string, production: boolean, problems: string[]): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push(`${name} must be a URL, got "${raw}"`);
    return;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problems.push(`${name} must be an https:// URL, got "${raw}"`);
  } else if (production && url.protocol !== 'https:') {
    // Keys fetched over plain HTTP could be swapped on the way: anyone could then sign tokens.
    problems.push(`${name} must be an https:// URL when NODE_ENV=production, got "${raw}"`);
  }
}

function algorithmList(raw: string | undefined, problems: string[]): readonly AsymmetricAlgorithm[] {
  if (raw === undefined) return DEFAULT_OIDC_ALGORITHMS;
  const names = raw.split(',').map((part) => part.trim()).filter((part) => part !== '');
  const refused = names.filter((name) => !isAsymmetricAlgorithm(name));
  if (names.length === 0 || refused.length > 0) {
    problems.push(
      `OIDC_ALGORITHMS must list asymmetric signing algorithms only (${ASYMMETRIC_ALGORITHMS.join(', ')}), got "${raw}": ` +
        'none is never accepted, and an HMAC algorithm (HS256...) would let anyone holding the provider\'s public key sign tokens',
    );
    return DEFAULT_OIDC_ALGORITHMS;
  }
  return [...new Set(names)] as AsymmetricAlgorithm[];
}

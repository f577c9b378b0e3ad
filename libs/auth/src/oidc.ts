import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey, type RemoteJWKSetOptions } from 'jose';
import type { AsymmetricAlgorithm } from './algorithms.js';
import { AuthenticationError, refusal, subjectOf, type VerifiedIdentity, type VerifyOptions } from './jwt.js';

/**
 * Tokens from a council's OpenID Connect identity provider: signed with one of the provider's
 * keys, published as a JSON Web Key Set (JWKS). Every token must carry the provider as `iss`, this
 * service among its `aud`, an `exp` in the future (and `nbf`, if present, in the past), and be
 * signed with an allowed asymmetric algorithm by a key in the set.
 */
export interface OidcSettings {
  /** Compared exactly with the token's `iss`. */
  readonly issuer: string;
  /** The token's `aud` must name at least one of them. */
  readonly audience: readonly string[];
  readonly jwksUrl: string;
  readonly algorithms: readonly AsymmetricAlgorithm[];
  /** The claim holding the staff id (default `sub`). */
  readonly staffIdClaim: string;
}

/**
 * The provider's keys: fetched on first use, cached (re-fetched after ten minutes) and fetched
 * again when a token names a key id the cache does not hold (a rotated key), at most every 30 s.
 */
export function remoteKeySet(jwksUrl: string, options: RemoteJWKSetOptions = {}): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 30_000, cacheMaxAge: 600_000, ...options });
}

export class OidcTokenVerifier {
  constructor(
    private readonly settings: OidcSettings,
    private readonly keys: JWTVerifyGetKey = remoteKeySet(settings.jwksUrl),
  ) {}

  async verify(token: string, options: VerifyOptions = {}): Promise<VerifiedIdentity> {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.settings.issuer,
        audience: [...this.settings.audience],
        algorithms: [...this.settings.algorithms],
        requiredClaims: ['exp', 'iss', 'aud', this.settings.staffIdClaim],
        ...(options.now ? { currentDate: options.now } : {}),
      }));
    } catch (error) {
      throw oidcRefusal(error);
    }
    return { subject: subjectOf(payload, this.settings.staffIdClaim), method: 'oidc' };
  }
}

function oidcRefusal(error: unknown): AuthenticationError {
  if (error instanceof errors.JWKSNoMatchingKey) {
    return new AuthenticationError('INVALID_TOKEN', 'The token is not signed by a key of the identity provider');
  }
  if (error instanceof errors.JWKSMultipleMatchingKeys || error instanceof errors.JWSSignatureVerificationFailed) {
    return new AuthenticationError('INVALID_TOKEN', 'The token is not valid');
  }
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || !(error instanceof errors.JOSEError)) {
    // The keys could not be had (network, timeout, not a key set): nothing about the token is known.
    return new AuthenticationError('KEYS_UNAVAILABLE', "The identity provider's signing keys could not be fetched; try again shortly");
  }
  if (error.code === 'ERR_JOSE_GENERIC') {
    // jose reports a JWKS answered with another status than 200 OK this way.
    return new AuthenticationError('KEYS_UNAVAILABLE', "The identity provider's signing keys could not be fetched; try again shortly");
  }
  return refusal(error);
}

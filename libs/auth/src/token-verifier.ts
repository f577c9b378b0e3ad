import { decodeProtectedHeader, type JWTVerifyGetKey } from 'jose';
import { AuthenticationError, TOKEN_ALGORITHM, verifySharedSecretToken, type VerifiedIdentity, type VerifyOptions } from './jwt.js';
import { OidcTokenVerifier, type OidcSettings } from './oidc.js';

/** Which tokens a service accepts (AppConfig's `jwt.secret` and `oidc`). */
export interface TokenVerifierSettings {
  /** HS256 tokens signed with this secret (JWT_SECRET, or the development secret); null: none. */
  readonly sharedSecret: string | null;
  /** Tokens from the council's identity provider; null: none. */
  readonly oidc: OidcSettings | null;
}

/**
 * Verifies a bearer token by the one way its header allows: HS256 against the shared secret, any
 * other algorithm against the identity provider's key set, with that provider's allowed
 * algorithms. A token is never tried both ways, so an HS256 token "signed" with one of the
 * provider's public keys (algorithm confusion) is checked against the shared secret and fails, and
 * `alg: none` is refused before anything else.
 */
export class TokenVerifier {
  private readonly oidc: OidcTokenVerifier | null;

  constructor(
    private readonly settings: TokenVerifierSettings,
    /** The provider's key set (default: fetched from its JWKS URL). */
    keys?: JWTVerifyGetKey,
  ) {
    this.oidc = settings.oidc === null ? null : new OidcTokenVerifier(settings.oidc, keys);
  }

  async verify(token: string, options: VerifyOptions = {}): Promise<VerifiedIdentity> {
    const algorithm = algorithmOf(token);
    if (algorithm.toLowerCase() === 'none') {
      throw new AuthenticationError('ALGORITHM_NOT_ALLOWED', 'Unsigned tokens (alg: none) are never accepted');
    }
    if (algorithm === TOKEN_ALGORITHM) {
      if (this.settings.sharedSecret === null) {
        throw new AuthenticationError('ALGORITHM_NOT_ALLOWED', 'HS256 tokens are not accepted here: sign in with the identity provider');
      }
      return verifySharedSecretToken(token, this.settings.sharedSecret, options);
    }
    if (this.oidc === null) {
      throw new AuthenticationError('ALGORITHM_NOT_ALLOWED', `Only HS256 tokens are accepted here, not ${JSON.stringify(algorithm.slice(0, 20))}`);
    }
    return this.oidc.verify(token, options);
  }
}

function algorithmOf(token: string): string {
  let algorithm: unknown;
  try {
    algorithm = decodeProtectedHeader(token).alg;
  } catch {
    throw new AuthenticationError('MALFORMED_TOKEN', 'The token is not a well-formed JWT');
  }
  if (typeof algorithm !== 'string' || algorithm === '') {
    throw new AuthenticationError('MALFORMED_TOKEN', 'The token header names no signing algorithm');
  }
  return algorithm;
}

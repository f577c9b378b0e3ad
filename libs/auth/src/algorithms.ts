/**
 * The signing algorithms a council's identity provider may use. Only asymmetric ones: the service
 * holds the provider's public keys, never a secret it shares with it, so a token signed with a
 * symmetric algorithm (HS256 with the public key as the "secret": algorithm confusion) or not
 * signed at all (`alg: none`) can never pass as the provider's.
 */
export const ASYMMETRIC_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
] as const;

export type AsymmetricAlgorithm = (typeof ASYMMETRIC_ALGORITHMS)[number];

/** OIDC_ALGORITHMS when unset: what councils' identity providers sign with. */
export const DEFAULT_OIDC_ALGORITHMS: readonly AsymmetricAlgorithm[] = ['RS256', 'ES256', 'PS256', 'EdDSA'];

export function isAsymmetricAlgorithm(value: string): value is AsymmetricAlgorithm {
  return (ASYMMETRIC_ALGORITHMS as readonly string[]).includes(value);
}

import { SignJWT, errors, jwtVerify } from 'jose';
import { ROLES, type Actor, type Role } from '../../domain/src/shared/decider.js';

/**
 * Identity for development and tests: HS256 JWTs signed with a shared secret (JWT_SECRET). The
 * subject is the staff id. Only HS256 is accepted, so a token with `alg: none` or an asymmetric
 * algorithm is refused whatever it claims, and every token must expire. Development tokens still
 * carry a `role` claim (mint-token writes one), but the API takes a person's role from the staff
 * registry at the time of each request and ignores the claim (apps/api/src/auth/actor-resolver.ts).
 */

export const TOKEN_ALGORITHM = 'HS256';
export const ROLE_CLAIM = 'role';
export const DEFAULT_TOKEN_LIFETIME = '8h';

/** Why a token was refused; the API reports all of them as UNAUTHENTICATED. */
export type AuthenticationFailure =
  | 'MISSING_TOKEN'
  | 'MALFORMED_TOKEN'
  | 'INVALID_TOKEN'
  | 'EXPIRED_TOKEN'
  | 'INVALID_CLAIMS'
  /** Signed with an algorithm this service does not accept (`none`, HS256 without JWT_SECRET, ...). */
  | 'ALGORITHM_NOT_ALLOWED'
  /** The identity provider's signing keys (its JWKS) could not be fetched: the token cannot be checked. */
  | 'KEYS_UNAVAILABLE'
  /** A valid token, but its subject is not in post in the staff registry and holds no inspector's grant. */
  | 'NOT_IN_POST';

/** Who a token proves the bearer to be, and how; what they may do is decided elsewhere. */
export interface VerifiedIdentity {
  /** The staff id (or the id an inspector's access grant names). */
  readonly subject: string;
  readonly method: 'shared-secret' | 'oidc';
}

/** Longest subject accepted: a staff id is short; anything longer is not one. */
export const MAX_SUBJECT_LENGTH = 200;

export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
  constructor(
    readonly reason: AuthenticationFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface SignDevTokenInput {
  readonly staffId: string;
  readonly role: Role;
  readonly secret: string;
  /** Seconds, or a duration such as '30m', '8h', '7d'. Default 8h. */
  readonly expiresIn?: number | string;
  /** The issuing instant (default: now). */
  readonly now?: Date;
}

export async function signDevToken(input: SignDevTokenInput): Promise<string> {
  if (input.staffId.trim() === '') throw new TypeError('staffId must not be empty');
  if (!isRole(input.role)) throw new TypeError(`role must be one of ${ROLES.join(', ')}`);
  const issuedAt = Math.floor((input.now ?? new Date()).getTime() / 1000);
  const lifetime = durationSeconds(input.expiresIn ?? DEFAULT_TOKEN_LIFETIME);
  return new SignJWT({ [ROLE_CLAIM]: input.role })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT' })
    .setSubject(input.staffId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetime)
    .sign(keyOf(input.secret));
}

export interface VerifyOptions {
  /** The instant to check expiry against (default: now). */
  readonly now?: Date;
}

/**
 * The subject of an HS256 token signed with the shared secret, or AuthenticationError. What the
 * API uses: any `role` claim is not looked at.
 */
export async function verifySharedSecretToken(token: string, secret: string, options: VerifyOptions = {}): Promise<VerifiedIdentity> {
  const payload = await verifiedPayload(token, secret, options);
  return { subject: subjectOf(payload, 'sub'), method: 'shared-secret' };
}

/**
 * The staff id and role claim a development token carries, or AuthenticationError: for checking
 * what mint-token made. The API does not authorise by the claim (see verifySharedSecretToken).
 */
export async function verifyToken(token: string, secret: string, options: VerifyOptions = {}): Promise<Actor> {
  const payload = await verifiedPayload(token, secret, options);
  const staffId = subjectOf(payload, 'sub');
  const role = payload[ROLE_CLAIM];
  if (!isRole(role)) {
    throw new AuthenticationError('INVALID_CLAIMS', `The token's role claim must be one of ${ROLES.join(', ')}`);
  }
  return { staffId, role };
}

/** The token in an `Authorization: Bearer <token>` header, or AuthenticationError. */
export function bearerToken(authorization: string | undefined): string {
  if (authorization === undefined || authorization.trim() === '') {
    throw new AuthenticationError('MISSING_TOKEN', 'A bearer token is required (Authorization: Bearer <token>)');
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization.trim());
  if (!match) throw new AuthenticationError('MALFORMED_TOKEN', 'The Authorization header must be "Bearer <token>"');
  return match[1]!;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

async function verifiedPayload(token: string, secret: string, options: VerifyOptions): Promise<Record<string, unknown>> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      algorithms: [TOKEN_ALGORITHM],
      requiredClaims: ['exp', 'sub'],
      ...(options.now ? { currentDate: options.now } : {}),
    });
    return payload;
  } catch (error) {
    throw refusal(error);
  }
}

/** The claim naming who the bearer is: a non-empty string of at most MAX_SUBJECT_LENGTH characters. */
export function subjectOf(payload: Record<string, unknown>, claim: string): string {
  const subject = payload[claim];
  if (typeof subject !== 'string' || subject.trim() === '' || subject.length > MAX_SUBJECT_LENGTH) {
    throw new AuthenticationError('INVALID_CLAIMS', `The token's ${claim} claim must be a staff id`);
  }
  return subject;
}

function keyOf(secret: string): Uint8Array {
  if (secret === '') throw new TypeError('The JWT secret must not be empty');
  return new TextEncoder().encode(secret);
}

/** What a jose refusal means to a client. */
export function refusal(error: unknown): AuthenticationError {
  if (error instanceof AuthenticationError) return error;
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return new AuthenticationError('ALGORITHM_NOT_ALLOWED', "The token's signing algorithm is not accepted");
  }
  if (error instanceof errors.JWTExpired) return new AuthenticationError('EXPIRED_TOKEN', 'The token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new AuthenticationError('INVALID_CLAIMS', `The token's claims are not acceptable: ${error.message}`);
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) {
    return new AuthenticationError('MALFORMED_TOKEN', 'The token is not a well-formed JWT');
  }
  // A bad signature, a refused algorithm, or anything else jose rejects.
  return new AuthenticationError('INVALID_TOKEN', 'The token is not valid');
}

function durationSeconds(value: number | string): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('expiresIn must be a finite number of seconds');
    return Math.round(value);
  }
  const match = /^(-?\d+)\s*(s|m|h|d)$/.exec(value.trim());
  if (!match) throw new TypeError(`expiresIn must be seconds or a duration like '30m', '8h', '7d'; got "${value}"`);
  const unit = { s: 1, m: 60, h: 3600, d: 86400 }[match[2] as 's' | 'm' | 'h' | 'd'];
  return Number(match[1]) * unit;
}

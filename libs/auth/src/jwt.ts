import { SignJWT, errors, jwtVerify } from 'jose';
import { ROLES, type Actor, type Role } from '../../domain/src/shared/decider.js';

/**
 * Identity for development and tests: HS256 JWTs signed with a shared secret. The subject is the
 * staff id; the `role` claim names the person's role in the framework. Only HS256 is accepted,
 * so a token with `alg: none` or an asymmetric algorithm is refused whatever it claims, and every
 * token must expire.
 */

export const TOKEN_ALGORITHM = 'HS256';
export const ROLE_CLAIM = 'role';
export const DEFAULT_TOKEN_LIFETIME = '8h';

/** Why a token was refused; the API reports all of them as UNAUTHENTICATED. */
export type AuthenticationFailure = 'MISSING_TOKEN' | 'MALFORMED_TOKEN' | 'INVALID_TOKEN' | 'EXPIRED_TOKEN' | 'INVALID_CLAIMS';

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

/** The actor a token names, or AuthenticationError. */
export async function verifyToken(token: string, secret: string, options: VerifyOptions = {}): Promise<Actor> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, keyOf(secret), {
      algorithms: [TOKEN_ALGORITHM],
      requiredClaims: ['exp', 'sub'],
      ...(options.now ? { currentDate: options.now } : {}),
    }));
  } catch (error) {
    throw refusal(error);
  }
  const staffId = payload['sub'];
  const role = payload[ROLE_CLAIM];
  if (typeof staffId !== 'string' || staffId.trim() === '') {
    throw new AuthenticationError('INVALID_CLAIMS', 'The token subject must be a staff id');
  }
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

function keyOf(secret: string): Uint8Array {
  if (secret === '') throw new TypeError('The JWT secret must not be empty');
  return new TextEncoder().encode(secret);
}

function refusal(error: unknown): AuthenticationError {
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

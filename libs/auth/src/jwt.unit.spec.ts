import { SignJWT } from 'jose';
import { AuthenticationError, bearerToken, signDevToken, verifyToken } from './jwt.js';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const key = new TextEncoder().encode(SECRET);
const now = new Date('2025-03-01T09:00:00Z');

async function refusalOf(promise: Promise<unknown>): Promise<AuthenticationError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AuthenticationError) return error;
    throw error;
  }
  throw new Error('expected the token to be refused');
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('Development tokens', () => {
  describe('When a token is signed for a staff id and role', () => {
    it('should verify to that actor', async () => {
      const token = await signDevToken({ staffId: 'TM-0042', role: 'TEAM_MANAGER', secret: SECRET, now, expiresIn: '1h' });
      await expect(verifyToken(token, SECRET, { now })).resolves.toEqual({ staffId: 'TM-0042', role: 'TEAM_MANAGER' });
    });
  });

  describe('When the token has expired', () => {
    it('should refuse it as expired', async () => {
      const token = await signDevToken({ staffId: 'TM-0042', role: 'TEAM_MANAGER', secret: SECRET, now, expiresIn: 60 });
      const later = new Date(now.getTime() + 61_000);
      expect((await refusalOf(verifyToken(token, SECRET, { now: later }))).reason).toBe('EXPIRED_TOKEN');
    });
  });

  describe('When the payload has been tampered with', () => {
    it('should refuse it', async () => {
      const token = await signDevToken({ staffId: 'SW-1', role: 'SOCIAL_WORKER', secret: SECRET, now });
      const [header, , signature] = token.split('.');
      const forged = `${header}.${base64url({ sub: 'SW-1', role: 'DIRECTOR', iat: 0, exp: 4102444800 })}.${signature}`;
      expect((await refusalOf(verifyToken(forged, SECRET, { now }))).reason).toBe('INVALID_TOKEN');
    });
  });

  describe('When the token is signed with another key', () => {
    it('should refuse it', async () => {
      const token = await signDevToken({ staffId: 'SW-1', role: 'SOCIAL_WORKER', secret: `${SECRET}-other`, now });
      expect((await refusalOf(verifyToken(token, SECRET, { now }))).reason).toBe('INVALID_TOKEN');
    });
  });

  describe('When the token is unsecured (alg none)', () => {
    it('should refuse it', async () => {
      const unsecured = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: 'SW-1', role: 'DIRECTOR', exp: 4102444800 })}.`;
      expect((await refusalOf(verifyToken(unsecured, SECRET, { now }))).reason).toBe('ALGORITHM_NOT_ALLOWED');
    });
  });

  describe('When the token uses another HMAC algorithm with the right key', () => {
    it('should refuse it: only HS256 is accepted', async () => {
      const token = await new SignJWT({ role: 'DIRECTOR' })
        .setProtectedHeader({ alg: 'HS512' })
        .setSubject('SW-1')
        .setExpirationTime('1h')
        .sign(key);
      expect((await refusalOf(verifyToken(token, SECRET))).reason).toBe('ALGORITHM_NOT_ALLOWED');
    });
  });

  describe('When the token has no expiry', () => {
    it('should refuse it', async () => {
      const token = await new SignJWT({ role: 'DIRECTOR' }).setProtectedHeader({ alg: 'HS256' }).setSubject('SW-1').sign(key);
      expect((await refusalOf(verifyToken(token, SECRET))).reason).toBe('INVALID_CLAIMS');
    });
  });

  describe('When the role claim names no role of the framework', () => {
    it('should refuse it', async () => {
      const token = await new SignJWT({ role: 'ADMIN' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('SW-1')
        .setExpirationTime('1h')
        .sign(key);
      const refusal = await refusalOf(verifyToken(token, SECRET));
      expect(refusal.reason).toBe('INVALID_CLAIMS');
      expect(refusal.message).toContain('role');
    });
  });

  describe('When the token has no subject', () => {
    it('should refuse it', async () => {
      const token = await new SignJWT({ role: 'SOCIAL_WORKER' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(key);
      expect((await refusalOf(verifyToken(token, SECRET))).reason).toBe('INVALID_CLAIMS');
    });
  });

  describe('When the token is not a JWT at all', () => {
    it('should refuse it as malformed', async () => {
      expect((await refusalOf(verifyToken('not-a-token', SECRET))).reason).toBe('MALFORMED_TOKEN');
    });
  });

  describe('When a token is asked for an unknown role', () => {
    it('should not sign it', async () => {
      await expect(signDevToken({ staffId: 'x', role: 'ADMIN' as never, secret: SECRET })).rejects.toThrow(TypeError);
    });
  });
});

describe('Bearer header', () => {
  describe('When the header is "Bearer <token>"', () => {
    it('should return the token', () => {
      expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
      expect(bearerToken('bearer abc.def.ghi ')).toBe('abc.def.ghi');
    });
  });

  describe('When the header is missing', () => {
    it('should refuse with MISSING_TOKEN', () => {
      expect(() => bearerToken(undefined)).toThrow(expect.objectContaining({ reason: 'MISSING_TOKEN' }));
    });
  });

  describe('When the header uses another scheme', () => {
    it('should refuse with MALFORMED_TOKEN', () => {
      expect(() => bearerToken('Basic dXNlcjpwYXNz')).toThrow(expect.objectContaining({ reason: 'MALFORMED_TOKEN' }));
    });
  });
});

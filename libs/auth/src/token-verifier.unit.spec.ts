import { SignJWT } from 'jose';
import { AuthenticationError, signDevToken, type AuthenticationFailure } from './jwt.js';
import { remoteKeySet, type OidcSettings } from './oidc.js';
import {
  keyPair,
  LocalIdentityProvider,
  signedWithPublicKeyAsSecret,
  signWith,
  tamperedToken,
  TEST_AUDIENCE,
  TEST_ISSUER,
  unsecuredToken,
} from './testing/local-identity-provider.js';
import { TokenVerifier } from './token-verifier.js';

/**
 * Issue 6 items 1 and 7: bearer tokens verified against the development secret or an identity
 * provider's key set (served by a local HTTP server), and every hostile token refused.
 */

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';

async function refusalOf(promise: Promise<unknown>): Promise<AuthenticationError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AuthenticationError) return error;
    throw error;
  }
  throw new Error('expected the token to be refused');
}

async function expectRefused(promise: Promise<unknown>, reason: AuthenticationFailure): Promise<AuthenticationError> {
  const refusal = await refusalOf(promise);
  expect(refusal.reason).toBe(reason);
  return refusal;
}

describe('Token verification (issue 6 item 1)', () => {
  let provider: LocalIdentityProvider;
  let oidc: OidcSettings;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    provider = await LocalIdentityProvider.start(['RS256', 'ES256']);
    oidc = { issuer: TEST_ISSUER, audience: [TEST_AUDIENCE], jwksUrl: provider.jwksUrl, algorithms: ['RS256', 'ES256'], staffIdClaim: 'sub' };
    verifier = new TokenVerifier({ sharedSecret: SECRET, oidc });
  });

  afterAll(async () => {
    await provider.stop();
  });

  describe("Given the council's identity provider and the development secret", () => {
    describe('When a token signed by the provider names its issuer, this service as audience and an expiry ahead', () => {
      it('should verify to its subject, whichever of the allowed algorithms signed it', async () => {
        await expect(verifier.verify(await provider.sign({ sub: 'tm-001' }))).resolves.toEqual({ subject: 'tm-001', method: 'oidc' });
        const es256 = provider.key('key-2-ES256');
        await expect(verifier.verify(await signWith(es256, { sub: 'sw-004' }))).resolves.toEqual({ subject: 'sw-004', method: 'oidc' });
      });

      it('should return the subject only: a role claim in the token decides nothing', async () => {
        const identity = await verifier.verify(await provider.sign({ sub: 'sw-004', role: 'DIRECTOR', roles: ['DIRECTOR'] }));
        expect(identity).toEqual({ subject: 'sw-004', method: 'oidc' });
      });

      it('should accept an audience list that includes this service', async () => {
        const token = await provider.sign({ sub: 'tm-001' }, { audience: ['another-api', TEST_AUDIENCE] });
        await expect(verifier.verify(token)).resolves.toMatchObject({ subject: 'tm-001' });
      });
    });

    describe('When a development token signed with the shared secret is presented', () => {
      it('should verify to its subject beside the provider', async () => {
        const token = await signDevToken({ staffId: 'sqam-001', role: 'SQA_MANAGER', secret: SECRET });
        await expect(verifier.verify(token)).resolves.toEqual({ subject: 'sqam-001', method: 'shared-secret' });
      });

      it('should refuse one signed with another secret', async () => {
        const token = await signDevToken({ staffId: 'sqam-001', role: 'SQA_MANAGER', secret: `${SECRET}-other` });
        await expectRefused(verifier.verify(token), 'INVALID_TOKEN');
      });
    });

    describe('When the token is unsigned (alg: none)', () => {
      it('should refuse it, whatever it claims', async () => {
        const token = unsecuredToken({ sub: 'dir-001', iss: TEST_ISSUER, aud: TEST_AUDIENCE, exp: 4102444800 });
        const refusal = await expectRefused(verifier.verify(token), 'ALGORITHM_NOT_ALLOWED');
        expect(refusal.message).toContain('alg: none');
        await expectRefused(verifier.verify(token.replace(/^[^.]+/, Buffer.from('{"alg":"NONE"}').toString('base64url'))), 'ALGORITHM_NOT_ALLOWED');
      });
    });

    describe("When an HS256 token is signed with the provider's public key as the secret (algorithm confusion)", () => {
      it('should refuse it, whether the PEM or the JWK was used as the key', async () => {
        await expectRefused(verifier.verify(await signedWithPublicKeyAsSecret(provider.key(), { sub: 'dir-001' }, 'pem')), 'INVALID_TOKEN');
        await expectRefused(verifier.verify(await signedWithPublicKeyAsSecret(provider.key(), { sub: 'dir-001' }, 'jwk')), 'INVALID_TOKEN');
      });

      it('should refuse every HS256 token where no shared secret is accepted', async () => {
        const oidcOnly = new TokenVerifier({ sharedSecret: null, oidc });
        await expectRefused(oidcOnly.verify(await signedWithPublicKeyAsSecret(provider.key(), { sub: 'dir-001' })), 'ALGORITHM_NOT_ALLOWED');
        await expectRefused(oidcOnly.verify(await signDevToken({ staffId: 'dir-001', role: 'DIRECTOR', secret: SECRET })), 'ALGORITHM_NOT_ALLOWED');
      });
    });

    describe('When another HMAC algorithm is used with the shared secret', () => {
      it('should refuse it: only HS256 goes to the secret, and the provider allows no HMAC', async () => {
        const token = await new SignJWT({ sub: 'dir-001' }).setProtectedHeader({ alg: 'HS512' }).setExpirationTime('1h').sign(new TextEncoder().encode(SECRET));
        await expectRefused(verifier.verify(token), 'ALGORITHM_NOT_ALLOWED');
      });
    });

    describe("When the token is signed with a key that is not the provider's", () => {
      it('should refuse it under an unknown key id', async () => {
        const forger = await keyPair('RS256', 'forged-key');
        await expectRefused(verifier.verify(await signWith(forger, { sub: 'dir-001' })), 'INVALID_TOKEN');
      });

      it("should refuse it under the provider's own key id", async () => {
        const forger = await keyPair('RS256', provider.key().kid);
        await expectRefused(verifier.verify(await signWith(forger, { sub: 'dir-001' })), 'INVALID_TOKEN');
      });
    });

    describe('When the payload has been tampered with after signing', () => {
      it('should refuse it', async () => {
        const token = await provider.sign({ sub: 'sw-004' });
        const forged = tamperedToken(token, { sub: 'dir-001', iss: TEST_ISSUER, aud: TEST_AUDIENCE, exp: 4102444800 });
        await expectRefused(verifier.verify(forged), 'INVALID_TOKEN');
      });
    });

    describe('When the token has expired', () => {
      it('should refuse it as expired', async () => {
        await expectRefused(verifier.verify(await provider.sign({ sub: 'tm-001' }, { expiresInSeconds: -60 })), 'EXPIRED_TOKEN');
      });

      it('should refuse it as expired at the instant asked about', async () => {
        const token = await provider.sign({ sub: 'tm-001' }, { expiresInSeconds: 60 });
        await expectRefused(verifier.verify(token, { now: new Date(Date.now() + 120_000) }), 'EXPIRED_TOKEN');
      });
    });

    describe('When the token has no expiry', () => {
      it('should refuse it: every token must expire', async () => {
        const refusal = await expectRefused(verifier.verify(await provider.sign({ sub: 'tm-001' }, { expiresInSeconds: null })), 'INVALID_CLAIMS');
        expect(refusal.message).toContain('exp');
      });
    });

    describe('When the token is not valid yet (nbf ahead)', () => {
      it('should refuse it', async () => {
        await expectRefused(verifier.verify(await provider.sign({ sub: 'tm-001' }, { notBeforeSeconds: 600 })), 'INVALID_CLAIMS');
      });
    });

    describe('When the issuer is another', () => {
      it('should refuse it, naming the iss claim', async () => {
        const refusal = await expectRefused(verifier.verify(await provider.sign({ sub: 'tm-001' }, { issuer: 'https://evil.example' })), 'INVALID_CLAIMS');
        expect(refusal.message).toContain('iss');
        await expectRefused(verifier.verify(await provider.sign({ sub: 'tm-001' }, { issuer: null })), 'INVALID_CLAIMS');
      });
    });

    describe('When the audience is another service, or missing', () => {
      it('should refuse it, naming the aud claim', async () => {
        const refusal = await expectRefused(verifier.verify(await provider.sign({ sub: 'tm-001' }, { audience: 'api://payroll' })), 'INVALID_CLAIMS');
        expect(refusal.message).toContain('aud');
        await expectRefused(verifier.verify(await provider.sign({ sub: 'tm-001' }, { audience: null })), 'INVALID_CLAIMS');
      });
    });

    describe('When a key the provider publishes signs with an algorithm not allowed (PS256 where RS256 and ES256 are)', () => {
      it('should refuse it', async () => {
        const ps256 = await provider.addKey('PS256');
        await expectRefused(verifier.verify(await signWith(ps256, { sub: 'tm-001' })), 'ALGORITHM_NOT_ALLOWED');
      });
    });

    describe('When the subject is missing, not a string or too long to be a staff id', () => {
      it('should refuse it', async () => {
        await expectRefused(verifier.verify(await provider.sign({})), 'INVALID_CLAIMS');
        await expectRefused(verifier.verify(await provider.sign({ sub: ' ' })), 'INVALID_CLAIMS');
        await expectRefused(verifier.verify(await provider.sign({ sub: 'x'.repeat(201) })), 'INVALID_CLAIMS');
      });
    });

    describe('When the token is not a JWT', () => {
      it('should refuse it as malformed', async () => {
        await expectRefused(verifier.verify('not-a-token'), 'MALFORMED_TOKEN');
        await expectRefused(verifier.verify(`${Buffer.from('{"typ":"JWT"}').toString('base64url')}.e30.`), 'MALFORMED_TOKEN');
      });
    });
  });

  describe('Given the staff id is in another claim (OIDC_STAFF_ID_CLAIM=employee_id)', () => {
    it('should take the subject from that claim, and refuse a token without it', async () => {
      const byEmployeeId = new TokenVerifier({ sharedSecret: null, oidc: { ...oidc, staffIdClaim: 'employee_id' } });
      await expect(byEmployeeId.verify(await provider.sign({ sub: 'opaque-3f9', employee_id: 'tm-001' }))).resolves.toEqual({ subject: 'tm-001', method: 'oidc' });
      await expectRefused(byEmployeeId.verify(await provider.sign({ sub: 'opaque-3f9' })), 'INVALID_CLAIMS');
    });
  });

  describe('Given the provider rotates its keys', () => {
    it('should fetch the key set again for a key id it has not seen, and accept the new key', async () => {
      const rotating = await LocalIdentityProvider.start(['RS256']);
      try {
        const settings = { ...oidc, jwksUrl: rotating.jwksUrl };
        const keys = remoteKeySet(rotating.jwksUrl, { cooldownDuration: 0 });
        const rotatingVerifier = new TokenVerifier({ sharedSecret: null, oidc: settings }, keys);
        await expect(rotatingVerifier.verify(await rotating.sign({ sub: 'tm-001' }))).resolves.toMatchObject({ subject: 'tm-001' });
        await rotatingVerifier.verify(await rotating.sign({ sub: 'tm-001' }));
        expect(rotating.fetches).toBe(1);

        const next = await rotating.addKey('RS256', 'key-rotated');
        await expect(rotatingVerifier.verify(await signWith(next, { sub: 'tm-002' }))).resolves.toMatchObject({ subject: 'tm-002' });
        expect(rotating.fetches).toBe(2);
      } finally {
        await rotating.stop();
      }
    });
  });

  describe("Given the provider's key set cannot be fetched", () => {
    it('should refuse the token as unverifiable (KEYS_UNAVAILABLE), and verify again once it can be', async () => {
      const failing = await LocalIdentityProvider.start(['RS256']);
      try {
        failing.fail();
        const failingVerifier = new TokenVerifier({ sharedSecret: null, oidc: { ...oidc, jwksUrl: failing.jwksUrl } });
        const token = await failing.sign({ sub: 'tm-001' });
        await expectRefused(failingVerifier.verify(token), 'KEYS_UNAVAILABLE');
        failing.fail(false);
        await expect(failingVerifier.verify(token)).resolves.toMatchObject({ subject: 'tm-001' });
      } finally {
        await failing.stop();
      }
    });

    it('should refuse the token when nothing answers at the URL', async () => {
      const gone = await LocalIdentityProvider.start(['RS256']);
      const token = await gone.sign({ sub: 'tm-001' });
      const url = gone.jwksUrl;
      await gone.stop();
      await expectRefused(new TokenVerifier({ sharedSecret: null, oidc: { ...oidc, jwksUrl: url } }).verify(token), 'KEYS_UNAVAILABLE');
    });
  });

  describe('Given no identity provider is configured', () => {
    it('should refuse an RS256 token: only HS256 with the shared secret is accepted', async () => {
      const secretOnly = new TokenVerifier({ sharedSecret: SECRET, oidc: null });
      await expectRefused(secretOnly.verify(await provider.sign({ sub: 'tm-001' })), 'ALGORITHM_NOT_ALLOWED');
    });
  });
});

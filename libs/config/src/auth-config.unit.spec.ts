import { ConfigError, DEV_JWT_SECRET, loadConfig, type Environment } from './config.js';

/** Issue 6 item 1: which bearer tokens the service accepts, checked at start with a clear message. */

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const OIDC: Environment = {
  OIDC_ISSUER: 'https://login.council.example/tenant',
  OIDC_AUDIENCE: 'api://qa-learning-service',
  OIDC_JWKS_URL: 'https://login.council.example/tenant/keys',
};

function problemsOf(env: Environment): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('Authentication configuration (issue 6 item 1)', () => {
  describe('Given an identity provider (OIDC_ISSUER, OIDC_AUDIENCE, OIDC_JWKS_URL)', () => {
    describe('When NODE_ENV=production and JWT_SECRET is unset', () => {
      it('should accept its tokens only, with the default asymmetric algorithms and the sub claim', () => {
        const config = loadConfig({ NODE_ENV: 'production', ...OIDC });
        expect(config.oidc).toEqual({
          issuer: 'https://login.council.example/tenant',
          audience: ['api://qa-learning-service'],
          jwksUrl: 'https://login.council.example/tenant/keys',
          algorithms: ['RS256', 'ES256', 'PS256', 'EdDSA'],
          staffIdClaim: 'sub',
        });
        expect(config.jwt).toEqual({ secret: null, usingDevelopmentSecret: false });
        expect(config.warnings).toEqual([]);
      });
    });

    describe('When OIDC_AUDIENCE lists several audiences, OIDC_ALGORITHMS narrows the algorithms and OIDC_STAFF_ID_CLAIM names another claim', () => {
      it('should take them', () => {
        const config = loadConfig({ ...OIDC, OIDC_AUDIENCE: 'api://qa, 7f1c-client ', OIDC_ALGORITHMS: 'ES256, RS256', OIDC_STAFF_ID_CLAIM: 'employee_id' });
        expect(config.oidc).toMatchObject({ audience: ['api://qa', '7f1c-client'], algorithms: ['ES256', 'RS256'], staffIdClaim: 'employee_id' });
      });
    });

    describe('When outside production with no JWT_SECRET', () => {
      it('should accept the development secret beside the provider, with a warning', () => {
        const config = loadConfig({ ...OIDC });
        expect(config.jwt).toEqual({ secret: DEV_JWT_SECRET, usingDevelopmentSecret: true });
        expect(config.oidc).not.toBeNull();
        expect(config.warnings).toEqual([expect.stringContaining('JWT_SECRET is not set')]);
      });
    });

    describe('When one of the three is missing', () => {
      it('should refuse to start, naming what is missing', () => {
        expect(problemsOf({ OIDC_ISSUER: OIDC['OIDC_ISSUER'] })).toEqual([
          expect.stringMatching(/^OIDC_AUDIENCE, OIDC_JWKS_URL are required with the other OIDC_\* variables/),
        ]);
        expect(problemsOf({ ...OIDC, OIDC_JWKS_URL: '' })).toEqual([expect.stringMatching(/^OIDC_JWKS_URL is required/)]);
      });
    });

    describe('When OIDC_ALGORITHMS names a symmetric algorithm or none', () => {
      it('should refuse to start: an HMAC key would be the public key (algorithm confusion)', () => {
        for (const algorithms of ['RS256,HS256', 'none', 'HS512', ' , ']) {
          expect(problemsOf({ ...OIDC, OIDC_ALGORITHMS: algorithms })).toEqual([expect.stringMatching(/^OIDC_ALGORITHMS must list asymmetric signing algorithms only/)]);
        }
      });
    });

    describe('When the JWKS URL or the issuer is not https in production', () => {
      it('should refuse to start: keys fetched over plain HTTP could be swapped', () => {
        expect(problemsOf({ NODE_ENV: 'production', ...OIDC, OIDC_JWKS_URL: 'http://login.council.example/keys' })).toEqual([
          expect.stringContaining('OIDC_JWKS_URL must be an https:// URL when NODE_ENV=production'),
        ]);
        expect(problemsOf({ NODE_ENV: 'production', ...OIDC, OIDC_ISSUER: 'http://login.council.example' })).toEqual([
          expect.stringContaining('OIDC_ISSUER must be an https:// URL when NODE_ENV=production'),
        ]);
      });

      it('should allow http outside production (a provider on the developer\'s machine)', () => {
        expect(loadConfig({ ...OIDC, OIDC_JWKS_URL: 'http://127.0.0.1:8080/keys' }).oidc?.jwksUrl).toBe('http://127.0.0.1:8080/keys');
      });
    });

    describe('When a URL is not a URL or OIDC_STAFF_ID_CLAIM is not a claim name', () => {
      it('should refuse to start, naming each', () => {
        expect(problemsOf({ ...OIDC, OIDC_JWKS_URL: 'keys.json', OIDC_STAFF_ID_CLAIM: 'a b' })).toEqual([
          expect.stringContaining('OIDC_JWKS_URL must be a URL'),
          expect.stringContaining('OIDC_STAFF_ID_CLAIM must be a claim name'),
        ]);
      });
    });
  });

  describe('Given NODE_ENV=production and JWT_SECRET set', () => {
    describe('When ALLOW_JWT_SECRET_IN_PRODUCTION is not true', () => {
      it('should refuse to start: whoever holds the secret could sign in as anyone', () => {
        expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: SECRET, ...OIDC })).toEqual([
          expect.stringContaining('JWT_SECRET is set but NODE_ENV=production'),
        ]);
      });
    });

    describe('When ALLOW_JWT_SECRET_IN_PRODUCTION=true', () => {
      it('should accept such tokens, with a warning', () => {
        const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, ALLOW_JWT_SECRET_IN_PRODUCTION: 'true' });
        expect(config.jwt).toEqual({ secret: SECRET, usingDevelopmentSecret: false });
        expect(config.oidc).toBeNull();
        expect(config.warnings).toEqual([expect.stringContaining('ALLOW_JWT_SECRET_IN_PRODUCTION=true')]);
      });
    });
  });

  describe('Given ALLOW_JWT_SECRET_IN_PRODUCTION', () => {
    it('should refuse anything but true or false, and true without JWT_SECRET in production', () => {
      expect(problemsOf({ ALLOW_JWT_SECRET_IN_PRODUCTION: 'yes' })).toEqual([expect.stringContaining('ALLOW_JWT_SECRET_IN_PRODUCTION must be true or false')]);
      expect(problemsOf({ NODE_ENV: 'production', ALLOW_JWT_SECRET_IN_PRODUCTION: 'true', ...OIDC })).toEqual([
        expect.stringContaining('ALLOW_JWT_SECRET_IN_PRODUCTION=true needs JWT_SECRET'),
      ]);
    });
  });
});

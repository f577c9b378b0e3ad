import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('Starting the service (apps/api/src/main.ts)', () => {
  describe('When the configuration has several problems', () => {
    it('should refuse to start, exit 1 and name every bad variable in one message', () => {
      const result = spawnSync(
        process.execPath,
        ['--import', './libs/testing/ts-register.mjs', 'apps/api/src/main.ts'],
        {
          cwd: root,
          env: { PATH: process.env['PATH'], NODE_ENV: 'production', PORT: 'eighty', READ_STORE: 'redis' },
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('Invalid configuration (3 problems)');
      expect(result.stderr).toContain('PORT must be an integer');
      expect(result.stderr).toContain('REDIS_URL is required when READ_STORE=redis');
      expect(result.stderr).toContain('NODE_ENV=production needs a way to sign in: set OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL');
    });
  });
});

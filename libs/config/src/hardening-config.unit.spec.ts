import { ConfigError, loadConfig } from './config.js';
import { HARDENING_DEFAULTS, loadHardeningConfig } from './hardening-config.js';

describe('Hardening configuration (issue 6 item 6)', () => {
  describe('When nothing is set', () => {
    it('should use the defaults', () => {
      expect(loadHardeningConfig({})).toEqual(HARDENING_DEFAULTS);
    });
  });

  describe('When every limit is set', () => {
    it('should read each variable', () => {
      const config = loadHardeningConfig({
        GRAPHQL_MAX_DEPTH: '8',
        GRAPHQL_MAX_COST: '2000',
        GRAPHQL_MAX_ROOT_FIELDS: '5',
        GRAPHQL_DEFAULT_LIST_SIZE: '50',
        GRAPHQL_MAX_TOKENS: '800',
        GRAPHQL_MAX_QUERY_LENGTH: '4000',
        MAX_REQUEST_BODY_BYTES: '1048576',
        RATE_LIMIT_ENABLED: 'false',
        RATE_LIMIT_BURST: '60',
        RATE_LIMIT_PER_MINUTE: '120',
        RATE_LIMIT_IP_BURST: '10',
        RATE_LIMIT_IP_PER_MINUTE: '30',
        TRUST_PROXY_HOPS: '1',
      });
      expect(config).toEqual({
        limits: { maxDepth: 8, maxCost: 2000, maxRootFields: 5, defaultListSize: 50, maxTokens: 800, maxQueryLength: 4000, maxBodyBytes: 1_048_576 },
        rateLimit: { enabled: false, subject: { burst: 60, perMinute: 120 }, ip: { burst: 10, perMinute: 30 } },
        trustProxyHops: 1,
      });
    });
  });

  describe('When values are malformed or out of range', () => {
    it('should refuse to start, naming every bad variable at once with the other configuration problems', () => {
      let problems: readonly string[] = [];
      try {
        loadConfig({ PORT: 'eighty', GRAPHQL_MAX_DEPTH: '0', RATE_LIMIT_PER_MINUTE: 'fast', RATE_LIMIT_ENABLED: 'perhaps', MAX_REQUEST_BODY_BYTES: '12' });
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        problems = error.problems;
      }
      expect(problems).toEqual([
        expect.stringContaining('PORT'),
        'GRAPHQL_MAX_DEPTH must be an integer from 1 to 1000, got "0"',
        'MAX_REQUEST_BODY_BYTES must be an integer from 1024 to 1073741824, got "12"',
        'RATE_LIMIT_ENABLED must be true or false, got "perhaps"',
        'RATE_LIMIT_PER_MINUTE must be an integer from 1 to 100000000, got "fast"',
      ]);
    });
  });
});

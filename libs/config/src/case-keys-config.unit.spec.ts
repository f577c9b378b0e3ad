import { loadConfig } from './config.js';

const base = { NODE_ENV: 'test', JWT_SECRET: 'a-test-secret-long-enough-for-hs256-signing' };

describe('CASE_KEYS_PATH (issue 6 item 5)', () => {
  describe('When it is not set', () => {
    it('should put the keys beside the SQLite event store, in a file of their own', () => {
      expect(loadConfig({ ...base, SQLITE_PATH: '/var/lib/qa/events.sqlite' }).caseKeys).toEqual({ path: '/var/lib/qa/case-keys.sqlite' });
      expect(loadConfig(base).caseKeys).toEqual({ path: 'data/case-keys.sqlite' });
    });

    it('should keep them in memory with an in-memory log, and under ./data with EventStoreDB', () => {
      expect(loadConfig({ ...base, SQLITE_PATH: ':memory:' }).caseKeys).toEqual({ path: ':memory:' });
      expect(loadConfig({ ...base, EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false' }).caseKeys).toEqual({
        path: './data/case-keys.sqlite',
      });
    });
  });

  describe('When it is set', () => {
    it('should use it', () => {
      expect(loadConfig({ ...base, CASE_KEYS_PATH: '/secure/keys.sqlite' }).caseKeys).toEqual({ path: '/secure/keys.sqlite' });
    });

    it('should refuse the event store file itself, naming the variable', () => {
      expect(() => loadConfig({ ...base, SQLITE_PATH: '/x/events.sqlite', CASE_KEYS_PATH: '/x/events.sqlite' })).toThrow(/CASE_KEYS_PATH must not be the event store file/);
    });
  });
});

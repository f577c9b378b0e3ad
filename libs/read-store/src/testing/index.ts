// Test helpers, kept out of the library's main index so production code never loads them.
export * from './read-store.contract.js';
export * from './probe-projections.js';
export * from './redis-test-support.js';

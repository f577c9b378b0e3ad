export * from './read-store.port.js';
export * from './projection.js';
export * from './collections.js';
export * from './memory/memory-read-store.js';
export * from './redis/redis-read-store.js';
export * from './projection-batch.js';
export * from './projection-runner.js';

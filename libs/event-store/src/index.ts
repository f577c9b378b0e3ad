export * from './event-store.port.js';
export * from './canonical-json.js';
export * from './hash-chain.js';
export * from './event-ids.js';
export * from './sqlite/sqlite-event-store.js';
export * from './esdb/index.js';

export * from './child-text-envelope.js';
export * from './case-key-store.port.js';
export * from './sqlite-case-key-store.js';
export * from './child-text-registry.js';

export * from './child-text-envelope.js';
export * from './case-key-store.port.js';
export * from './sqlite-case-key-store.js';
export * from './child-text-registry.js';
export * from './child-text-encrypting-event-store.js';
export * from './child-text-reader.js';
export * from './child-text-revealing-transport.js';
export * from './shred-case-key.js';

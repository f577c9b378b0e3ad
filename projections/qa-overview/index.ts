export * from './qa-overview.types.js';
export * from './qa-overview.js';
export * from './late-as-at.js';

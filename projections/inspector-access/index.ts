export * from './inspector-access-grants.document.js';
export * from './inspector-access-grants.projection.js';
export * from './inspector-access-grants.queries.js';

export * from './cases.document.js';
export * from './cases.projection.js';
export * from './cases.queries.js';

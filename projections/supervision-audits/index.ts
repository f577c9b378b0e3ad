export * from './supervision-audits.document.js';
export * from './supervision-audits.projection.js';
export * from './supervision-audits.queries.js';

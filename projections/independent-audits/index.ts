export * from './independent-audits.document.js';
export * from './independent-audits.projection.js';
export * from './independent-audits.queries.js';

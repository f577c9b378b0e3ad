export * from './case-file-audits.document.js';
export * from './case-file-audits.projection.js';
export * from './case-file-audits.queries.js';

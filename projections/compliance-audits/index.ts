export * from './compliance-audits.document.js';
export * from './compliance-audits.projection.js';
export * from './compliance-audits.queries.js';

export * from './thematic-audit-allowances.document.js';
export * from './thematic-audit-allowances.projection.js';
export * from './thematic-audit-allowances.queries.js';

export * from './themed-audit-days.document.js';
export * from './themed-audit-days.projection.js';
export * from './themed-audit-days.queries.js';

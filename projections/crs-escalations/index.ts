export * from './crs-escalations.document.js';
export * from './crs-escalations.projection.js';
export * from './crs-escalations.queries.js';

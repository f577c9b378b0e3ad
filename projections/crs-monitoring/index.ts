export * from './crs-monitoring.documents.js';
export * from './monitoring-forms.projection.js';
export * from './midway-reviews.projection.js';
export * from './crs-quality-checks.projection.js';
export * from './crs-monitoring.queries.js';

export * from './observation-learning-reports.document.js';
export * from './observation-learning-reports.projection.js';
export * from './observation-learning-reports.queries.js';

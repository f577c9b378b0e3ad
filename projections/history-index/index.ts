export * from './history-index.document.js';
export * from './history-index.projection.js';
export * from './history-index.queries.js';
export * from './history-subjects.js';
export * from './history-summary.js';

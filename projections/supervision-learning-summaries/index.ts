export * from './supervision-learning-summaries.document.js';
export * from './supervision-learning-summaries.projection.js';
export * from './supervision-learning-summaries.queries.js';

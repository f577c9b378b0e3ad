export * from './annual-sample.document.js';
export * from './annual-sample.projection.js';
export * from './annual-sample.queries.js';

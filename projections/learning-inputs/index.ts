export * from './learning-inputs.document.js';
export * from './learning-inputs.projection.js';
export * from './learning-inputs.queries.js';

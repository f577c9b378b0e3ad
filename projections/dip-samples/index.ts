export * from './dip-samples.document.js';
export * from './dip-samples.projection.js';
export * from './dip-samples.queries.js';

export * from './record-reads.document.js';
export * from './record-reads.projection.js';
export * from './record-reads.queries.js';

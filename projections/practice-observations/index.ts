export * from './practice-observations.document.js';
export * from './practice-observations.projection.js';
export * from './practice-observations.queries.js';
export * from './practice-observations-due.queries.js';

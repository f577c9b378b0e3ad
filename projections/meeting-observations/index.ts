export * from './meeting-observations.document.js';
export * from './meeting-observations.projection.js';
export * from './meeting-observations.queries.js';

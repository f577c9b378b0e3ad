export * from './teams.document.js';
export * from './teams.projection.js';
export * from './teams.queries.js';

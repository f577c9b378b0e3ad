export * from './remedial-actions.document.js';
export * from './remedial-actions.projection.js';
export * from './immediate-escalations.projection.js';
export * from './remedial-actions.queries.js';

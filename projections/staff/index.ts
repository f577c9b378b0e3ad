export * from './recorded-event-fields.js';
export * from './staff.document.js';
export * from './staff.projection.js';
export * from './staff.queries.js';
export * from './supervision-sessions.document.js';
export * from './supervision-sessions.projection.js';
export * from './supervision-sessions.queries.js';

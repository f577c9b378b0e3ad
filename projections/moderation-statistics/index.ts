export * from './moderation-statistics.document.js';
export * from './moderation-statistics.projection.js';
export * from './moderation-statistics.queries.js';

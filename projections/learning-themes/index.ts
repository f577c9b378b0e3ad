export * from './learning-theme-sources.js';
export * from './learning-themes.document.js';
export * from './audit-grades.projection.js';
export * from './themed-sources.projection.js';
export * from './learning-themes.queries.js';

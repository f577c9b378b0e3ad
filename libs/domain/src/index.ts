export * from './shared/decider.js';
export * from './shared/domain-error.js';
export * from './case-file-audit/index.js';
export * from './sampling/index.js';
export * from './csv/index.js';
export * from './team/index.js';
export * from './staff/index.js';
export * from './case/index.js';

export * from './shared/decider.js';
export * from './shared/domain-error.js';
export * from './case-file-audit/index.js';
export * from './sampling/index.js';

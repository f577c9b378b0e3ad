export * from './merkle.js';
export * from './log-leaf.js';
export * from './checkpoint.js';
export * from './checkpoint-record.js';
export * from './issue-checkpoint.js';
export * from './verify-log.js';

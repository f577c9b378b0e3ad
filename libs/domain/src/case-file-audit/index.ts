export * from './case-file-audit.values.js';
export * from './case-file-audit.events.js';
export * from './case-file-audit.commands.js';
export * from './case-file-audit.state.js';
export * from './case-file-audit.stream.js';

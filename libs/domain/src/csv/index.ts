export * from './csv-parser.js';
export * from './csv-table.js';
export * from './field-checks.js';
export * from './import-plan.js';
export * from './import-state.js';

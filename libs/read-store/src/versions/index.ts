export * from './read-model-versions.js';
export * from './versioned-read-store.js';
export * from './blue-green-projection-runner.js';

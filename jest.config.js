// Jest runs the TypeScript sources as native ES modules (node --experimental-vm-modules),
// transformed by SWC with decorator metadata so Nest and GraphQL code-first work under test.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  rootDir: '.',
};

/** @type {import('jest').Config} */
export default {
  // Integration and end-to-end tests start processes and whole services on a busy two-core machine:
  // a generous guard against a hang, not a speed goal (speed lives in npm run bench).
  testTimeout: 30_000,
  // One worker process at a time (two cores), replaced when it holds more than this after a file:
  // in band, the ES-module VM contexts of ~240 files piled up to the heap limit and every suite
  // ran in garbage collection. Setting it also makes jest use a worker rather than run in band.
  workerIdleMemoryLimit: '1GB',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/**/*.unit.spec.ts'], testPathIgnorePatterns: ['/node_modules/', '/dist/'] },
    { ...common, displayName: 'int', testMatch: ['<rootDir>/**/*.int.spec.ts'], testPathIgnorePatterns: ['/node_modules/', '/dist/'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/**/*.e2e.spec.ts'], testPathIgnorePatterns: ['/node_modules/', '/dist/'] },
  ],
};

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// ARCHITECTURE.md: libs/domain holds pure deciders and imports nothing from Nest, Apollo, Redis,
// SQLite or EventStoreDB, nor from the other libs that do. Projections are pure folds too.
const root = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    // Specs and their test support are test code: they may open a real store.
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') && !path.endsWith('.test-support.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const patterns = [/\bfrom\s+['"]([^'"]+)['"]/g, /\bimport\s+['"]([^'"]+)['"]/g, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]!));
}

const allowedPackages = new Set(['uuid']);

describe('Layer rules', () => {
  describe('When libs/domain is scanned', () => {
    it('should import no framework, driver or infrastructure library', () => {
      const domainSrc = join(root, 'libs/domain/src');
      const offending = sourceFiles(domainSrc).flatMap((file) =>
        importsOf(file)
          .filter((spec) => {
            if (spec.startsWith('node:')) return spec !== 'node:crypto';
            if (spec.startsWith('.')) return !resolve(dirname(file), spec).startsWith(domainSrc);
            return !allowedPackages.has(spec);
          })
          .map((spec) => `${relative(root, file)} imports ${spec}`),
      );
      expect(offending).toEqual([]);
    });
  });

  describe('When projections are scanned', () => {
    it('should import no framework or driver package', () => {
      // projections/index.ts is the registry of every read model the service runs, wherever it lives.
      const registry = join(root, 'projections/index.ts');
      const offending = sourceFiles(join(root, 'projections')).filter((file) => file !== registry).flatMap((file) =>
        importsOf(file)
          .filter((spec) => {
            if (spec.startsWith('.')) {
              const target = resolve(dirname(file), spec);
              return !['projections', 'libs/domain', 'libs/read-store/src/projection', 'libs/read-store/src/read-store.port', 'libs/event-store/src/event-store.port']
                .some((allowed) => target.startsWith(join(root, allowed)));
            }
            return !allowedPackages.has(spec) && spec !== 'node:crypto';
          })
          .map((spec) => `${relative(root, file)} imports ${spec}`),
      );
      expect(offending).toEqual([]);
    });
  });
});

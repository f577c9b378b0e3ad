import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = process.cwd();
const integritySrc = join(root, 'libs/integrity/src');
// The event store's port and its pure helpers; never an adapter, which would bring a driver.
const allowedFiles = ['libs/event-store/src/event-store.port.ts', 'libs/event-store/src/canonical-json.ts', 'libs/event-store/src/hash-chain.ts'].map(
  (file) => join(root, file),
);

describe('Layer rules of libs/integrity', () => {
  describe('When its sources are scanned', () => {
    it('should import only node:crypto and the event store port, canonical JSON and hash chain', () => {
      const offending = readdirSync(integritySrc)
        .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
        .flatMap((name) => {
          const file = join(integritySrc, name);
          const specs = [...readFileSync(file, 'utf8').matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
          return specs
            .filter((spec) => {
              if (spec.startsWith('.')) {
                const target = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
                return !target.startsWith(integritySrc) && !allowedFiles.includes(target);
              }
              return spec !== 'node:crypto';
            })
            .map((spec) => `${relative(root, file)} imports ${spec}`);
        });
      expect(offending).toEqual([]);
    });
  });
});

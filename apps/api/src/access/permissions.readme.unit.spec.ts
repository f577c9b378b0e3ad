import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { betweenMarkers, PERMISSIONS_END, PERMISSIONS_START, renderPermissionTable, withRenderedTable } from './permissions.markdown.js';

// Issue 6 item 2: the README's permission table is the code's, so the two cannot drift.
// Rewrite it between the markers with: UPDATE_PERMISSIONS=1 npm run test:jest -- apps/api/src/access/permissions.readme
// (PRINT_PERMISSIONS=1 prints the rendered table instead).
const README = fileURLToPath(new URL('../../../../README.md', import.meta.url));

describe('The permission table in README.md', () => {
  describe('When the README is compared with the table in the code (apps/api/src/access/permissions.ts)', () => {
    it(`should hold exactly its rendering between ${PERMISSIONS_START} and ${PERMISSIONS_END}`, () => {
      if (process.env['PRINT_PERMISSIONS'] === '1') process.stdout.write(renderPermissionTable());
      if (process.env['UPDATE_PERMISSIONS'] === '1') writeFileSync(README, withRenderedTable(readFileSync(README, 'utf8')));
      expect(betweenMarkers(readFileSync(README, 'utf8'))).toBe(renderPermissionTable());
    });
  });
});

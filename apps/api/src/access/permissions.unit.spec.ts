import { DomainError } from '../../../../libs/domain/src/shared/domain-error.js';
import { ROLES } from '../../../../libs/domain/src/shared/decider.js';
import { authorise } from './access.guard.js';
import { ACCESS_OPERATION_NOT_LISTED, ACCESS_ROLE_NOT_PERMITTED, PERMISSIONS, permissionFor, type OperationType } from './permissions.js';
import { betweenMarkers, PERMISSIONS_END, PERMISSIONS_START, renderPermissionTable, withRenderedTable } from './permissions.markdown.js';

// Issue 6 item 2: the one permission table, and the decision the access guard takes from it.

function refusal(run: () => void): { code: string; kind: string; message: string } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { code: error.code, kind: error.kind, message: error.message };
  }
}

const TYPES: readonly OperationType[] = ['Query', 'Mutation', 'Route'];

describe('The permission table', () => {
  describe('When every row is read', () => {
    it.each(TYPES)('should list %s rows with known roles, each once and in the order of ROLES, and a scope note', (type) => {
      for (const [name, { roles, scope }] of Object.entries(PERMISSIONS[type])) {
        expect({ name, roles }).toEqual({ name, roles: ROLES.filter((role) => roles.includes(role)) });
        expect(roles.length).toBeGreaterThan(0);
        expect(scope.trim()).not.toBe('');
      }
    });

    it('should never let an inspector run a mutation (issue 6 item 3)', () => {
      const withInspector = Object.entries(PERMISSIONS.Mutation).filter(([, { roles }]) => (roles as readonly string[]).includes('INSPECTOR'));
      expect(withInspector).toEqual([]);
    });

    it('should let an inspector run every query but administration (issue 6 item 3)', () => {
      const refused = Object.entries(PERMISSIONS.Query)
        .filter(([, { roles }]) => !roles.includes('INSPECTOR'))
        .map(([name, { scope }]) => [name, scope.startsWith('administration')]);
      expect(refused.every(([, administration]) => administration)).toBe(true);
    });
  });

  describe('When a name is looked up that is no row, however it is spelt', () => {
    it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'nosuchField'])('should find no row for %s (fail closed)', (name) => {
      for (const type of TYPES) expect(permissionFor(type, name)).toBeNull();
    });
  });
});

describe('The access decision', () => {
  describe('When a role in the row runs the operation', () => {
    it('should allow it', () => {
      expect(refusal(() => authorise({ type: 'Mutation', name: 'importStaff' }, 'SQA_MANAGER'))).toBeNull();
      expect(refusal(() => authorise({ type: 'Query', name: 'caseFileAudits' }, 'INSPECTOR'))).toBeNull();
    });
  });

  describe('When a role not in the row runs it', () => {
    it('should refuse it FORBIDDEN with ACCESS.ROLE_NOT_PERMITTED, naming the operation and the roles that may', () => {
      expect(refusal(() => authorise({ type: 'Mutation', name: 'importStaff' }, 'SOCIAL_WORKER'))).toEqual({
        code: ACCESS_ROLE_NOT_PERMITTED,
        kind: 'FORBIDDEN',
        message: 'Only SQA_OFFICER, SQA_MANAGER may run mutation importStaff; you are signed in as SOCIAL_WORKER',
      });
      expect(refusal(() => authorise({ type: 'Route', name: 'GET /metrics' }, 'INSPECTOR'))?.message).toMatch(/^Only .* may run GET \/metrics; you are signed in as INSPECTOR$/);
    });
  });

  describe('When an inspector runs any mutation, listed or not', () => {
    it.each(['importStaff', 'acknowledgeRemedialAction', 'someMutationNotYetListed'])('should refuse %s with ACCESS.ROLE_NOT_PERMITTED', (name) => {
      expect(refusal(() => authorise({ type: 'Mutation', name }, 'INSPECTOR'))).toMatchObject({
        code: ACCESS_ROLE_NOT_PERMITTED,
        kind: 'FORBIDDEN',
        message: expect.stringContaining('read-only'),
      });
    });
  });

  describe('When the operation has no row', () => {
    it.each(['Query', 'Mutation', 'Subscription'] as const)('should refuse a %s field to every role (fail closed)', (type) => {
      for (const role of ROLES.filter((r) => r !== 'INSPECTOR')) {
        expect(refusal(() => authorise({ type, name: 'notInTheTable' }, role))).toMatchObject({ code: ACCESS_OPERATION_NOT_LISTED, kind: 'FORBIDDEN' });
      }
    });
  });
});

describe('The README rendering of the table', () => {
  describe('When it is rendered', () => {
    it('should have one line per row of each kind, with a mark per permitted role', () => {
      const table = renderPermissionTable();
      for (const type of TYPES) {
        for (const [name, { roles }] of Object.entries(PERMISSIONS[type])) {
          const line = table.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
          expect(line?.split('✓').length).toBe(roles.length + 1);
        }
      }
    });
  });

  describe('When it is put between the markers of a document', () => {
    it('should replace what was there and leave the rest alone, and read back the same', () => {
      const document = `# Title\n\n${PERMISSIONS_START}\nold table\n${PERMISSIONS_END}\n\nAfter.\n`;
      const updated = withRenderedTable(document);
      expect(updated.startsWith(`# Title\n\n${PERMISSIONS_START}\n`)).toBe(true);
      expect(updated.endsWith(`${PERMISSIONS_END}\n\nAfter.\n`)).toBe(true);
      expect(betweenMarkers(updated)).toBe(renderPermissionTable());
    });

    it('should refuse a document without the markers', () => {
      expect(() => withRenderedTable('# Title\n')).toThrow(PERMISSIONS_START);
      expect(betweenMarkers('# Title\n')).toBeNull();
    });
  });
});

import { DeciderSpecification } from '../testing/decider-specification.js';
import { inspectorAccessDecider } from './inspector-access.decide.js';
import { InspectorAccessErrorCode as Code } from './inspector-access.errors.js';
import {
  AFTER,
  DURING,
  FROM,
  GRANT_ID,
  INSPECTOR_ID,
  NOW,
  SQA_MANAGER_ID,
  UNTIL,
  commands,
  events,
  sqaManager,
  sqaOfficer,
  teamManager,
} from './inspector-access.fixtures.js';
import { evolve, initialState } from './inspector-access.state.js';
import { INSPECTOR_ACCESS_STATES, inspectorAccessStateAt } from './inspector-access.values.js';

const spec = DeciderSpecification.for(inspectorAccessDecider);

const days = (n: number, from: string = NOW) => new Date(Date.parse(from) + n * 86_400_000).toISOString();

describe("An inspector's access (issue 6 item 3)", () => {
  describe('When no access is granted', () => {
    it('should grant an Ofsted inspector access for the window, the instants in UTC and the text trimmed', () => {
      spec.given([]).when(commands.grant()).then(events.granted());
    });

    it('should grant from now when from is left out, and record no reference when none is given', () => {
      spec
        .given([])
        .when(commands.grant({ from: null, inspectionReference: '  ' }))
        .then(events.granted({ from: NOW, inspectionReference: null }));
    });

    it('should accept a from a little behind the server clock (the client clock may lag)', () => {
      const from = new Date(Date.parse(NOW) - 60_000).toISOString();
      spec.given([]).when(commands.grant({ from })).then(events.granted({ from }));
    });

    it('should allow a window of exactly 90 days, and one beginning 90 days ahead (INSP-2)', () => {
      spec.given([]).when(commands.grant({ from: null, until: days(90) })).then(events.granted({ from: NOW, until: days(90) }));
      spec
        .given([])
        .when(commands.grant({ from: days(90), until: days(91) }))
        .then(events.granted({ from: days(90), until: days(91) }));
    });

    it.each([
      ['a team manager', teamManager],
      ['an S&QA officer', sqaOfficer],
      ['an inspector', { staffId: 'insp-2', role: 'INSPECTOR' as const }],
    ])('should refuse %s: only an S&QA manager grants (INSP-1)', (_who, actor) => {
      spec.given([]).when(commands.grant({}, actor)).thenThrows(Code.GRANTOR_ROLE_NOT_ALLOWED, { kind: 'FORBIDDEN', rule: 'INSP-1' });
    });

    it('should refuse a member of staff in post: an inspector is external (INSP-3)', () => {
      const error = spec
        .given([])
        .when(commands.grant({ inspectorId: 'sw-1' }, sqaManager, { staffInPost: { staffId: 'sw-1', name: 'Grace Mbeki', role: 'SOCIAL_WORKER' } }))
        .thenThrows(Code.INSPECTOR_IS_STAFF, { kind: 'BAD_USER_INPUT', field: 'inspectorId', rule: 'INSP-3' });
      expect(error.message).toContain('Grace Mbeki');
    });

    it('should grant an inspector the staff registry lists with the role INSPECTOR (INSP-3)', () => {
      spec
        .given([])
        .when(commands.grant({}, sqaManager, { staffInPost: { staffId: INSPECTOR_ID, name: 'Alex Inspector', role: 'INSPECTOR' } }))
        .then(events.granted());
    });

    it('should refuse the S&QA manager granting themself (INSP-3)', () => {
      spec
        .given([])
        .when(commands.grant({ inspectorId: SQA_MANAGER_ID }))
        .thenThrows(Code.SELF_GRANT, { kind: 'FORBIDDEN', field: 'inspectorId', rule: 'INSP-3' });
    });

    it('should refuse until before from, naming until (INSP-2)', () => {
      spec
        .given([])
        .when(commands.grant({ from: FROM, until: '2025-06-08T08:00:00Z' }))
        .thenThrows(Code.UNTIL_NOT_AFTER_FROM, { field: 'until', rule: 'INSP-2' });
      spec.given([]).when(commands.grant({ from: FROM, until: FROM })).thenThrows(Code.UNTIL_NOT_AFTER_FROM, { field: 'until' });
    });

    it('should refuse a window longer than 90 days, naming until (INSP-2)', () => {
      spec
        .given([])
        .when(commands.grant({ from: null, until: new Date(Date.parse(days(90)) + 1000).toISOString() }))
        .thenThrows(Code.WINDOW_TOO_LONG, { field: 'until', rule: 'INSP-2', message: /at most 90 days/ });
    });

    it('should refuse a window that has ended or begins in the past, naming from (INSP-2)', () => {
      spec
        .given([])
        .when(commands.grant({ from: '2025-05-01T09:00:00Z', until: '2025-05-20T09:00:00Z' }))
        .thenThrows(Code.FROM_IN_PAST, { field: 'from', rule: 'INSP-2' });
      spec
        .given([])
        .when(commands.grant({ from: null, until: '2025-06-01T09:00:00Z' }))
        .thenThrows(Code.UNTIL_IN_PAST, { field: 'until', rule: 'INSP-2' });
      // From a minute behind (within the clock's allowance) to a second ago: already over.
      spec
        .given([])
        .when(commands.grant({ from: new Date(Date.parse(NOW) - 60_000).toISOString(), until: new Date(Date.parse(NOW) - 1000).toISOString() }))
        .thenThrows(Code.UNTIL_IN_PAST, { field: 'until', rule: 'INSP-2' });
    });

    it('should refuse a window beginning more than 90 days ahead (INSP-2)', () => {
      spec
        .given([])
        .when(commands.grant({ from: days(91), until: days(92) }))
        .thenThrows(Code.FROM_TOO_FAR_AHEAD, { field: 'from', rule: 'INSP-2' });
    });

    it.each([
      ['a date without a time', '2025-06-21'],
      ['a time without a zone', '2025-06-21T18:00:00'],
      ['a day that does not exist', '2025-06-31T18:00:00Z'],
      ['an hour that does not exist', '2025-06-21T24:00:00Z'],
      ['not a string', 1750528800000],
    ])('should refuse %s as until, naming it', (_what, until) => {
      spec
        .given([])
        .when(commands.grant({ until: until as string }))
        .thenThrows(Code.INVALID_INSTANT, { kind: 'BAD_USER_INPUT', field: 'until' });
    });

    it.each([
      ['inspectorId', { inspectorId: '  ' }],
      ['name', { name: '' }],
      ['organisation', { organisation: ' ' }],
      ['reason', { reason: '' }],
    ])('should require %s', (field, overrides) => {
      spec.given([]).when(commands.grant(overrides)).thenThrows(Code.FIELD_REQUIRED, { kind: 'BAD_USER_INPUT', field });
    });

    it('should refuse an inspector id that is not a token subject exactly', () => {
      spec.given([]).when(commands.grant({ inspectorId: ' insp-1' })).thenThrows(Code.INSPECTOR_ID_INVALID, { field: 'inspectorId' });
      spec.given([]).when(commands.grant({ inspectorId: 'insp 1' })).thenThrows(Code.INSPECTOR_ID_INVALID, { field: 'inspectorId' });
    });

    it('should refuse to revoke a grant that does not exist', () => {
      spec.given([]).when(commands.revoke()).thenThrows(Code.NOT_FOUND, { kind: 'NOT_FOUND', field: 'grantId' });
    });
  });

  describe('When access is granted', () => {
    it('should refuse to grant it again under the same id', () => {
      spec.given([events.granted()]).when(commands.grant()).thenThrows(Code.ALREADY_GRANTED, { kind: 'CONFLICT', field: 'grantId' });
    });

    it('should revoke it during the window, with the reason', () => {
      spec.given([events.granted()]).when(commands.revoke()).then(events.revoked());
    });

    it('should revoke it before the window begins', () => {
      spec.given([events.granted()]).when(commands.revoke('Inspection postponed', sqaManager, NOW)).then(events.revoked('Inspection postponed', NOW));
    });

    it('should refuse to revoke it once the window has ended by itself', () => {
      spec
        .given([events.granted()])
        .when(commands.revoke('Too late', sqaManager, AFTER))
        .thenThrows(Code.ALREADY_ENDED, { kind: 'CONFLICT', field: 'grantId', rule: 'INSP-2' });
    });

    it('should refuse a revocation without a reason', () => {
      spec.given([events.granted()]).when(commands.revoke(' ')).thenThrows(Code.FIELD_REQUIRED, { field: 'reason' });
    });

    it('should refuse a revocation by anyone but an S&QA manager (INSP-1)', () => {
      spec
        .given([events.granted()])
        .when(commands.revoke('x', teamManager))
        .thenThrows(Code.GRANTOR_ROLE_NOT_ALLOWED, { kind: 'FORBIDDEN', rule: 'INSP-1' });
    });
  });

  describe('When access is revoked', () => {
    it('should refuse to revoke it again', () => {
      spec.given([events.granted(), events.revoked()]).when(commands.revoke()).thenThrows(Code.ALREADY_REVOKED, { kind: 'CONFLICT', field: 'grantId' });
    });
  });

  describe('The state of a grant', () => {
    it('should fold granted then revoked, and ignore a revocation of nothing', () => {
      const granted = evolve(initialState(), events.granted());
      expect(granted).toEqual({ status: 'GRANTED', grantId: GRANT_ID, inspectorId: INSPECTOR_ID, from: FROM, until: UNTIL, grantedBy: SQA_MANAGER_ID });
      expect(evolve(granted, events.revoked())).toEqual({ ...granted, status: 'REVOKED', revokedAt: DURING });
      expect(evolve(initialState(), events.revoked())).toEqual(initialState());
    });

    it('should stand SCHEDULED before from, ACTIVE from from until until, EXPIRED from until, REVOKED from its revocation', () => {
      const window = { from: FROM, until: UNTIL, revokedAt: null };
      expect(INSPECTOR_ACCESS_STATES).toEqual(['SCHEDULED', 'ACTIVE', 'EXPIRED', 'REVOKED']);
      expect(inspectorAccessStateAt(window, NOW)).toBe('SCHEDULED');
      expect(inspectorAccessStateAt(window, FROM)).toBe('ACTIVE');
      expect(inspectorAccessStateAt(window, new Date(Date.parse(UNTIL) - 1))).toBe('ACTIVE');
      expect(inspectorAccessStateAt(window, UNTIL)).toBe('EXPIRED');
      const revoked = { ...window, revokedAt: DURING };
      expect(inspectorAccessStateAt(revoked, FROM)).toBe('ACTIVE');
      expect(inspectorAccessStateAt(revoked, DURING)).toBe('REVOKED');
      expect(inspectorAccessStateAt(revoked, AFTER)).toBe('REVOKED');
    });
  });
});

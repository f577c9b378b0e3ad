import type { Role } from '../shared/decider.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import {
  AUDITOR_ID,
  AUDIT_ID,
  HEAD_OF_SERVICE_ID,
  events,
  metadata,
  readyToSubmit,
  submittedAudit,
} from '../testing/case-file-audit.fixtures.js';
import type { CaseFileAuditCommand } from './case-file-audit.commands.js';
import { caseFileAuditDecider } from './case-file-audit.decide.js';
import type { CaseFileAuditEvent } from './case-file-audit.events.js';
import { evolve, initialState } from './case-file-audit.state.js';

const spec = DeciderSpecification.for(caseFileAuditDecider);

const TAGGED_AT = '2025-07-04T11:00:00.000Z';

const tag = (themes: readonly unknown[] | null, actor: { staffId?: string; role?: Role } = {}) =>
  ({
    type: 'TagCaseFileAuditLearningThemes',
    data: { auditId: AUDIT_ID, themes: themes as readonly string[] },
    metadata: metadata({ staffId: actor.staffId ?? AUDITOR_ID, role: actor.role ?? 'TEAM_MANAGER', now: TAGGED_AT }),
  }) satisfies CaseFileAuditCommand;

const tagged = (themes: readonly string[], taggedBy = AUDITOR_ID, taggedByRole: Role = 'TEAM_MANAGER') =>
  ({
    type: 'CaseFileAuditLearningThemesTagged',
    data: { auditId: AUDIT_ID, themes, taggedBy, taggedByRole, taggedAt: TAGGED_AT },
  }) satisfies CaseFileAuditEvent;

describe('Case file audit: learning themes (REP-2)', () => {
  describe('When no audit has been scheduled', () => {
    it('should answer with not found', () => {
      spec.given([]).when(tag(['Neglect'])).thenThrows('CASE_FILE_AUDIT.NOT_FOUND', { kind: 'NOT_FOUND' });
    });
  });

  describe('When the audit is not yet submitted', () => {
    it('should refuse to tag it (REP-2: themes are findings of a completed audit)', () => {
      spec.given(readyToSubmit()).when(tag(['Neglect'])).thenThrows('CASE_FILE_AUDIT.NOT_SUBMITTED', { kind: 'CONFLICT', rule: 'REP-2' });
    });
  });

  describe('When a submitted audit is tagged', () => {
    it('should record the themes its auditor gives, trimmed, in the order given (REP-2)', () => {
      spec.given(submittedAudit()).when(tag(['  Neglect ', 'Management oversight'])).then(tagged(['Neglect', 'Management oversight']));
    });

    it.each([
      ['HEAD_OF_SERVICE', HEAD_OF_SERVICE_ID],
      ['CHIEF_OFFICER', 'staff-co-0001'],
      ['DIRECTOR', 'staff-dir-0001'],
      ['SQA_OFFICER', 'staff-sqa-0004'],
      ['SQA_MANAGER', 'staff-sqa-0001'],
    ] as const)('should let a %s tag it (REP-2, CFA-9)', (role, staffId) => {
      spec.given(submittedAudit()).when(tag(['Neglect'], { staffId, role })).then(tagged(['Neglect'], staffId, role));
    });

    it('should refuse anyone else, such as another team manager (REP-2)', () => {
      spec
        .given(submittedAudit())
        .when(tag(['Neglect'], { staffId: 'staff-tm-0099', role: 'TEAM_MANAGER' }))
        .thenThrows('CASE_FILE_AUDIT.NOT_ALLOWED_TO_TAG', { kind: 'FORBIDDEN', rule: 'REP-2' });
    });

    it('should keep one of themes that differ only in case or spacing, as first written (REP-2)', () => {
      spec
        .given(submittedAudit())
        .when(tag(['Management  Oversight', 'management oversight', 'Neglect']))
        .then(tagged(['Management  Oversight', 'Neglect']));
    });

    it.each([
      ['a blank theme', ['Neglect', '   '], 'themes.1'],
      ['a theme that is not text', [42], 'themes.0'],
      ['a theme over 100 characters', ['x'.repeat(101)], 'themes.0'],
    ])('should refuse %s, naming the field (REP-2)', (_what, themes, field) => {
      spec.given(submittedAudit()).when(tag(themes)).thenThrows('CASE_FILE_AUDIT.THEME_INVALID', { kind: 'BAD_USER_INPUT', field, rule: 'REP-2' });
    });

    it('should refuse more than 20 themes (REP-2)', () => {
      const themes = Array.from({ length: 21 }, (_, i) => `Theme ${i + 1}`);
      spec.given(submittedAudit()).when(tag(themes)).thenThrows('CASE_FILE_AUDIT.TOO_MANY_THEMES', { field: 'themes', rule: 'REP-2' });
    });

    it('should refuse a missing list (REP-2)', () => {
      spec.given(submittedAudit()).when(tag(null)).thenThrows('CASE_FILE_AUDIT.FIELD_REQUIRED', { field: 'themes', rule: 'REP-2' });
    });

    it('should change nothing when there are no themes to remove', () => {
      spec.given(submittedAudit()).when(tag([])).thenNothingHappens();
    });
  });

  describe('When a tagged audit is tagged again', () => {
    const given = () => spec.given([...submittedAudit(), tagged(['Neglect', 'Management oversight'])]);

    it('should change nothing for the same themes, whatever their case or spacing (REP-2)', () => {
      given().when(tag([' neglect', 'MANAGEMENT OVERSIGHT'])).thenNothingHappens();
    });

    it('should replace the list, a theme already there keeping the words it was first written in (REP-2)', () => {
      given()
        .when(tag(['NEGLECT', 'Voice of the child'], { staffId: HEAD_OF_SERVICE_ID, role: 'HEAD_OF_SERVICE' }))
        .then(tagged(['Neglect', 'Voice of the child'], HEAD_OF_SERVICE_ID, 'HEAD_OF_SERVICE'));
    });

    it('should remove every theme when given an empty list', () => {
      given().when(tag([])).then(tagged([]));
    });

    it('should hold the latest list in the state, after moderation too (CFA-9)', () => {
      const state = [
        ...submittedAudit(),
        tagged(['Neglect']),
        events.moderated(true, 'Agreed', '2025-07-05T10:00:00.000Z'),
        tagged(['Neglect', 'Drift and delay']),
      ].reduce(evolve, initialState());
      expect(state).toMatchObject({ status: 'SUBMITTED', learningThemes: ['Neglect', 'Drift and delay'] });
    });
  });

  describe('When a tagging is recorded on an audit that is not submitted', () => {
    it('should leave the state as it was (evolve never throws)', () => {
      const before = readyToSubmit().reduce(evolve, initialState());
      expect(evolve(before, tagged(['Neglect']))).toBe(before);
    });
  });
});

import type { Role } from '../shared/decider.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import { independentAuditCommissionDecider } from './independent-audit-commission.decide.js';
import { AUDIT_ID, HOS, SQA_MANAGER, SQA_MANAGER_ID, auditFacts, commands, events } from './independent-audit-commission.fixtures.js';
import { evolve, initialState, isIndependentAuditOverdue } from './independent-audit-commission.state.js';

const spec = DeciderSpecification.for(independentAuditCommissionDecider);
/** When the linked audit was submitted. */
const NOW_ISO = '2025-07-20T10:00:00.000Z';
const linked = [events.commissioned(), events.accepted(), events.linked()];

describe('Independent audit commission decider (CFA-10)', () => {
  describe('When nothing is commissioned', () => {
    it('should let a head of service, chief officer or director commission S&QA (CFA-10)', () => {
      spec.given([]).when(commands.commission()).then(events.commissioned());
      for (const role of ['CHIEF_OFFICER', 'DIRECTOR'] as Role[]) {
        spec.given([]).when(commands.commission({}, { staffId: 'staff-hos-0003', role })).then(events.commissioned());
      }
    });

    it('should refuse a team manager or S&QA commissioning one (CFA-10)', () => {
      for (const role of ['TEAM_MANAGER', 'SQA_MANAGER'] as Role[]) {
        spec
          .given([])
          .when(commands.commission({}, { staffId: 'staff-x', role }))
          .thenThrows('INDEPENDENT_AUDIT.NOT_A_SENIOR_MANAGER', { kind: 'FORBIDDEN', rule: 'CFA-10' });
      }
    });

    it('should refuse a commission without the learning to test, or due in the past', () => {
      spec.given([]).when(commands.commission({ learningToTest: '' })).thenThrows('INDEPENDENT_AUDIT.FIELD_REQUIRED', { field: 'learningToTest' });
      spec.given([]).when(commands.commission({ dueDate: '2025-06-01' })).thenThrows('INDEPENDENT_AUDIT.DUE_DATE_PASSED', { rule: 'CFA-6' });
    });

    it('should refuse accepting it', () => {
      spec.given([]).when(commands.accept()).thenThrows('INDEPENDENT_AUDIT.NOT_FOUND', { kind: 'NOT_FOUND' });
    });
  });

  describe('When it is commissioned', () => {
    it('should decide nothing when commissioned again alike, and refuse it commissioned differently', () => {
      spec.given(events.commissioned()).when(commands.commission()).thenNothingHappens();
      spec.given(events.commissioned()).when(commands.commission({ dueDate: '2025-08-31' })).thenThrows('INDEPENDENT_AUDIT.ALREADY_COMMISSIONED');
    });

    it('should be accepted by an S&QA officer, who will carry it out (CFA-10)', () => {
      spec.given(events.commissioned()).when(commands.accept()).then(events.accepted());
    });

    it('should refuse anyone outside S&QA accepting it (CFA-10)', () => {
      spec.given(events.commissioned()).when(commands.accept(HOS)).thenThrows('INDEPENDENT_AUDIT.NOT_SQA', { kind: 'FORBIDDEN', rule: 'CFA-10' });
    });

    it('should refuse linking an audit before S&QA accepts it', () => {
      spec.given(events.commissioned()).when(commands.link()).thenThrows('INDEPENDENT_AUDIT.NOT_ACCEPTED', { kind: 'CONFLICT' });
    });

    it('should be withdrawn by a senior manager, and then refuse acceptance', () => {
      spec.given(events.commissioned()).when(commands.withdraw()).then(events.withdrawn());
      spec.given([events.commissioned(), events.withdrawn()]).when(commands.withdraw()).thenNothingHappens();
      spec.given([events.commissioned(), events.withdrawn()]).when(commands.accept()).thenThrows('INDEPENDENT_AUDIT.WITHDRAWN', { kind: 'CONFLICT' });
    });
  });

  describe('When S&QA has accepted it', () => {
    const accepted = [events.commissioned(), events.accepted()];

    it('should decide nothing when the same officer accepts again, and refuse another officer', () => {
      spec.given(accepted).when(commands.accept()).thenNothingHappens();
      spec.given(accepted).when(commands.accept(SQA_MANAGER)).thenThrows('INDEPENDENT_AUDIT.ALREADY_ACCEPTED', { kind: 'CONFLICT' });
    });

    it('should link the case file audit of type INDEPENDENT that carries it out (CFA-10)', () => {
      spec.given(accepted).when(commands.link()).then(events.linked());
    });

    it('should let an S&QA manager link it for the officer', () => {
      spec.given(accepted).when(commands.link(auditFacts(), AUDIT_ID, SQA_MANAGER)).then(events.linked(SQA_MANAGER_ID));
    });

    it('should refuse an audit of another type, of another case, or not scheduled (CFA-10)', () => {
      spec.given(accepted).when(commands.link(auditFacts({ auditType: 'MONTHLY' }))).thenThrows('INDEPENDENT_AUDIT.AUDIT_NOT_INDEPENDENT', {
        rule: 'CFA-10',
        message: /is MONTHLY$/,
      });
      spec.given(accepted).when(commands.link(auditFacts({ azeusNumber: 'AZ-999' }))).thenThrows('INDEPENDENT_AUDIT.CASE_MISMATCH');
      spec.given(accepted).when(commands.link(null)).thenThrows('INDEPENDENT_AUDIT.AUDIT_NOT_FOUND', { kind: 'NOT_FOUND' });
    });

    it('should refuse another S&QA officer linking it', () => {
      spec
        .given(accepted)
        .when(commands.link(auditFacts(), AUDIT_ID, { staffId: 'staff-sqa-0099', role: 'SQA_OFFICER' }))
        .thenThrows('INDEPENDENT_AUDIT.NOT_THE_AUDITOR', { kind: 'FORBIDDEN' });
    });

    it('should refuse reporting findings with no audit linked', () => {
      spec.given(accepted).when(commands.report('YES', auditFacts({ submittedAt: NOW_ISO }))).thenThrows('INDEPENDENT_AUDIT.NOT_LINKED');
    });
  });

  describe('When the audit is linked', () => {
    it('should decide nothing when the same audit is linked again (a retried request), and refuse another', () => {
      spec.given(linked).when(commands.link()).thenNothingHappens();
      spec.given(linked).when(commands.link(auditFacts(), 'cfa-other')).thenThrows('INDEPENDENT_AUDIT.ALREADY_LINKED', { kind: 'CONFLICT' });
    });

    it('should refuse reporting findings before the audit is submitted (CFA-10)', () => {
      spec.given(linked).when(commands.report('PARTLY', auditFacts())).thenThrows('INDEPENDENT_AUDIT.AUDIT_NOT_SUBMITTED', { rule: 'CFA-10' });
    });

    it('should report whether the learning is evidenced once the audit is submitted (CFA-10)', () => {
      spec.given(linked).when(commands.report('PARTLY', auditFacts({ submittedAt: NOW_ISO }))).then(events.reported());
      spec
        .given(linked)
        .when(commands.report('MAYBE', auditFacts({ submittedAt: NOW_ISO })))
        .thenThrows('INDEPENDENT_AUDIT.LEARNING_EVIDENCED_UNKNOWN', { field: 'learningEvidenced' });
    });
  });

  describe('When the findings are reported', () => {
    const reported = [...linked, events.reported()];

    it('should decide nothing when reported again alike, and refuse a different report or a withdrawal', () => {
      spec.given(reported).when(commands.report('PARTLY', auditFacts({ submittedAt: NOW_ISO }))).thenNothingHappens();
      spec.given(reported).when(commands.report('YES', auditFacts({ submittedAt: NOW_ISO }))).thenThrows('INDEPENDENT_AUDIT.ALREADY_REPORTED');
      spec.given(reported).when(commands.withdraw()).thenThrows('INDEPENDENT_AUDIT.ALREADY_REPORTED');
    });

    it('should no longer be overdue (CFA-6)', () => {
      const open = [events.commissioned()].reduce(evolve, initialState());
      expect(isIndependentAuditOverdue(open, '2025-07-31')).toBe(false);
      expect(isIndependentAuditOverdue(open, '2025-08-01T08:00:00.000Z')).toBe(true);
      expect(isIndependentAuditOverdue(reported.reduce(evolve, initialState()), '2025-08-01')).toBe(false);
    });
  });
});

import { DeciderSpecification } from '../testing/decider-specification.js';
import { AUDITOR_ID, AUDIT_ID, events, metadata, readyToSubmit } from '../testing/case-file-audit.fixtures.js';
import type { CaseFileAuditCommand } from './case-file-audit.commands.js';
import { caseFileAuditDecider } from './case-file-audit.decide.js';

const spec = DeciderSpecification.for(caseFileAuditDecider);

const record = (
  involvement: string,
  options: { date?: string | null; reason?: string | null; staffId?: string; now?: string } = {},
) =>
  ({
    type: 'RecordWorkerInvolvement',
    data: { auditId: AUDIT_ID, involvement, date: options.date ?? null, reason: options.reason ?? null },
    metadata: metadata({ staffId: options.staffId ?? AUDITOR_ID, ...(options.now ? { now: options.now } : {}) }),
  }) satisfies CaseFileAuditCommand;

const submit = () =>
  ({
    type: 'SubmitCaseFileAudit',
    data: { auditId: AUDIT_ID, overallGrade: 'GOOD', rationale: 'Good practice throughout' },
    metadata: metadata(),
  }) satisfies CaseFileAuditCommand;

describe('Case file audit: working with the worker (CFA-8)', () => {
  describe('When no audit has been scheduled', () => {
    it('should answer with not found', () => {
      spec.given([]).when(record('DONE_WITH_WORKER')).thenThrows('CASE_FILE_AUDIT.NOT_FOUND', { kind: 'NOT_FOUND' });
    });
  });

  describe('When the audit is scheduled but not started', () => {
    it('should refuse to record it yet', () => {
      spec.given([events.scheduled()]).when(record('DONE_WITH_WORKER')).thenThrows('CASE_FILE_AUDIT.NOT_STARTED', {
        kind: 'CONFLICT',
      });
    });
  });

  describe('When the audit is in progress', () => {
    const given = (...more: Parameters<typeof events.workerInvolvementRecorded>[]) =>
      spec.given([...readyToSubmit(), ...more.map((args) => events.workerInvolvementRecorded(...args))]);

    it('should record that the audit was done with the worker', () => {
      given().when(record('DONE_WITH_WORKER', { date: '2025-06-12' })).then([
        events.workerInvolvementRecorded('DONE_WITH_WORKER', '2025-06-12'),
      ]);
    });

    it('should record that a reflective discussion was offered', () => {
      given().when(record('REFLECTIVE_DISCUSSION_OFFERED')).then([events.workerInvolvementRecorded('REFLECTIVE_DISCUSSION_OFFERED')]);
    });

    it('should record a discussion held, with its date', () => {
      given(['REFLECTIVE_DISCUSSION_OFFERED'])
        .when(record('REFLECTIVE_DISCUSSION_HELD', { date: '2025-06-11' }))
        .then([events.workerInvolvementRecorded('REFLECTIVE_DISCUSSION_HELD', '2025-06-11')]);
    });

    it('should record a discussion declined, with its date and the reason given', () => {
      given()
        .when(record('REFLECTIVE_DISCUSSION_DECLINED', { date: '2025-06-11', reason: ' On leave until July ' }))
        .then([events.workerInvolvementRecorded('REFLECTIVE_DISCUSSION_DECLINED', '2025-06-11', 'On leave until July')]);
    });

    it('should record a discussion declined without a reason', () => {
      given()
        .when(record('REFLECTIVE_DISCUSSION_DECLINED', { date: '2025-06-11' }))
        .then([events.workerInvolvementRecorded('REFLECTIVE_DISCUSSION_DECLINED', '2025-06-11')]);
    });

    it('should let the record be corrected before submission', () => {
      given(['REFLECTIVE_DISCUSSION_OFFERED']).when(record('DONE_WITH_WORKER')).then([events.workerInvolvementRecorded('DONE_WITH_WORKER')]);
    });

    it('should change nothing when the same record is given again', () => {
      given(['REFLECTIVE_DISCUSSION_HELD', '2025-06-11']).when(record('REFLECTIVE_DISCUSSION_HELD', { date: '2025-06-11' })).thenNothingHappens();
    });

    it.each(['REFLECTIVE_DISCUSSION_HELD', 'REFLECTIVE_DISCUSSION_DECLINED'])('should refuse %s without its date', (involvement) => {
      given().when(record(involvement)).thenThrows('CASE_FILE_AUDIT.FIELD_REQUIRED', {
        kind: 'BAD_USER_INPUT',
        field: 'date',
        rule: 'CFA-8',
      });
    });

    it('should refuse a date that is not a calendar date', () => {
      given().when(record('REFLECTIVE_DISCUSSION_HELD', { date: '2025-06-31' })).thenThrows('CASE_FILE_AUDIT.INVALID_DATE', {
        field: 'date',
        rule: 'CFA-8',
      });
    });

    it('should refuse a discussion dated after today', () => {
      given()
        .when(record('REFLECTIVE_DISCUSSION_HELD', { date: '2025-06-13', now: '2025-06-12T23:00:00.000Z' }))
        .thenThrows('CASE_FILE_AUDIT.DATE_IN_FUTURE', { kind: 'BAD_USER_INPUT', field: 'date', rule: 'CFA-8' });
    });

    it('should refuse a reason unless the discussion was declined', () => {
      given().when(record('REFLECTIVE_DISCUSSION_OFFERED', { reason: 'Busy' })).thenThrows('CASE_FILE_AUDIT.REASON_NOT_EXPECTED', {
        field: 'reason',
        rule: 'CFA-8',
      });
    });

    it('should refuse an unknown kind of involvement', () => {
      given().when(record('EMAILED_THE_WORKER')).thenThrows('CASE_FILE_AUDIT.WORKER_INVOLVEMENT_UNKNOWN', {
        kind: 'BAD_USER_INPUT',
        field: 'involvement',
      });
    });

    it('should forbid anyone but the auditor', () => {
      given().when(record('DONE_WITH_WORKER', { staffId: 'staff-ap-0099' })).thenThrows('CASE_FILE_AUDIT.NOT_THE_AUDITOR', {
        kind: 'FORBIDDEN',
      });
    });
  });

  describe('When the audit is submitted without a record of how the worker took part', () => {
    it('should submit all the same: the gap is shown in the read model, not refused', () => {
      spec.given(readyToSubmit()).when(submit()).then([events.submitted()]);
    });

    it.each(['DONE_WITH_WORKER', 'REFLECTIVE_DISCUSSION_OFFERED'])('should refuse %s after submission', (involvement) => {
      spec
        .given([...readyToSubmit(), events.submitted()])
        .when(record(involvement))
        .thenThrows('CASE_FILE_AUDIT.ONLY_DISCUSSION_OUTCOME_AFTER_SUBMISSION', { kind: 'CONFLICT', rule: 'CFA-8' });
    });

    it('should accept the outcome of a reflective discussion held after submission', () => {
      spec
        .given([...readyToSubmit(), events.submitted()])
        .when(record('REFLECTIVE_DISCUSSION_HELD', { date: '2025-06-12' }))
        .then([events.workerInvolvementRecorded('REFLECTIVE_DISCUSSION_HELD', '2025-06-12')]);
    });
  });

  describe('When a reflective discussion was offered at submission', () => {
    const given = () =>
      spec.given([...readyToSubmit(), events.workerInvolvementRecorded('REFLECTIVE_DISCUSSION_OFFERED'), events.submitted()]);

    it('should record that it was held later, changing no grade', () => {
      given()
        .when(record('REFLECTIVE_DISCUSSION_HELD', { date: '2025-06-12' }))
        .then([events.workerInvolvementRecorded('REFLECTIVE_DISCUSSION_HELD', '2025-06-12')]);
    });

    it('should record that it was declined later', () => {
      given()
        .when(record('REFLECTIVE_DISCUSSION_DECLINED', { date: '2025-06-12', reason: 'Left the service' }))
        .then([events.workerInvolvementRecorded('REFLECTIVE_DISCUSSION_DECLINED', '2025-06-12', 'Left the service')]);
    });

    it('should refuse to say after submission that the audit was done with the worker', () => {
      given().when(record('DONE_WITH_WORKER')).thenThrows('CASE_FILE_AUDIT.ONLY_DISCUSSION_OUTCOME_AFTER_SUBMISSION', {
        kind: 'CONFLICT',
        field: 'involvement',
        rule: 'CFA-8',
      });
    });
  });

  describe('When the outcome is already recorded on a submitted audit', () => {
    const given = () =>
      spec.given([
        ...readyToSubmit(),
        events.submitted(),
        events.workerInvolvementRecorded('REFLECTIVE_DISCUSSION_DECLINED', '2025-06-12'),
      ]);

    it('should change nothing when it is recorded again', () => {
      given().when(record('REFLECTIVE_DISCUSSION_DECLINED', { date: '2025-06-12' })).thenNothingHappens();
    });

    it('should refuse a different outcome', () => {
      given().when(record('REFLECTIVE_DISCUSSION_HELD', { date: '2025-06-12' })).thenThrows('CASE_FILE_AUDIT.DISCUSSION_OUTCOME_RECORDED', {
        kind: 'CONFLICT',
        rule: 'CFA-8',
      });
    });
  });

  describe('When the audit was done with the worker and submitted', () => {
    it('should refuse a reflective discussion outcome: there was none to hold', () => {
      spec
        .given([...readyToSubmit(), events.workerInvolvementRecorded('DONE_WITH_WORKER'), events.submitted()])
        .when(record('REFLECTIVE_DISCUSSION_HELD', { date: '2025-06-12' }))
        .thenThrows('CASE_FILE_AUDIT.DONE_WITH_WORKER', { kind: 'CONFLICT', rule: 'CFA-8' });
    });
  });
});

import { canonicalJson } from '../../../../libs/event-store/src/canonical-json.js';
import { byField, recordsOfHistory, sampledCasesOf, themedAuditsOf } from './child-record-selectors.js';
import { idAndCase } from './records-child-reads.decorator.js';

const entry = (streamId: string, data: Record<string, unknown> = {}) => ({ streamId, data: canonicalJson(data) });

describe('What a query returned, as the read log records it (issue 6 item 4)', () => {
  describe('When a query returned one record, a list, or nothing', () => {
    it('should take each record\'s id and case', () => {
      expect(idAndCase({ id: 'a-1', azeusNumber: 'AZ-1', penPicture: 'not read by the log' })).toEqual([{ id: 'a-1', caseId: 'AZ-1' }]);
      expect(idAndCase([{ id: 'r-1', azeusNumber: null }, { id: 'r-2', azeusNumber: 'AZ-2' }])).toEqual([
        { id: 'r-1', caseId: null },
        { id: 'r-2', caseId: 'AZ-2' },
      ]);
      expect(idAndCase(null)).toEqual([]);
      expect(idAndCase([])).toEqual([]);
    });

    it('should take the id from the field a record is known by', () => {
      expect(byField('azeusNumber')([{ azeusNumber: 'AZ-1', category: 'CP' }])).toEqual([{ id: 'AZ-1', caseId: 'AZ-1' }]);
      expect(byField('auditId')({ auditId: 'a-1', azeusNumber: 'AZ-1' })).toEqual([{ id: 'a-1', caseId: 'AZ-1' }]);
    });

    it('should take each case audited on a themed audit day, and each case of an annual sample', () => {
      expect(themedAuditsOf([{ id: 'day-1', audits: [{ auditId: 't-1', azeusNumber: 'AZ-1' }, { auditId: 't-2', azeusNumber: 'AZ-2' }] }, { id: 'day-2', audits: [] }])).toEqual([
        { id: 't-1', caseId: 'AZ-1' },
        { id: 't-2', caseId: 'AZ-2' },
      ]);
      expect(sampledCasesOf({ year: 2026, cases: [{ azeusNumber: 'AZ-1' }, { azeusNumber: 'AZ-2' }] })).toEqual([
        { id: 'AZ-1', caseId: 'AZ-1' },
        { id: 'AZ-2', caseId: 'AZ-2' },
      ]);
      expect(sampledCasesOf([{ azeusNumber: 'AZ-3' }])).toEqual([{ id: 'AZ-3', caseId: 'AZ-3' }]);
      expect(sampledCasesOf(null)).toEqual([]);
    });
  });

  describe('When a case\'s history was read (REP-3)', () => {
    it('should record the history, and each child-level record it showed, under the case; not staff data', () => {
      const history = {
        kind: 'CASE',
        subjectId: 'AZ-1',
        entries: [
          entry('caseFileAudit-a-1', { azeusNumber: 'AZ-1' }),
          entry('caseFileAudit-a-1'),
          entry('remedialAction-r-1'),
          entry('supervisionAudit-s-1', { azeusNumber: 'AZ-1' }),
          entry('themedAuditDay-d-1', { azeusNumber: 'AZ-1' }),
        ],
      };
      expect(recordsOfHistory(history)).toEqual([
        { kind: 'CASE_HISTORY', id: 'AZ-1', caseId: 'AZ-1' },
        { kind: 'CASE_FILE_AUDIT', id: 'a-1', caseId: 'AZ-1' },
        { kind: 'REMEDIAL_ACTION', id: 'r-1', caseId: 'AZ-1' },
        { kind: 'THEMED_AUDIT_DAY', id: 'd-1', caseId: 'AZ-1' },
      ]);
    });

    it('should record nothing for a history with no entries', () => {
      expect(recordsOfHistory({ kind: 'CASE', subjectId: 'AZ-9', entries: [] })).toEqual([]);
      expect(recordsOfHistory(null)).toEqual([]);
    });
  });

  describe('When a person\'s or a record\'s history was read', () => {
    it('should record the child-level records it showed, each with the case its events name', () => {
      const history = {
        kind: 'STAFF',
        subjectId: 'tm-001',
        entries: [
          entry('staffMember-tm-001', { staffId: 'tm-001' }),
          entry('remedialAction-r-1', { actionId: 'r-1' }),
          entry('remedialAction-r-1', { source: { azeusNumber: 'AZ-2' } }),
          entry('case-AZ-3', { category: 'CP' }),
          entry('practiceObservation-o-1', { azeusNumber: 'AZ-4' }),
        ],
      };
      expect(recordsOfHistory(history)).toEqual([
        { kind: 'REMEDIAL_ACTION', id: 'r-1', caseId: 'AZ-2' },
        { kind: 'CASE', id: 'AZ-3', caseId: 'AZ-3' },
      ]);
      expect(recordsOfHistory({ kind: 'RECORD', subjectId: 'crsEscalation-e-1', entries: [entry('crsEscalation-e-1', { azeusNumber: 'AZ-5' })] })).toEqual([
        { kind: 'CRS_ESCALATION', id: 'e-1', caseId: 'AZ-5' },
      ]);
    });
  });
});

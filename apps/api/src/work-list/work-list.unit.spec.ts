import type { AnnualSampleAllocationRow } from '../../../../projections/annual-sample/annual-sample.queries.js';
import type { CaseFileAuditDocument } from '../../../../projections/case-file-audits/case-file-audits.document.js';
import type { ComplianceAuditView } from '../../../../projections/compliance-audits/compliance-audits.queries.js';
import type { RemedialActionView } from '../../../../projections/remedial-actions/remedial-actions.queries.js';
import { workListEntries, type WorkListSources } from './work-list.js';

const ME = 'staff-tm-0042';
const asOf = new Date('2025-07-01T09:00:00.000Z');

// Only the fields the work list reads; the rest of each document does not bear on it.
const audit = (id: string, fields: Partial<CaseFileAuditDocument>) =>
  ({ id, azeusNumber: `AZ-${id}`, auditType: 'MONTHLY', auditorId: ME, theme: null, status: 'SCHEDULED', dueDate: '2025-07-10', ...fields }) as CaseFileAuditDocument;
const compliance = (id: string, fields: Partial<ComplianceAuditView>) =>
  ({ id, azeusNumber: `AZ-${id}`, auditorId: ME, superviseeId: 'staff-sw-0101', status: 'IN_PROGRESS', supervisionDate: '2025-07-05', overdue: false, ...fields }) as ComplianceAuditView;
const action = (id: string, fields: Partial<RemedialActionView>) =>
  ({
    id,
    azeusNumber: `AZ-${id}`,
    ownerId: ME,
    description: `Action ${id}`,
    status: 'RAISED',
    timescale: '2025-07-03',
    timescaleClock: { timescale: '2025-07-03', state: 'RUNNING', completedOn: null, daysLate: 0 },
    ...fields,
  }) as RemedialActionView;

const sampleCase = (azeusNumber: string, fields: Partial<AnnualSampleAllocationRow>) =>
  ({ year: 2025, azeusNumber, teamId: 'team-north-1', category: 'CIN', stratum: 'team-north-1/CIN', recentlyAudited: false, auditorId: ME, auditorTeamId: 'team-south-1', dueDate: '2025-09-30', allocatedWorkerId: 'sw-001', ...fields }) as AnnualSampleAllocationRow;

const sources = (fields: Partial<WorkListSources>): WorkListSources => ({
  staffId: ME,
  role: 'TEAM_MANAGER',
  asOf,
  audits: [],
  sampleCases: [],
  complianceAudits: [],
  remedialActions: [],
  awaitingModeration: [],
  ...fields,
});

describe('The work list', () => {
  describe('When an auditor has audits, a compliance audit and actions of their own', () => {
    const entries = workListEntries(
      sources({
        audits: [
          audit('due', { dueDate: '2025-07-10' }),
          audit('late', { dueDate: '2025-06-20', status: 'IN_PROGRESS' }),
          audit('done', { dueDate: '2025-06-01', status: 'SUBMITTED' }),
        ],
        complianceAudits: [compliance('ca', {}), compliance('ca-done', { status: 'COMPLETED' })],
        remedialActions: [
          action('open', { status: 'ACKNOWLEDGED' }),
          action('overdue', { timescale: '2025-06-25', timescaleClock: { timescale: '2025-06-25', state: 'OVERDUE', completedOn: null, daysLate: 6 } }),
          action('completed', { status: 'COMPLETED' }),
        ],
      }),
    );

    it('should list only open work, sorted by due date (CFA-6, CFA-7, CFA-4)', () => {
      expect(entries.map((e) => [e.kind, e.id, e.due])).toEqual([
        ['CASE_FILE_AUDIT', 'late', '2025-06-20'],
        ['REMEDIAL_ACTION', 'overdue', '2025-06-25'],
        ['REMEDIAL_ACTION', 'open', '2025-07-03'],
        ['COMPLIANCE_AUDIT', 'ca', '2025-07-05'],
        ['CASE_FILE_AUDIT', 'due', '2025-07-10'],
      ]);
    });

    it('should mark what is overdue at asOf and what is in progress', () => {
      const byId = Object.fromEntries(entries.map((e) => [e.id, e]));
      expect(byId['late']).toMatchObject({ overdue: true, inProgress: true });
      expect(byId['due']).toMatchObject({ overdue: false, inProgress: false, title: 'Monthly case file audit of AZ-due' });
      expect(byId['overdue']).toMatchObject({ overdue: true });
      expect(byId['open']).toMatchObject({ overdue: false, inProgress: true });
    });
  });

  describe('When cases of the random sample are allocated to the auditor (CFA-1, CFA-6)', () => {
    const entries = workListEntries(
      sources({
        audits: [
          audit('sched', { auditType: 'RANDOM_SAMPLE', azeusNumber: 'AZ-scheduled', dueDate: '2025-08-31' }),
          audit('sub', { auditType: 'RANDOM_SAMPLE', azeusNumber: 'AZ-submitted', status: 'SUBMITTED', dueDate: '2025-05-31' }),
          audit('monthly', { auditType: 'MONTHLY', azeusNumber: 'AZ-late', dueDate: '2025-07-20' }),
        ],
        sampleCases: [
          sampleCase('AZ-late', { dueDate: '2025-06-30' }),
          sampleCase('AZ-due', { dueDate: '2025-09-30' }),
          sampleCase('AZ-scheduled', { dueDate: '2025-08-31' }),
          sampleCase('AZ-submitted', { dueDate: '2025-05-31' }),
          sampleCase('AZ-someone-else', { auditorId: 'staff-tm-0001' }),
        ],
      }),
    );

    it('should list each allocated case with no RANDOM_SAMPLE audit scheduled, with its due date', () => {
      expect(entries.filter((e) => e.kind === 'SAMPLE_CASE_TO_AUDIT').map((e) => [e.id, e.status, e.due])).toEqual([
        ['2025/AZ-late', 'ALLOCATED', '2025-06-30'],
        ['2025/AZ-due', 'ALLOCATED', '2025-09-30'],
      ]);
    });

    it('should mark a case past its due date at asOf overdue (CFA-6)', () => {
      const byId = Object.fromEntries(entries.map((e) => [e.id, e]));
      expect(byId['2025/AZ-late']).toMatchObject({ overdue: true, inProgress: false, azeusNumber: 'AZ-late' });
      expect(byId['2025/AZ-due']).toMatchObject({ overdue: false, title: 'Random sample case AZ-due to audit (2025 sample, CFA-1)' });
    });

    it('should show a scheduled sample audit in place of its case, and a submitted one not at all', () => {
      expect(entries.map((e) => [e.kind, e.id])).toEqual([
        ['SAMPLE_CASE_TO_AUDIT', '2025/AZ-late'],
        ['CASE_FILE_AUDIT', 'monthly'],
        ['CASE_FILE_AUDIT', 'sched'],
        ['SAMPLE_CASE_TO_AUDIT', '2025/AZ-due'],
      ]);
    });
  });

  describe('When the person is a senior manager (CFA-9)', () => {
    const awaiting = [audit('theirs', { status: 'SUBMITTED', auditorId: 'staff-tm-0001' }), audit('own', { status: 'SUBMITTED' })];

    it('should list the audits awaiting moderation, undated and last, never their own', () => {
      const entries = workListEntries(sources({ role: 'HEAD_OF_SERVICE', awaitingModeration: awaiting, audits: [audit('due', {})] }));
      expect(entries.map((e) => [e.kind, e.id, e.due, e.overdue])).toEqual([
        ['CASE_FILE_AUDIT', 'due', '2025-07-10', false],
        ['MODERATION', 'theirs', null, false],
      ]);
    });

    it('should not list them for anyone else', () => {
      expect(workListEntries(sources({ role: 'TEAM_MANAGER', awaitingModeration: awaiting }))).toEqual([]);
    });
  });
});

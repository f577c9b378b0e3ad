import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import type { Role } from '../../libs/domain/src/index.js';
import { CASE_FILE_AUDITS_COLLECTION, withSubmittedMonth } from '../case-file-audits/case-file-audits.projection.js';
import type { CaseFileAuditDocument } from '../case-file-audits/case-file-audits.document.js';
import { COMPLIANCE_AUDITS_COLLECTION, withCompletedMonth } from '../compliance-audits/compliance-audits.projection.js';
import type { ComplianceAuditDocument } from '../compliance-audits/compliance-audits.document.js';
import type { StaffMemberDocument } from '../staff/staff.document.js';
import { STAFF_COLLECTION } from '../staff/staff.projection.js';
import { SUPERVISION_SESSIONS_COLLECTION, withMonth } from '../staff/supervision-sessions.projection.js';
import type { SupervisionSessionDocument } from '../staff/supervision-sessions.document.js';
import type { TeamDocument } from '../teams/teams.document.js';
import { TEAMS_COLLECTION } from '../teams/teams.projection.js';
import { THEMATIC_AUDIT_ALLOWANCES_COLLECTION } from '../thematic-audit-allowances/thematic-audit-allowances.projection.js';
import { MEETING_OBSERVATIONS_COLLECTION } from '../meeting-observations/meeting-observations.projection.js';
import { CRS_QUALITY_CHECKS_COLLECTION } from '../crs-monitoring/crs-quality-checks.projection.js';
import { OBSERVATION_LEARNING_REPORTS_COLLECTION } from '../observation-learning-reports/observation-learning-reports.projection.js';
import { SUPERVISION_AUDITS_COLLECTION } from '../supervision-audits/supervision-audits.projection.js';
import { SUPERVISION_LEARNING_SUMMARIES_COLLECTION } from '../supervision-learning-summaries/supervision-learning-summaries.projection.js';
import { monthsFromTo, parsePeriod, periodsOf, previousPeriod } from './periods.js';
import { QUOTA_RULES } from './quota-rules.js';
import { quotaReport, type QuotaLine } from './quotas.js';

type Roles = readonly { from: string; role: Role }[];

function person(staffId: string, teamId: string, roles: Roles, startDate = '2020-01-01'): StaffMemberDocument {
  const current = roles[roles.length - 1]!.role;
  return {
    id: staffId, staffId, name: staffId, role: current, teamId, lineManagerId: null, startDate, leavingDate: null, status: 'ACTIVE',
    inAsye: false, needsPerformanceSupport: false,
    history: {
      role: roles.map((r) => ({ effectiveFrom: r.from, value: r.role })),
      teamId: [{ effectiveFrom: startDate, value: teamId }],
      lineManagerId: [{ effectiveFrom: startDate, value: null }],
      inAsye: [], needsPerformanceSupport: [],
    },
    revision: 0, registeredAt: '2020-01-01T00:00:00Z', lastUpdatedAt: '2020-01-01T00:00:00Z',
  };
}

const team = (teamId: string, serviceAreaId: string): TeamDocument => ({
  id: teamId, teamId, name: teamId, serviceAreaId, status: 'ACTIVE', closedOn: null, serviceAreaHistory: [{ effectiveFrom: '2020-01-01', value: serviceAreaId }],
  revision: 0, registeredAt: '2020-01-01T00:00:00Z', lastUpdatedAt: '2020-01-01T00:00:00Z',
});

const audit = (id: string, auditorId: string, auditType: string, submittedAt: string | null) =>
  withSubmittedMonth({ id, auditorId, auditType, submittedAt, status: submittedAt === null ? 'IN_PROGRESS' : 'SUBMITTED', azeusNumber: 'AZ-1', teamId: null, dueDate: '2026-03-31' } as unknown as CaseFileAuditDocument) as unknown as Record<string, unknown>;

const row = (l: QuotaLine) => [l.rule, l.staffId, l.period, l.required, l.done, l.remaining, l.status];

describe('Quotas: who owes which QA activity, for any period (issue 5 item 1)', () => {
  let store: MemoryReadStore;

  beforeEach(async () => {
    store = new MemoryReadStore();
    for (const c of [STAFF_COLLECTION, TEAMS_COLLECTION, CASE_FILE_AUDITS_COLLECTION, COMPLIANCE_AUDITS_COLLECTION, SUPERVISION_SESSIONS_COLLECTION, THEMATIC_AUDIT_ALLOWANCES_COLLECTION]) {
      await store.defineCollection(c);
    }
    await store.commit('fixtures', null, 1n, [
      // A TM all along; an AP who became a TM on 1 March; a social worker (no CFA-2 duty).
      { collection: STAFF_COLLECTION.name, id: 'tm-1', document: person('tm-1', 'team-a', [{ from: '2020-01-01', role: 'TEAM_MANAGER' }]) },
      { collection: STAFF_COLLECTION.name, id: 'ap-2', document: person('ap-2', 'team-b', [{ from: '2020-01-01', role: 'SOCIAL_WORKER' }, { from: '2026-03-01', role: 'ADVANCED_PRACTITIONER' }]) },
      { collection: STAFF_COLLECTION.name, id: 'sw-3', document: person('sw-3', 'team-a', [{ from: '2020-01-01', role: 'SOCIAL_WORKER' }]) },
      { collection: TEAMS_COLLECTION.name, id: 'team-a', document: team('team-a', 'area-1') },
      { collection: TEAMS_COLLECTION.name, id: 'team-b', document: team('team-b', 'area-2') },
      // tm-1 submitted a monthly audit in February and one in March (on the 20th); a thematic one does not count for CFA-2.
      { collection: CASE_FILE_AUDITS_COLLECTION.name, id: 'a-feb', document: audit('a-feb', 'tm-1', 'MONTHLY', '2026-02-10T10:00:00Z') },
      { collection: CASE_FILE_AUDITS_COLLECTION.name, id: 'a-mar', document: audit('a-mar', 'tm-1', 'RANDOM_SAMPLE', '2026-03-20T10:00:00Z') },
      { collection: CASE_FILE_AUDITS_COLLECTION.name, id: 'a-them', document: audit('a-them', 'ap-2', 'THEMATIC', '2026-03-05T10:00:00Z') },
    ]);
  });

  describe('When a month is read after it has ended', () => {
    it('should list each TM and AP who held the role on its first day, with their CFA-2 audit met or missed', async () => {
      const report = await quotaReport(store, QUOTA_RULES, { period: '2026-03', asOf: new Date('2026-04-02T09:00:00Z'), filter: { rules: ['CFA-2'] } });

      expect(report.lines.map(row)).toEqual([
        ['CFA-2', 'ap-2', '2026-03', 1, 0, 1, 'MISSED'],
        ['CFA-2', 'tm-1', '2026-03', 1, 1, 0, 'MET'],
      ]);
      expect(report.lines.find((l) => l.staffId === 'tm-1')).toMatchObject({ evidence: ['a-mar'], teamId: 'team-a', serviceAreaId: 'area-1', dueDate: '2026-03-31' });
      expect(report.byTeam.map((r) => [r.key, r.met, r.missed])).toEqual([['team-a', 1, 0], ['team-b', 0, 1]]);
      expect(report.byServiceArea.map((r) => r.key)).toEqual(['area-1', 'area-2']);
      expect(report.service).toMatchObject({ lines: 2, met: 1, missed: 1, required: 2, done: 1, remaining: 1, metRate: 0.5 });
    });

    it('should not list who held the role only later (the AP was a social worker in February)', async () => {
      const report = await quotaReport(store, QUOTA_RULES, { period: '2026-02', asOf: new Date('2026-04-02T09:00:00Z'), filter: { rules: ['CFA-2'] } });
      expect(report.lines.map(row)).toEqual([['CFA-2', 'tm-1', '2026-02', 1, 1, 0, 'MET']]);
    });
  });

  describe('When the month is read as it stood on an earlier day', () => {
    it('should count only what was done by then: due while time remains, at risk in its last week', async () => {
      const on10th = await quotaReport(store, QUOTA_RULES, { period: '2026-03', asOf: new Date('2026-03-10T09:00:00Z'), filter: { rules: ['CFA-2'], staffId: 'tm-1' } });
      expect(on10th.lines.map(row)).toEqual([['CFA-2', 'tm-1', '2026-03', 1, 0, 1, 'DUE']]);
      const on19th = await quotaReport(store, QUOTA_RULES, { period: '2026-03', asOf: new Date('2026-03-19T09:00:00Z'), filter: { rules: ['CFA-2'], staffId: 'tm-1' } });
      expect(on19th.lines.map((l) => l.status)).toEqual(['DUE']);
      const on25th = await quotaReport(store, QUOTA_RULES, { period: '2026-03', asOf: new Date('2026-03-25T09:00:00Z'), filter: { rules: ['CFA-2'], staffId: 'ap-2' } });
      expect(on25th.lines.map((l) => l.status)).toEqual(['AT_RISK']);
    });
  });

  describe('When a quarter is read', () => {
    it('should give one CFA-2 line per month and person, and the CFA-3 cap for the year', async () => {
      const report = await quotaReport(store, QUOTA_RULES, { period: '2026-Q1', asOf: new Date('2026-04-02T09:00:00Z'), filter: { staffId: 'tm-1', rules: ['CFA-2', 'CFA-3'] } });
      expect(report.lines.map(row)).toEqual([
        ['CFA-2', 'tm-1', '2026-01', 1, 0, 1, 'MISSED'],
        ['CFA-3', 'tm-1', '2026', 0, 0, 4, 'WITHIN_CAP'],
        ['CFA-2', 'tm-1', '2026-02', 1, 1, 0, 'MET'],
        ['CFA-2', 'tm-1', '2026-03', 1, 1, 0, 'MET'],
      ]);
    });
  });

  describe('When a quarter is read in which nobody held the role on its first day', () => {
    it('should list the months of whoever took it up later in the quarter, as their monthly reports do (CFA-2)', async () => {
      // Given a council whose only team manager started on 2 February
      const newStore = new MemoryReadStore();
      for (const c of [STAFF_COLLECTION, TEAMS_COLLECTION, CASE_FILE_AUDITS_COLLECTION]) await newStore.defineCollection(c);
      await newStore.commit('fixtures', null, 1n, [
        { collection: STAFF_COLLECTION.name, id: 'tm-9', document: person('tm-9', 'team-a', [{ from: '2026-02-02', role: 'TEAM_MANAGER' }], '2026-02-02') },
        { collection: TEAMS_COLLECTION.name, id: 'team-a', document: team('team-a', 'area-1') },
      ]);

      // When the first quarter is read after it ended
      const quarter = await quotaReport(newStore, QUOTA_RULES, { period: '2026-Q1', asOf: new Date('2026-04-02T09:00:00Z'), filter: { rules: ['CFA-2'] } });
      const march = await quotaReport(newStore, QUOTA_RULES, { period: '2026-03', asOf: new Date('2026-04-02T09:00:00Z'), filter: { rules: ['CFA-2'] } });

      // Then March is theirs (in post on its first day), February is not, and the quarter agrees with the month
      expect(quarter.lines.map(row)).toEqual([['CFA-2', 'tm-9', '2026-03', 1, 0, 1, 'MISSED']]);
      expect(march.lines.map(row)).toEqual(quarter.lines.map(row));
    });
  });

  describe('When a year is read for the Heads of Service (MTG-1)', () => {
    it('should owe one key meeting observed by 30 June and the second by 31 December, counting completed records only', async () => {
      await store.defineCollection(MEETING_OBSERVATIONS_COLLECTION);
      const observation = (id: string, meetingDate: string, completedAt: string | null) =>
        ({ id, observationId: id, observerId: 'hos-1', meetingDate, completedAt, status: completedAt ? 'COMPLETED' : 'IN_PROGRESS' }) as unknown as Record<string, unknown>;
      await store.commit('meetings', null, 1n, [
        { collection: STAFF_COLLECTION.name, id: 'hos-1', document: person('hos-1', 'team-a', [{ from: '2020-01-01', role: 'HEAD_OF_SERVICE' }]) },
        { collection: MEETING_OBSERVATIONS_COLLECTION.name, id: 'm-1', document: observation('m-1', '2026-05-12', '2026-05-13T10:00:00Z') },
        { collection: MEETING_OBSERVATIONS_COLLECTION.name, id: 'm-2', document: observation('m-2', '2026-09-01', null) },
      ]);

      const report = await quotaReport(store, QUOTA_RULES, { period: '2026', asOf: new Date('2027-01-05T09:00:00Z'), filter: { rules: ['MTG-1'] } });

      expect(report.lines.map(row)).toEqual([
        ['MTG-1', 'hos-1', '2026-H1', 1, 1, 0, 'MET'],
        ['MTG-1', 'hos-1', '2026-H2', 2, 1, 1, 'MISSED'],
      ]);
    });
  });

  describe('When the period or a rule is not one the report knows', () => {
    it('should refuse naming the field', async () => {
      await expect(quotaReport(store, QUOTA_RULES, { period: '2026-13' })).rejects.toMatchObject({ code: 'QUOTA.PERIOD_INVALID', field: 'period' });
      await expect(quotaReport(store, QUOTA_RULES, { period: '2026-03', filter: { rules: ['CFA-99'] } })).rejects.toMatchObject({ code: 'QUOTA.RULE_UNKNOWN', field: 'rules' });
    });
  });
});

describe('Periods', () => {
  it('should parse months, quarters, half-years and years with their first and last days', () => {
    expect(parsePeriod('2024-02')).toEqual({ id: '2024-02', kind: 'MONTH', start: '2024-02-01', end: '2024-02-29' });
    expect(parsePeriod('2026-Q4')).toEqual({ id: '2026-Q4', kind: 'QUARTER', start: '2026-10-01', end: '2026-12-31' });
    expect(parsePeriod('2026-H1')).toEqual({ id: '2026-H1', kind: 'HALF_YEAR', start: '2026-01-01', end: '2026-06-30' });
    expect(parsePeriod('2026')).toEqual({ id: '2026', kind: 'YEAR', start: '2026-01-01', end: '2026-12-31' });
  });

  it('should list the periods of a kind that overlap another, and the one before', () => {
    expect(periodsOf('MONTH', parsePeriod('2026-Q2')).map((p) => p.id)).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(periodsOf('HALF_YEAR', parsePeriod('2026-03')).map((p) => p.id)).toEqual(['2026-H1']);
    expect(previousPeriod(parsePeriod('2026-01')).id).toBe('2025-12');
    expect(previousPeriod(parsePeriod('2026-Q1')).id).toBe('2025-Q4');
    expect(previousPeriod(parsePeriod('2026-H2')).id).toBe('2026-H1');
  });
});

describe("Quotas: the strands' duties (SUP-1, SUP-2, SUP-6, OBS-6, CRS-2)", () => {
  let store: MemoryReadStore;
  const doc = (fields: Record<string, unknown>) => fields as unknown as Record<string, unknown>;
  const supervisionAudit = (id: string, auditorId: string, kind: 'CASE' | 'PROFESSIONAL', completedAt: string | null, supervisorRole = 'TEAM_MANAGER') =>
    doc({ id, kind, auditorId, supervisorRole, status: completedAt === null ? 'IN_PROGRESS' : 'COMPLETED', completedAt, escalation: null });
  const check = (id: string, kind: string, planKind: 'CP' | 'LAC', checkedOn: string, recordedAt = `${checkedOn}T16:00:00Z`) =>
    doc({ id, kind, planKind, crsTeamManagerId: 'crs-tm-1', checkedOn, checkedMonth: checkedOn.slice(0, 7), recordedAt });

  beforeEach(async () => {
    store = new MemoryReadStore();
    for (const c of [STAFF_COLLECTION, TEAMS_COLLECTION, SUPERVISION_AUDITS_COLLECTION, SUPERVISION_LEARNING_SUMMARIES_COLLECTION, OBSERVATION_LEARNING_REPORTS_COLLECTION, CRS_QUALITY_CHECKS_COLLECTION]) {
      await store.defineCollection(c);
    }
    await store.commit('fixtures', null, 1n, [
      { collection: STAFF_COLLECTION.name, id: 'hos-1', document: person('hos-1', 'team-a', [{ from: '2020-01-01', role: 'HEAD_OF_SERVICE' }]) },
      { collection: STAFF_COLLECTION.name, id: 'tm-1', document: person('tm-1', 'team-a', [{ from: '2020-01-01', role: 'TEAM_MANAGER' }]) },
      { collection: STAFF_COLLECTION.name, id: 'crs-tm-1', document: person('crs-tm-1', 'team-crs', [{ from: '2020-01-01', role: 'CRS_TEAM_MANAGER' }]) },
      { collection: TEAMS_COLLECTION.name, id: 'team-a', document: team('team-a', 'area-1') },
      // The HoS completed a case audit of a TM's supervision on 5 March and a professional one on 28 March;
      // a second case audit in March does not stand in for anything. The TM completed only a case audit of an AP's.
      { collection: SUPERVISION_AUDITS_COLLECTION.name, id: 'sa-1', document: supervisionAudit('sa-1', 'hos-1', 'CASE', '2026-03-05T10:00:00Z') },
      { collection: SUPERVISION_AUDITS_COLLECTION.name, id: 'sa-2', document: supervisionAudit('sa-2', 'hos-1', 'CASE', '2026-03-06T10:00:00Z') },
      { collection: SUPERVISION_AUDITS_COLLECTION.name, id: 'sa-3', document: supervisionAudit('sa-3', 'hos-1', 'PROFESSIONAL', '2026-03-28T10:00:00Z') },
      { collection: SUPERVISION_AUDITS_COLLECTION.name, id: 'sa-4', document: supervisionAudit('sa-4', 'tm-1', 'CASE', '2026-03-10T10:00:00Z', 'ADVANCED_PRACTITIONER') },
      { collection: SUPERVISION_AUDITS_COLLECTION.name, id: 'sa-5', document: supervisionAudit('sa-5', 'tm-1', 'PROFESSIONAL', null, 'ADVANCED_PRACTITIONER') },
      // SUP-6: Q1 submitted on 30 March; Q2 submitted late, on 3 July; Q3 a draft.
      { collection: SUPERVISION_LEARNING_SUMMARIES_COLLECTION.name, id: 'hos-1-2026-Q1', document: doc({ id: 'hos-1-2026-Q1', headOfServiceId: 'hos-1', quarter: '2026-Q1', status: 'SUBMITTED', submittedAt: '2026-03-30T10:00:00Z' }) },
      { collection: SUPERVISION_LEARNING_SUMMARIES_COLLECTION.name, id: 'hos-1-2026-Q2', document: doc({ id: 'hos-1-2026-Q2', headOfServiceId: 'hos-1', quarter: '2026-Q2', status: 'REVIEWED', submittedAt: '2026-07-03T10:00:00Z' }) },
      { collection: SUPERVISION_LEARNING_SUMMARIES_COLLECTION.name, id: 'hos-1-2026-Q3', document: doc({ id: 'hos-1-2026-Q3', headOfServiceId: 'hos-1', quarter: '2026-Q3', status: 'DRAFT', submittedAt: null }) },
      // OBS-6: the 2025 report submitted on 15 December 2025; none for 2026.
      { collection: OBSERVATION_LEARNING_REPORTS_COLLECTION.name, id: 'hos-1-2025', document: doc({ id: 'hos-1-2025', headOfServiceId: 'hos-1', year: 2025, status: 'SUBMITTED', submittedAt: '2025-12-15T10:00:00Z' }) },
      // CRS-2: in March five of the six; the LAC plan audited on 31 March but recorded on 2 April.
      { collection: CRS_QUALITY_CHECKS_COLLECTION.name, id: 'c-1', document: check('c-1', 'MEETING_OBSERVATION', 'CP', '2026-03-03') },
      { collection: CRS_QUALITY_CHECKS_COLLECTION.name, id: 'c-2', document: check('c-2', 'MEETING_OBSERVATION', 'LAC', '2026-03-04') },
      { collection: CRS_QUALITY_CHECKS_COLLECTION.name, id: 'c-3', document: check('c-3', 'MINUTES_AUDIT', 'CP', '2026-03-10') },
      { collection: CRS_QUALITY_CHECKS_COLLECTION.name, id: 'c-4', document: check('c-4', 'MINUTES_AUDIT', 'LAC', '2026-03-11') },
      { collection: CRS_QUALITY_CHECKS_COLLECTION.name, id: 'c-5', document: check('c-5', 'PLAN_AUDIT', 'CP', '2026-03-12') },
      { collection: CRS_QUALITY_CHECKS_COLLECTION.name, id: 'c-6', document: check('c-6', 'PLAN_AUDIT', 'LAC', '2026-03-31', '2026-04-02T09:00:00Z') },
    ]);
  });

  describe('When a month is read for the supervision audits (SUP-1, SUP-2)', () => {
    it('should owe the HoS (SUP-1) and the TM (SUP-2) one case and one professional audit each, counting kinds completed in the month', async () => {
      const report = await quotaReport(store, QUOTA_RULES, { period: '2026-03', asOf: new Date('2026-04-01T09:00:00Z'), filter: { rules: ['SUP-1', 'SUP-2'] } });
      expect(report.lines.map(row)).toEqual([
        ['SUP-1', 'hos-1', '2026-03', 2, 2, 0, 'MET'],
        ['SUP-2', 'tm-1', '2026-03', 2, 1, 1, 'MISSED'],
      ]);
      expect(report.lines[0]!.evidence).toEqual(['sa-1', 'sa-3']);
    });

    it('should count only what was completed by asOf (SUP-1): one kind done with a week to go is at risk', async () => {
      const report = await quotaReport(store, QUOTA_RULES, { period: '2026-03', asOf: new Date('2026-03-26T09:00:00Z'), filter: { rules: ['SUP-1'] } });
      expect(report.lines.map(row)).toEqual([['SUP-1', 'hos-1', '2026-03', 2, 1, 1, 'AT_RISK']]);
    });
  });

  describe('When a year is read for the quarterly summaries (SUP-6)', () => {
    it('should owe a summary each quarter, due its last day: one submitted after it, or still a draft, is missed', async () => {
      const report = await quotaReport(store, QUOTA_RULES, { period: '2026', asOf: new Date('2026-10-05T09:00:00Z'), filter: { rules: ['SUP-6'] } });
      expect(report.lines.map((l) => [...row(l), l.dueDate])).toEqual([
        ['SUP-6', 'hos-1', '2026-Q1', 1, 1, 0, 'MET', '2026-03-31'],
        ['SUP-6', 'hos-1', '2026-Q2', 1, 0, 1, 'MISSED', '2026-06-30'],
        ['SUP-6', 'hos-1', '2026-Q3', 1, 0, 1, 'MISSED', '2026-09-30'],
        ['SUP-6', 'hos-1', '2026-Q4', 1, 0, 1, 'DUE', '2026-12-31'],
      ]);
    });
  });

  describe('When years are read for the observation learning report (OBS-6)', () => {
    it('should owe one report a year, due 31 December', async () => {
      const y2025 = await quotaReport(store, QUOTA_RULES, { period: '2025', asOf: new Date('2026-01-10T09:00:00Z'), filter: { rules: ['OBS-6'] } });
      expect(y2025.lines.map(row)).toEqual([['OBS-6', 'hos-1', '2025', 1, 1, 0, 'MET']]);
      expect(y2025.lines[0]).toMatchObject({ dueDate: '2025-12-31', evidence: ['hos-1-2025'] });
      const y2026 = await quotaReport(store, QUOTA_RULES, { period: '2026', asOf: new Date('2027-01-10T09:00:00Z'), filter: { rules: ['OBS-6'] } });
      expect(y2026.lines.map(row)).toEqual([['OBS-6', 'hos-1', '2026', 1, 0, 1, 'MISSED']]);
    });
  });

  describe('When a month is read for the CRS team manager (CRS-2)', () => {
    it('should count the six requirements met, each check in the month it was done, as recorded by asOf', async () => {
      const onFirst = await quotaReport(store, QUOTA_RULES, { period: '2026-03', asOf: new Date('2026-04-01T09:00:00Z'), filter: { rules: ['CRS-2'] } });
      expect(onFirst.lines.map(row)).toEqual([['CRS-2', 'crs-tm-1', '2026-03', 6, 5, 1, 'MISSED']]);
      const later = await quotaReport(store, QUOTA_RULES, { period: '2026-03', asOf: new Date('2026-04-03T09:00:00Z'), filter: { rules: ['CRS-2'] } });
      expect(later.lines.map(row)).toEqual([['CRS-2', 'crs-tm-1', '2026-03', 6, 6, 0, 'MET']]);
      expect(later.lines[0]!.evidence).toEqual(['c-1', 'c-2', 'c-3', 'c-4', 'c-5', 'c-6']);
    });
  });

  describe('When a month is read for compliance audits before supervision (CFA-4)', () => {
    it('should count, per supervision, the audits completed since the supervisee\'s previous supervision, read month by month', async () => {
      const session = (id: string, date: string) =>
        withMonth({ id, supervisorId: 'tm-1', superviseeId: 'sw-3', date, status: 'HELD' } as unknown as SupervisionSessionDocument) as unknown as Record<string, unknown>;
      const compliance = (id: string, completedOn: string) =>
        withCompletedMonth({ id, auditorId: 'tm-1', superviseeId: 'sw-3', status: 'COMPLETED', completedOn, completedAt: `${completedOn}T12:00:00Z`, azeusNumber: 'AZ-1', teamId: 'team-a', supervisionDate: '2026-03-18' } as unknown as ComplianceAuditDocument) as unknown as Record<string, unknown>;
      for (const c of [STAFF_COLLECTION, TEAMS_COLLECTION, COMPLIANCE_AUDITS_COLLECTION, SUPERVISION_SESSIONS_COLLECTION]) await store.defineCollection(c);
      await store.commit('cfa-4', null, 2n, [
        { collection: STAFF_COLLECTION.name, id: 'tm-1', document: person('tm-1', 'team-a', [{ from: '2020-01-01', role: 'TEAM_MANAGER' }]) },
        { collection: STAFF_COLLECTION.name, id: 'sw-3', document: person('sw-3', 'team-a', [{ from: '2020-01-01', role: 'SOCIAL_WORKER' }]) },
        // Supervisions of sw-3 on 12 January and 18 March; audits before January's, in February, and in March.
        { collection: SUPERVISION_SESSIONS_COLLECTION.name, id: 's-jan', document: session('s-jan', '2026-01-12') },
        { collection: SUPERVISION_SESSIONS_COLLECTION.name, id: 's-mar', document: session('s-mar', '2026-03-18') },
        { collection: COMPLIANCE_AUDITS_COLLECTION.name, id: 'c-dec', document: compliance('c-dec', '2025-12-20') },
        { collection: COMPLIANCE_AUDITS_COLLECTION.name, id: 'c-feb', document: compliance('c-feb', '2026-02-03') },
        { collection: COMPLIANCE_AUDITS_COLLECTION.name, id: 'c-mar', document: compliance('c-mar', '2026-03-16') },
      ]);
      const march = await quotaReport(store, QUOTA_RULES, { period: '2026-03', asOf: new Date('2026-04-01T09:00:00Z'), filter: { rules: ['CFA-4'] } });
      expect(march.lines.map(row)).toEqual([['CFA-4', 'tm-1', '2026-03', 2, 2, 0, 'MET']]);
      expect(march.lines[0]!.evidence).toEqual(['c-feb', 'c-mar']);
      expect(march.lines[0]!.dueDate).toBe('2026-03-18');
    });
  });

  describe('When every rule is read for a month', () => {
    it('should list each person only under the rules of their role (OBS-1/2/3 are in the overdue view, not here)', async () => {
      await store.defineCollection(CASE_FILE_AUDITS_COLLECTION);
      await store.defineCollection(COMPLIANCE_AUDITS_COLLECTION);
      await store.defineCollection(SUPERVISION_SESSIONS_COLLECTION);
      await store.defineCollection(THEMATIC_AUDIT_ALLOWANCES_COLLECTION);
      await store.defineCollection(MEETING_OBSERVATIONS_COLLECTION);
      const report = await quotaReport(store, QUOTA_RULES, { period: '2026-03', asOf: new Date('2026-04-05T09:00:00Z') });
      expect([...new Set(report.lines.map((l) => `${l.staffId}:${l.rule}`))].sort()).toEqual([
        'crs-tm-1:CRS-2',
        'hos-1:MTG-1',
        'hos-1:OBS-6',
        'hos-1:SUP-1',
        'hos-1:SUP-6',
        'tm-1:CFA-2',
        'tm-1:CFA-3',
        'tm-1:CFA-4',
        'tm-1:SUP-2',
      ]);
      expect(QUOTA_RULES.map((r) => r.rule).filter((id) => ['OBS-1', 'OBS-2', 'OBS-3'].includes(id))).toEqual([]);
    });
  });
});

describe('Given two months, when the months from one to the other are listed (the keys of a month index)', () => {
  it('should list each month once, across a year end, inclusive of both', () => {
    expect(monthsFromTo('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsFromTo('2026-03', '2026-03')).toEqual(['2026-03']);
  });

  it('should list nothing when the first comes after the last', () => {
    expect(monthsFromTo('2026-04', '2026-03')).toEqual([]);
  });
});

import type { INestApplication } from '@nestjs/common';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { dataOf, givenStaff, graphql, receiptClient, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';

const CP_CHAIR = 'staff-cpchair-0003';
const IRO = 'staff-iro-0005';
const CRS_TM = 'staff-crstm-0001';
const TM = 'staff-tm-0007';
const SW = 'staff-sw-0042';

const client = receiptClient({
  submitMonitoringForm: 'SubmitMonitoringFormInput',
  recordMonitoringFormUsedInSupervision: 'RecordMonitoringFormUsedInSupervisionInput',
  recordMidwayReview: 'RecordMidwayReviewInput',
  recordCrsMeetingObservation: 'RecordCrsMeetingObservationInput',
  recordCrsMinutesAudit: 'RecordCrsMinutesAuditInput',
  recordCrsPlanAudit: 'RecordCrsPlanAuditInput',
  recordCrsFeedbackGivenToChair: 'RecordCrsFeedbackGivenToChairInput',
});

/** Dates relative to the server's clock: the domain refuses meetings, reviews and audits in the future. */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}
const MONTH = day(0).slice(0, 7);

const rated = (rating: string, comments: string) => ({ rating, comments });

/** Polls until `probe` answers non-null (the service raises agreed actions in the background), at most 5 s. */
async function eventually<T>(probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const found = await probe();
    if (found !== null) return found;
    if (Date.now() > deadline) throw new Error('Not raised within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function form(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    meetingType: 'CP_CONFERENCE_REVIEW',
    meetingDate: day(0),
    nextMeetingDate: day(91),
    azeusNumber: 'AZ-300001',
    socialWorkerId: SW,
    teamManagerId: TM,
    teamId: 'team-north-1',
    preparation: rated('GOOD', 'Report shared with the family in time'),
    assessment: rated('REQUIRES_IMPROVEMENT', "Father's history not analysed"),
    plan: rated('GOOD', 'Outcomes clear'),
    concerns: { raised: true, details: 'No visits for six weeks', escalationRoute: 'FORMAL' },
    ...overrides,
  };
}

const minutes = {
  qualityOfMinutes: rated('GOOD', 'Circulated in time'),
  multiAgencyInputAndDecisionMaking: rated('GOOD', 'Health and school views recorded'),
  childCentredPlanning: rated('OUTSTANDING', "The child's words used"),
};
const plan = {
  robust: rated('GOOD', 'Contingency set out'),
  smart: rated('REQUIRES_IMPROVEMENT', 'Two actions have no timescale'),
  childCentred: rated('GOOD', 'Outcomes for the child'),
};
const feedback = { feedbackForChair: 'Name the new partner as a risk', feedbackForWiderTeams: 'Every action needs a timescale' };

const FORM_FIELDS = `id meetingType planKind meetingDate nextMeetingDate azeusNumber socialWorkerId teamManagerId chairId chairRole
  preparation { rating comments } assessment { rating comments } plan { rating comments }
  concerns { raised details escalationRoute escalationId } usedInSupervision { supervisionDate notes } revision`;

describe('Conference and Review Service quality assurance over GraphQL (CRS-2, CRS-3, CRS-4)', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let store: EventStore;
  let chair: string;
  let iro: string;
  let crsTm: string;
  let tm: string;
  let sw: string;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    store = app.get<EventStore>(EVENT_STORE);
    await givenStaff(app, { [CP_CHAIR]: 'CP_CHAIR', [IRO]: 'IRO', [CRS_TM]: 'CRS_TEAM_MANAGER', [TM]: 'TEAM_MANAGER', [SW]: 'SOCIAL_WORKER' });
    [chair, iro, crsTm, tm, sw] = await Promise.all([
      tokenFor(CP_CHAIR, 'CP_CHAIR'),
      tokenFor(IRO, 'IRO'),
      tokenFor(CRS_TM, 'CRS_TEAM_MANAGER'),
      tokenFor(TM, 'TEAM_MANAGER'),
      tokenFor(SW, 'SOCIAL_WORKER'),
    ]);
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  async function query<T = any>(token: string, text: string, variables: Record<string, unknown> = {}): Promise<T> {
    return dataOf(await graphql<T>(app, text, variables, token));
  }

  describe('When a CP chair submits the monitoring form after a CP conference (CRS-3)', () => {
    let formId: string;
    let position: string | null;

    beforeAll(async () => {
      const receipt = await client.run(app, chair, 'submitMonitoringForm', form());
      formId = receipt.id;
      position = receipt.position;
    });

    it('should read back the form field for field with its concerns escalated formally (CRS-3)', async () => {
      const { monitoringForm } = await query(tm, `query($id: ID!, $p: String) { monitoringForm(id: $id, atLeastPosition: $p) { ${FORM_FIELDS} } }`, {
        id: formId,
        p: position,
      });
      expect(monitoringForm).toEqual({
        id: formId,
        meetingType: 'CP_CONFERENCE_REVIEW',
        planKind: 'CP',
        meetingDate: day(0),
        nextMeetingDate: day(91),
        azeusNumber: 'AZ-300001',
        socialWorkerId: SW,
        teamManagerId: TM,
        chairId: CP_CHAIR,
        chairRole: 'CP_CHAIR',
        preparation: { rating: 'GOOD', comments: 'Report shared with the family in time' },
        assessment: { rating: 'REQUIRES_IMPROVEMENT', comments: "Father's history not analysed" },
        plan: { rating: 'GOOD', comments: 'Outcomes clear' },
        concerns: { raised: true, details: 'No visits for six weeks', escalationRoute: 'FORMAL', escalationId: null },
        usedInSupervision: [],
        revision: 0,
      });
    });

    it("should be visible to the social worker's team manager, who records using it in supervision (CRS-3)", async () => {
      const used = await client.run(app, tm, 'recordMonitoringFormUsedInSupervision', { formId, supervisionDate: day(0), notes: 'Discussed visiting' });
      const { monitoringForms } = await query(tm, 'query($f: MonitoringFormFilter, $p: String) { monitoringForms(filter: $f, atLeastPosition: $p) { id usedInSupervision { supervisionDate } } }', {
        f: { teamManagerId: TM },
        p: used.position,
      });
      expect(monitoringForms).toEqual([{ id: formId, usedInSupervision: [{ supervisionDate: day(0) }] }]);
    });

    it('should refuse a second form for the same meeting (CRS-3)', async () => {
      const refused = await client.mutate(app, chair, 'submitMonitoringForm', form());
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'CRS_MONITORING_FORM.ALREADY_SUBMITTED', rule: 'CRS-3' });
    });

    it('should refuse a form from anyone but an independent chair (CRS-3)', async () => {
      const refused = await client.mutate(app, sw, 'submitMonitoringForm', form({ azeusNumber: 'AZ-300999' }));
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'ACCESS.ROLE_NOT_PERMITTED' });
    });

    it('should refuse concerns raised without an escalation route, naming the field, and record nothing (CRS-3, CRS-1)', async () => {
      const before = await store.headPosition();
      const refused = await client.mutate(app, chair, 'submitMonitoringForm', form({ azeusNumber: 'AZ-300002', concerns: { raised: true, details: 'Drift' } }));
      expect(refused.errors?.[0]).toMatchObject({
        message: expect.stringContaining('concerns.escalationRoute'),
        extensions: { code: 'BAD_USER_INPUT', errorCode: 'CRS_MONITORING_FORM.CONCERNS_INCOMPLETE', field: 'concerns.escalationRoute', rule: 'CRS-1' },
      });
      expect(await store.headPosition()).toBe(before);
    });
  });

  describe('When a conference set the next one and the midway review is not yet held (CRS-3)', () => {
    const azeusNumber = 'AZ-300003';
    let position: string | null;

    beforeAll(async () => {
      // 60 days ago to 20 days ahead: due at the midpoint 20 days ago, overdue after 13 days ago.
      const receipt = await client.run(app, iro, 'submitMonitoringForm', form({
        azeusNumber,
        meetingType: 'LAC_REVIEW',
        meetingDate: day(-60),
        nextMeetingDate: day(20),
        concerns: { raised: false },
      }));
      position = receipt.position;
    });

    const owed = (p: string | null) =>
      query(iro, 'query($c: ID, $p: String) { midwayReviewsOwed(chairId: $c, atLeastPosition: $p) { azeusNumber planKind previousMeetingDate nextMeetingDate dueOn overdueAfter overdue } }', {
        c: IRO,
        p,
      }).then((data) => data.midwayReviewsOwed);

    it('should be owed at the midpoint and overdue after the tolerance (CRS-3)', async () => {
      expect(await owed(position)).toEqual([
        { azeusNumber, planKind: 'LAC', previousMeetingDate: day(-60), nextMeetingDate: day(20), dueOn: day(-20), overdueAfter: day(-13), overdue: true },
      ]);
    });

    it('should be held with drift found and an action agreed, and no longer owed (CRS-3)', async () => {
      const held = await client.run(app, iro, 'recordMidwayReview', {
        planKind: 'LAC',
        azeusNumber,
        socialWorkerId: SW,
        teamManagerId: TM,
        previousMeetingDate: day(-60),
        nextMeetingDate: day(20),
        heldOn: day(0),
        planProgression: { progression: 'NOT_PROGRESSING', comments: 'Placement plan not reviewed' },
        driftOrDelay: { found: true, details: 'Permanence planning meeting not held' },
        concerns: { raised: true, details: 'Drift in permanence planning', escalationRoute: 'INFORMAL' },
        agreedActions: [{ description: 'Hold the permanence planning meeting', ownerId: SW, managerId: TM, timescale: day(14) }],
      });
      const { midwayReview } = await query(iro, `query($id: ID!, $p: String) { midwayReview(id: $id, atLeastPosition: $p) {
          id planKind dueOn heldOn heldOnTime planProgression { progression } driftOrDelay { found details }
          concerns { raised escalationRoute } agreedActions { actionId ownerId managerId timescale } } }`, { id: held.id, p: held.position });
      expect(midwayReview).toMatchObject({
        planKind: 'LAC',
        dueOn: day(-20),
        heldOn: day(0),
        heldOnTime: false,
        planProgression: { progression: 'NOT_PROGRESSING' },
        driftOrDelay: { found: true, details: 'Permanence planning meeting not held' },
        concerns: { raised: true, escalationRoute: 'INFORMAL' },
        agreedActions: [{ actionId: expect.any(String), ownerId: SW, managerId: TM, timescale: day(14) }],
      });
      expect(await owed(held.position)).toEqual([]);

      // CFA-7: the service raises the agreed action as a remedial action of the midway review.
      const remedial = await eventually(async () => {
        const { remedialActions } = await query(tm, 'query($f: RemedialActionFilter) { remedialActions(filter: $f) { id source { kind id } ownerId managerId azeusNumber timescale } }', {
          f: { sourceId: held.id, sourceKind: 'MIDWAY_REVIEW' },
        });
        return remedialActions.length === 1 ? remedialActions : null;
      });
      expect(remedial).toEqual([
        { id: midwayReview.agreedActions[0].actionId, source: { kind: 'MIDWAY_REVIEW', id: held.id }, ownerId: SW, managerId: TM, azeusNumber, timescale: day(14) },
      ]);
    });

    it('should refuse a second midway review for the same interval, and an action managed by its owner (CRS-3, CFA-7)', async () => {
      const base = {
        planKind: 'LAC', azeusNumber, socialWorkerId: SW, teamManagerId: TM, previousMeetingDate: day(-60), nextMeetingDate: day(20), heldOn: day(0),
        planProgression: { progression: 'PROGRESSING', comments: 'x' }, driftOrDelay: { found: false }, concerns: { raised: false },
      };
      const again = await client.mutate(app, iro, 'recordMidwayReview', base);
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'MIDWAY_REVIEW.ALREADY_RECORDED' });
      const selfManaged = await client.mutate(app, iro, 'recordMidwayReview', {
        ...base,
        azeusNumber: 'AZ-300004',
        agreedActions: [{ description: 'x', ownerId: SW, managerId: SW, timescale: day(7) }],
      });
      expect(selfManaged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agreedActions[0].managerId', rule: 'CFA-7' });
    });
  });

  describe("When the CRS team manager does some of the month's checks (CRS-2)", () => {
    let last: string | null;

    beforeAll(async () => {
      const observed = await client.run(app, crsTm, 'recordCrsMeetingObservation', {
        meetingType: 'CP_CONFERENCE_INITIAL',
        meetingDate: day(0),
        azeusNumber: 'AZ-300001',
        chairId: CP_CHAIR,
        observation: {
          robustChairing: rated('GOOD', 'Kept to the agenda'),
          safeguardingIssuesAddressed: rated('REQUIRES_IMPROVEMENT', 'New partner not discussed'),
          plansProgressing: rated('GOOD', 'Core group meeting monthly'),
        },
        minutesAudit: minutes,
        planAudit: plan,
        ...feedback,
      });
      await client.run(app, crsTm, 'recordCrsMinutesAudit', { meetingType: 'LAC_REVIEW', meetingDate: day(0), azeusNumber: 'AZ-300003', chairId: IRO, auditedOn: day(0), judgements: minutes, ...feedback });
      await client.run(app, crsTm, 'recordCrsPlanAudit', { planKind: 'CP', azeusNumber: 'AZ-300001', planDate: day(0), chairId: CP_CHAIR, auditedOn: day(0), judgements: plan, ...feedback });
      const lac = await client.run(app, crsTm, 'recordCrsPlanAudit', { planKind: 'LAC', azeusNumber: 'AZ-300003', planDate: day(0), chairId: IRO, auditedOn: day(0), judgements: plan, ...feedback });
      const fed = await client.run(app, crsTm, 'recordCrsFeedbackGivenToChair', { checkId: observed.id, supervisionDate: day(0) });
      last = fed.position ?? lac.position;
    });

    it('should give the duty with the LAC review observation and the CP conference minutes missing (CRS-2)', async () => {
      const { crsTeamManagerDuty } = await query(crsTm, 'query($id: ID!, $m: String!, $p: String) { crsTeamManagerDuty(crsTeamManagerId: $id, month: $m, atLeastPosition: $p) { month requirements { requirement done met } met missing allMet } }', {
        id: CRS_TM,
        m: MONTH,
        p: last,
      });
      expect(crsTeamManagerDuty).toMatchObject({
        month: MONTH,
        met: ['OBSERVE_CP_CONFERENCE', 'AUDIT_LAC_REVIEW_MINUTES', 'AUDIT_CP_PLAN', 'AUDIT_LAC_PLAN'],
        missing: ['OBSERVE_LAC_REVIEW', 'AUDIT_CP_CONFERENCE_MINUTES'],
        allMet: false,
      });
      expect(crsTeamManagerDuty.requirements).toHaveLength(6);
    });

    it('should read back the observation with its nine judged criteria and the feedback given to the chair (CRS-2)', async () => {
      const { crsQualityChecks } = await query(crsTm, 'query($f: CrsQualityCheckFilter, $p: String) { crsQualityChecks(filter: $f, atLeastPosition: $p) { kind chairId feedbackGivenToChairOn judgements { section criterion rating } } }', {
        f: { crsTeamManagerId: CRS_TM, kind: 'MEETING_OBSERVATION' },
        p: last,
      });
      expect(crsQualityChecks).toHaveLength(1);
      expect(crsQualityChecks[0]).toMatchObject({ kind: 'MEETING_OBSERVATION', chairId: CP_CHAIR, feedbackGivenToChairOn: day(0) });
      expect(crsQualityChecks[0].judgements).toHaveLength(9);
      expect(crsQualityChecks[0].judgements[1]).toEqual({ section: 'OBSERVATION', criterion: 'SAFEGUARDING_ISSUES_ADDRESSED', rating: 'REQUIRES_IMPROVEMENT' });
    });

    it('should refuse an observation by a team manager who is not the CRS team manager (CRS-2)', async () => {
      const refused = await client.mutate(app, tm, 'recordCrsPlanAudit', { planKind: 'CP', azeusNumber: 'AZ-1', planDate: day(0), chairId: CP_CHAIR, auditedOn: day(0), judgements: plan, ...feedback });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'ACCESS.ROLE_NOT_PERMITTED' });
    });

    it('should refuse a plan audit missing a judged criterion at the edge, naming the field (CRS-2)', async () => {
      const refused = await client.mutate(app, crsTm, 'recordCrsPlanAudit', {
        planKind: 'CP', azeusNumber: 'AZ-1', planDate: day(0), chairId: CP_CHAIR, auditedOn: day(0), judgements: { robust: plan.robust, childCentred: plan.childCentred }, ...feedback,
      });
      expect(refused.errors?.[0]?.message).toContain('smart');
    });
  });

  describe('When the month is summarised for the QA overview (CRS-4)', () => {
    it('should count monitoring forms by meeting type and concerns, midway reviews held and with drift, and duties met (CRS-4)', async () => {
      const head = await store.headPosition();
      const { crsMonthlySummary } = await query(crsTm, `query($m: String!, $p: String) { crsMonthlySummary(month: $m, atLeastPosition: $p) {
          month
          monitoringForms { total withConcerns escalatedFormally escalatedInformally usedInSupervision byMeetingType { meetingType count withConcerns } ratings { section good requiresImprovement } }
          midwayReviews { held heldOnTime withDriftOrDelay withConcerns planNotProgressing actionsAgreed }
          crsTeamManagerDuties { crsTeamManagerId allMet } crsTeamManagerDutiesMet } }`, { m: MONTH, p: String(head) });
      expect(crsMonthlySummary.month).toBe(MONTH);
      // The LAC review 60 days ago reports in its own month; today's CP conference in this one.
      expect(crsMonthlySummary.monitoringForms).toMatchObject({ total: 1, withConcerns: 1, escalatedFormally: 1, escalatedInformally: 0, usedInSupervision: 1 });
      expect(crsMonthlySummary.monitoringForms.byMeetingType).toEqual([
        { meetingType: 'CP_CONFERENCE_INITIAL', count: 0, withConcerns: 0 },
        { meetingType: 'CP_CONFERENCE_REVIEW', count: 1, withConcerns: 1 },
        { meetingType: 'LAC_REVIEW', count: 0, withConcerns: 0 },
      ]);
      expect(crsMonthlySummary.monitoringForms.ratings[1]).toEqual({ section: 'assessment', good: 0, requiresImprovement: 1 });
      expect(crsMonthlySummary.midwayReviews).toEqual({ held: 1, heldOnTime: 0, withDriftOrDelay: 1, withConcerns: 1, planNotProgressing: 1, actionsAgreed: 1 });
      expect(crsMonthlySummary.crsTeamManagerDuties).toEqual([{ crsTeamManagerId: CRS_TM, allMet: false }]);
      expect(crsMonthlySummary.crsTeamManagerDutiesMet).toBe(0);
    });

    it('should refuse a month that is not YYYY-MM (CRS-4)', async () => {
      const refused = await graphql(app, 'query { crsMonthlySummary(month: "2025-13") { month } }', {}, crsTm);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
    });
  });
});

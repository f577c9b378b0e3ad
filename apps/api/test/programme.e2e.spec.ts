import type { INestApplication } from '@nestjs/common';
import type { Role } from '../../../libs/domain/src/index.js';
import { familyAnswers, keyInformation, PEN_PICTURE } from '../../../libs/domain/src/testing/case-file-audit.fixtures.js';
import { readDipSample, run as runDipSample } from '../src/dip-samples/testing/dip-sample.client.js';
import type { NotificationServices } from '../src/notifications/notification-services.js';
import { NOTIFICATIONS } from '../src/notifications/notifications.providers.js';
import { CASELOAD_CSV, FIXTURE_EFFECTIVE_FROM, STAFF_CSV } from '../src/people/testing/people-fixtures.js';
import {
  HOUR_MS,
  after,
  dayFromToday,
  eventually,
  listImmediateEscalations,
  readImmediateEscalation,
  readRemedialAction,
  run as runAction,
} from '../src/remedial-actions/testing/remedial-action.client.js';
import { RedisReadStore } from '../../../libs/read-store/src/redis/redis-read-store.js';
import { describeWithRedis, redisTestUrl, uniqueTestPrefix } from '../../../libs/read-store/src/testing/redis-test-support.js';
import type { Environment } from '../../../libs/config/src/config.js';
import { dataOf, givenStaff, graphql, staffRows, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';
import { readAudit, run as runAudit } from './case-file-audit.client.js';

/**
 * The year's programme from end to end (issue 3): from the staff and caseload files to the drawn,
 * allocated sample (CFA-1, CFA-2, CFA-6), an audit of a sampled case done, escalated (CFA-13),
 * moderated (CFA-9) and dip-sampled (CFA-11), and its remedial actions followed from raised to
 * verified with their 48-hour clocks (CFA-7); then the draw re-run from its recorded seed.
 * Each service runs on its own temp SQLite file, with the in-memory read store and again with
 * Redis, driven over GraphQL as a front end would.
 */

// A sample is allocated only during its year (CFA-6), so the programme is the current year's.
const YEAR = new Date().getUTCFullYear();
const SEED = 'programme-e2e-board-minute-12';
const FRACTION = 0.5;

const IMPORT_STAFF = `mutation ($csv: String!, $from: String) { importStaff(csv: $csv, effectiveFrom: $from) { eventsAppended position } }`;
const IMPORT_CASELOAD = `mutation ($csv: String!, $from: String) { importCaseload(csv: $csv, effectiveFrom: $from) { eventsAppended position } }`;
const DRAW = `mutation ($year: Int!, $seed: String, $fraction: Float) { drawAnnualSample(year: $year, seed: $seed, fraction: $fraction) { seed position } }`;
const ALLOCATE = `mutation ($year: Int!) { allocateAnnualSample(year: $year) { position } }`;
const SAMPLE = `query ($year: Int!, $atLeastPosition: String) { annualSample(year: $year, atLeastPosition: $atLeastPosition) { status seed frameFingerprint cases { azeusNumber } } }`;
const ALLOCATION = /* GraphQL */ `
  query ($year: Int, $atLeastPosition: String) {
    annualSampleAllocation(year: $year, atLeastPosition: $atLeastPosition) { azeusNumber teamId auditorId dueDate allocatedWorkerId }
  }
`;
const STAFF = `query ($atLeastPosition: String) { staff(filter: { includeLeft: true }, atLeastPosition: $atLeastPosition) { staffId name role lineManagerId } }`;
const VERIFY = `query ($year: Int!) { verifyAnnualSample(year: $year) { valid drawValid allocationValid problems } }`;
const WORK_LIST = /* GraphQL */ `
  query ($atLeastPosition: String) {
    workList(atLeastPosition: $atLeastPosition) { staffId items { kind id status azeusNumber due overdue inProgress } }
  }
`;

type AllocationRow = { azeusNumber: string; teamId: string; auditorId: string; dueDate: string; allocatedWorkerId: string | null };
type StaffRow = { staffId: string; name: string; role: Role; lineManagerId: string | null };

const SQA_MANAGER = 'sqam-001';
const SQA_OFFICER = 'sqao-001';
const HEAD_OF_SERVICE = 'hos-001';

/** Imports both files; answers the staff file's position, to read the staff back at. */
async function importFiles(app: INestApplication, token: string): Promise<string> {
  await givenStaff(app, staffRows(STAFF_CSV, ['dir-001', 'co-001', 'sqam-001']), { effectiveFrom: FIXTURE_EFFECTIVE_FROM });
  const staffImport = dataOf(await graphql(app, IMPORT_STAFF, { csv: STAFF_CSV, from: FIXTURE_EFFECTIVE_FROM }, token)).importStaff;
  dataOf(await graphql(app, IMPORT_CASELOAD, { csv: CASELOAD_CSV, from: FIXTURE_EFFECTIVE_FROM }, token));
  return staffImport.position;
}

async function drawnCases(app: INestApplication, token: string): Promise<{ seed: string; fingerprint: string; cases: string[] }> {
  const receipt = dataOf(await graphql(app, DRAW, { year: YEAR, seed: SEED, fraction: FRACTION }, token)).drawAnnualSample;
  const sample = dataOf(await graphql(app, SAMPLE, { year: YEAR, atLeastPosition: receipt.position }, token)).annualSample;
  return { seed: sample.seed, fingerprint: sample.frameFingerprint, cases: sample.cases.map((c: { azeusNumber: string }) => c.azeusNumber) };
}

/** Where a service keeps its read models: the environment for a service on a given SQLite file, and how to clean up after it. */
interface ReadStoreChoice {
  readonly label: string;
  readonly describe: jest.Describe;
  environment(sqlitePath: string): Environment;
  cleanUp(): Promise<void>;
}

const memory: ReadStoreChoice = {
  label: 'SQLite + memory read store',
  describe,
  environment: (sqlitePath) => ({ SQLITE_PATH: sqlitePath }),
  cleanUp: async () => {},
};

// Redis is shared: each service of this run uses its own key prefix, and only those keys are deleted.
const redisPrefixes: string[] = [];
const redis: ReadStoreChoice = {
  label: 'SQLite + Redis read store',
  describe: await describeWithRedis('The programme on Redis'),
  environment: (sqlitePath) => {
    const prefix = uniqueTestPrefix('programme-e2e');
    redisPrefixes.push(prefix);
    return { SQLITE_PATH: sqlitePath, READ_STORE: 'redis', REDIS_URL: redisTestUrl, REDIS_KEY_PREFIX: prefix };
  },
  cleanUp: async () => {
    for (const prefix of redisPrefixes.splice(0)) {
      const cleaner = await RedisReadStore.connect({ url: redisTestUrl, keyPrefix: prefix });
      await cleaner.deleteAllKeys();
      await cleaner.close();
    }
  },
};

for (const store of [memory, redis]) describeProgramme(store);

function describeProgramme(store: ReadStoreChoice): void {
  store.describe(`The year's quality assurance programme, from the staff and caseload files to verified remedial actions (${store.label})`, () => {
    const db = tempSqlitePath();
    let app: INestApplication;
    let sqaManager: string;
    let sqaOfficer: string;
    let headOfService: string;
    let staff: Map<string, StaffRow>;
    let drawn: { seed: string; fingerprint: string; cases: string[] };
    let allocation: AllocationRow[];
    let allocatedAt: string;
    // The sampled case followed through the programme, its auditor, worker and team manager.
    let sampled: AllocationRow;
    let auditor: string;
    let workerId: string;
    let worker: string;
    let managerId: string;
    let manager: string;
    let auditId: string;
    let submittedAt: string;

    beforeAll(async () => {
      app = await startApp(store.environment(db.path));
      sqaManager = await tokenFor(SQA_MANAGER, 'SQA_MANAGER');
      sqaOfficer = await tokenFor(SQA_OFFICER, 'SQA_OFFICER');
      headOfService = await tokenFor(HEAD_OF_SERVICE, 'HEAD_OF_SERVICE');
    });

    afterAll(async () => {
      await app?.close();
      await store.cleanUp();
      db.remove();
    });

    describe('Given the staff and caseload files imported by S&QA', () => {
      it('should know the staff and their line managers', async () => {
        const imported = await importFiles(app, sqaManager);
        const rows: StaffRow[] = dataOf(await graphql(app, STAFF, { atLeastPosition: imported }, sqaManager)).staff;
        staff = new Map(rows.map((s) => [s.staffId, s]));
        expect(staff.get(SQA_OFFICER)).toMatchObject({ role: 'SQA_OFFICER' });
        expect(staff.get(HEAD_OF_SERVICE)).toMatchObject({ role: 'HEAD_OF_SERVICE' });
      });
    });

    describe("When S&QA draws the year's sample with a recorded seed and allocates it (CFA-1, CFA-2, CFA-6)", () => {
      beforeAll(async () => {
        drawn = await drawnCases(app, sqaManager);
        allocatedAt = dataOf(await graphql(app, ALLOCATE, { year: YEAR }, sqaManager)).allocateAnnualSample.position;
        allocation = dataOf(await graphql(app, ALLOCATION, { year: YEAR, atLeastPosition: allocatedAt }, sqaManager)).annualSampleAllocation;
      });

      it('should give every drawn case an auditor and a due date in the year', () => {
        expect(drawn.seed).toBe(SEED);
        expect(drawn.cases.length).toBeGreaterThan(0);
        expect(allocation.map((r) => r.azeusNumber).sort()).toEqual([...drawn.cases].sort());
        for (const row of allocation) expect(row.dueDate.startsWith(`${YEAR}-`)).toBe(true);
      });

      it('should re-run the recorded draw and allocation to what is recorded', async () => {
        expect(dataOf(await graphql(app, VERIFY, { year: YEAR }, sqaManager)).verifyAnnualSample).toEqual({
          valid: true,
          drawValid: true,
          allocationValid: true,
          problems: [],
        });
      });
    });

    describe('When the auditor of a sampled case reads their work list (CFA-1, CFA-6)', () => {
      beforeAll(async () => {
        // A case with an allocated worker, audited by a team manager: the worker and their team
        // manager are named in section 1, and own the actions and the escalation.
        sampled = allocation.find((r) => r.allocatedWorkerId !== null && staff.get(r.auditorId)?.role === 'TEAM_MANAGER')!;
        expect(sampled).toBeDefined();
        workerId = sampled.allocatedWorkerId!;
        let up = staff.get(workerId)?.lineManagerId ?? null;
        while (up !== null && staff.get(up)?.role !== 'TEAM_MANAGER') up = staff.get(up)?.lineManagerId ?? null;
        managerId = up!;
        auditor = await tokenFor(sampled.auditorId, 'TEAM_MANAGER');
        worker = await tokenFor(workerId, staff.get(workerId)!.role);
        manager = await tokenFor(managerId, 'TEAM_MANAGER');
      });

      it('should show the case to audit with its due date, not overdue today', async () => {
        const list = dataOf(await graphql(app, WORK_LIST, { atLeastPosition: allocatedAt }, auditor)).workList;
        expect(list.staffId).toBe(sampled.auditorId);
        expect(list.items).toContainEqual({
          kind: 'SAMPLE_CASE_TO_AUDIT',
          id: `${YEAR}/${sampled.azeusNumber}`,
          status: 'ALLOCATED',
          azeusNumber: sampled.azeusNumber,
          due: sampled.dueDate,
          overdue: false,
          inProgress: false,
        });
      });
    });

    describe('When the auditor schedules the RANDOM_SAMPLE audit and starts it', () => {
      it('should show the audit in progress on their work list in place of the case', async () => {
        ({ id: auditId } = await runAudit(app, auditor, 'schedule', {
          azeusNumber: sampled.azeusNumber,
          auditType: 'RANDOM_SAMPLE',
          auditorId: sampled.auditorId,
          dueDate: sampled.dueDate,
          teamId: sampled.teamId,
        }));
        const started = await runAudit(app, auditor, 'start', { auditId });
        const list = dataOf(await graphql(app, WORK_LIST, { atLeastPosition: started.position }, auditor)).workList;
        expect(list.items.filter((i: { azeusNumber: string }) => i.azeusNumber === sampled.azeusNumber)).toEqual([
          { kind: 'CASE_FILE_AUDIT', id: auditId, status: 'IN_PROGRESS', azeusNumber: sampled.azeusNumber, due: sampled.dueDate, overdue: false, inProgress: true },
        ]);
      });
    });

    describe('When the auditor grades a criterion Inadequate (CFA-13)', () => {
      let escalation: Record<string, any>;

      beforeAll(async () => {
        await runAudit(app, auditor, 'keyInformation', {
          auditId,
          penPicture: PEN_PICTURE,
          keyInformation: {
            ...keyInformation,
            socialWorkerId: workerId,
            socialWorkerName: staff.get(workerId)!.name,
            teamManagerId: managerId,
            teamManagerName: staff.get(managerId)!.name,
            auditorName: staff.get(sampled.auditorId)!.name,
          },
        });
        await runAudit(app, auditor, 'grade', { auditId, criterion: 2, evaluation: 'No safety plan on file', grade: 'INADEQUATE' });
        // The service records the escalation from the audit and sends it: the client asks until it is there.
        escalation = (
          await eventually(
            async () => dataOf(await listImmediateEscalations(app, manager, { auditId })).immediateEscalations,
            (list) => list.length === 1 && list[0]!['notifications'].length === 1,
          )
        )[0]!;
      });

      it('should escalate it at once to the team manager and the social worker, notified', () => {
        expect(escalation).toMatchObject({
          auditId,
          azeusNumber: sampled.azeusNumber,
          scope: 'CRITERION',
          criterion: 2,
          managerId,
          socialWorkerId: workerId,
          status: 'RAISED',
          notifications: [{ recipients: [managerId, workerId], channel: 'LOG' }],
        });
      });

      it('should show it acknowledged by the manager with what will be done, its clock met', async () => {
        const acknowledged = await runAction(app, manager, 'acknowledgeImmediateEscalation', {
          escalationId: escalation['id'],
          response: 'Safety plan to be written this week',
        });
        const read = dataOf(await readImmediateEscalation(app, manager, escalation['id'], { atLeastPosition: acknowledged.position })).immediateEscalation!;
        expect(read).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgedBy: managerId, response: 'Safety plan to be written this week', clock: { state: 'MET' } });
      });
    });

    describe('When the auditor completes every section and submits', () => {
      it('should be submitted, awaiting moderation, and gone from their work list', async () => {
        for (let criterion = 1; criterion <= 16; criterion++) {
          if (criterion === 2) continue;
          if (criterion === 12) await runAudit(app, auditor, 'notApplicable', { auditId, criterion, reason: 'Child placed in borough' });
          else if (criterion === 14) await runAudit(app, auditor, 'notApplicable', { auditId, criterion, reason: 'Child has never been missing' });
          else await runAudit(app, auditor, 'grade', { auditId, criterion, evaluation: `Evidence for criterion ${criterion}`, grade: 'GOOD' });
        }
        await runAudit(app, auditor, 'familyFeedback', { auditId, answers: familyAnswers, givenBy: 'Mother' });
        await runAudit(app, auditor, 'workerComments', { auditId, comments: 'Agree; the safety plan is being written.' });
        await runAudit(app, auditor, 'recommendation', { auditId, action: 'Write the safety plan', completionDate: dayFromToday(14), responsible: 'Allocated worker' });
        await runAudit(app, auditor, 'summary', { auditId, strengths: 'Child seen alone regularly', areasForImprovement: 'No safety plan' });
        const submitted = await runAudit(app, auditor, 'submit', { auditId, overallGrade: 'REQUIRES_IMPROVEMENT', rationale: 'Good practice, but no safety plan' });

        const audit = dataOf(await readAudit(app, auditor, auditId, submitted.position)).caseFileAudit!;
        expect(audit).toMatchObject({ auditType: 'RANDOM_SAMPLE', status: 'SUBMITTED', overallGrade: 'REQUIRES_IMPROVEMENT', awaitingModeration: true });
        submittedAt = audit['submittedAt'];
        const list = dataOf(await graphql(app, WORK_LIST, { atLeastPosition: submitted.position }, auditor)).workList;
        expect(list.items.filter((i: { azeusNumber: string }) => i.azeusNumber === sampled.azeusNumber)).toEqual([]);
      });
    });

    describe('When a head of service moderates the audit and changes a grade (CFA-9)', () => {
      it("should read back the auditor's grade and the moderated one", async () => {
        const moderated = await runAudit(app, headOfService, 'moderate', {
          auditId,
          agreed: false,
          feedback: 'Criterion 8 overstates the plan.',
          criterionGrades: [{ criterion: 8, grade: 'REQUIRES_IMPROVEMENT', reason: 'The plan has no measurable outcomes' }],
        });
        const audit = dataOf(await readAudit(app, auditor, auditId, moderated.position)).caseFileAudit!;
        expect(audit['criteria'][7]).toMatchObject({ number: 8, grade: 'GOOD' });
        expect(audit['awaitingModeration']).toBe(false);
        expect(audit['moderation']).toMatchObject({ status: 'CHANGED', moderatorId: HEAD_OF_SERVICE, moderatorRole: 'HEAD_OF_SERVICE' });
        expect(audit['moderation']['criteria'][7]).toEqual({
          number: 8,
          originalGrade: 'GOOD',
          moderatedGrade: 'REQUIRES_IMPROVEMENT',
          changed: true,
          reason: 'The plan has no measurable outcomes',
        });
      });
    });

    describe('When an S&QA officer dip-samples the audit (CFA-11)', () => {
      it('should show it completed with both judgements, against the audit as submitted', async () => {
        const { id: dipSampleId } = await runDipSample(app, sqaOfficer, 'startDipSample', { auditId });
        await runDipSample(app, sqaOfficer, 'judgeDipSampledAuditQuality', { dipSampleId, judgement: 'MEETS_STANDARD', findings: 'Grades evidenced' });
        await runDipSample(app, sqaOfficer, 'judgeRemedialActionFollowThrough', { dipSampleId, followedThrough: 'NO_ACTIONS_RAISED', notes: 'None raised yet' });
        const completed = await runDipSample(app, sqaOfficer, 'completeDipSample', { dipSampleId });
        const sample = dataOf(await readDipSample(app, sqaOfficer, dipSampleId, completed.position)).dipSample!;
        expect(sample).toMatchObject({
          auditId,
          azeusNumber: sampled.azeusNumber,
          auditType: 'RANDOM_SAMPLE',
          sampledAuditorId: sampled.auditorId,
          auditOverallGrade: 'REQUIRES_IMPROVEMENT',
          sampledBy: SQA_OFFICER,
          status: 'COMPLETED',
          quality: { judgement: 'MEETS_STANDARD' },
          followThrough: { followedThrough: 'NO_ACTIONS_RAISED' },
        });
      });
    });

    describe('When a remedial action is raised from the audit and followed through (CFA-7)', () => {
      let actionId: string;
      const timescale = dayFromToday(14);

      it('should be notified by the service to the worker and manager within 48 hours of submission: clock MET', async () => {
        ({ id: actionId } = await runAction(app, auditor, 'raiseRemedialAction', { auditId, description: 'Write the safety plan', timescale }));
        const action = await eventually(
          async () => dataOf(await readRemedialAction(app, auditor, actionId)).remedialAction,
          (a) => (a?.['notifications'] as unknown[] | undefined)?.length === 1,
        );
        expect(action).toMatchObject({
          ownerId: workerId,
          managerId,
          status: 'RAISED',
          notifications: [{ channel: 'LOG' }],
          notificationClock: { state: 'MET', startedAt: submittedAt, dueBy: after(submittedAt, 48 * HOUR_MS), lateByMs: 0 },
        });
      });

      it('should go acknowledged, completed with evidence and verified in supervision, the clock still MET', async () => {
        await runAction(app, worker, 'acknowledgeRemedialAction', { actionId });
        await runAction(app, worker, 'completeRemedialAction', { actionId, evidence: 'Safety plan on file' });
        const verified = await runAction(app, manager, 'verifyRemedialAction', { actionId, supervisionDate: dayFromToday(0) });
        const action = dataOf(await readRemedialAction(app, auditor, actionId, { atLeastPosition: verified.position })).remedialAction!;
        expect(action).toMatchObject({
          status: 'VERIFIED',
          evidence: 'Safety plan on file',
          verifiedBy: managerId,
          notificationClock: { state: 'MET' },
          timescaleClock: { state: 'MET', completedOn: dayFromToday(0) },
        });
      });
    });

    // Last on this service: it stops the service's notifications.
    describe('When a second action is raised while notifications are down, and read 49 hours after submission (CFA-7)', () => {
      it('should show its 48-hour clock OVERDUE: never notified and past the 48 hours', async () => {
        await app.get<NotificationServices>(NOTIFICATIONS).stop();
        const raised = await runAction(app, auditor, 'raiseRemedialAction', { auditId, description: 'Record the father\'s details', timescale: dayFromToday(7) });
        const now = dataOf(await readRemedialAction(app, auditor, raised.id, { atLeastPosition: raised.position })).remedialAction!;
        expect(now).toMatchObject({ notifications: [], notificationClock: { state: 'RUNNING', doneAt: null } });

        const later = after(submittedAt, 49 * HOUR_MS);
        const read = dataOf(await readRemedialAction(app, auditor, raised.id, { asOf: later })).remedialAction!;
        expect(read['notificationClock']).toMatchObject({ state: 'OVERDUE', doneAt: null, lateByMs: HOUR_MS });
      });
    });

    describe('When a fresh service imports the same files and draws with the same seed (CFA-1)', () => {
      const otherDb = tempSqlitePath();
      let other: INestApplication;

      afterAll(async () => {
        await other?.close();
        otherDb.remove();
      });

      it('should draw the same cases from the same frame, and verify the recorded draw', async () => {
        other = await startApp(store.environment(otherDb.path));
        await importFiles(other, sqaManager);
        const again = await drawnCases(other, sqaManager);
        expect(again).toEqual(drawn);
        expect(dataOf(await graphql(other, VERIFY, { year: YEAR }, sqaManager)).verifyAnnualSample).toMatchObject({ valid: true, drawValid: true, problems: [] });
      });
    });
  });
}

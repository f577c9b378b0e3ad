import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import Database from 'better-sqlite3';
import { PEN_PICTURE } from '../../../libs/domain/src/testing/case-file-audit.fixtures.js';
import { FIXTURE_EFFECTIVE_FROM, STAFF_CSV } from '../src/people/testing/people-fixtures.js';
import { dataOf, givenStaff, graphql, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';
import { mutate, readAudit, run } from './case-file-audit.client.js';
import { submittedAudit } from './case-file-audit.scenarios.js';

const CASE = 'AZ-610001';
const OTHER_CASE = 'AZ-610002';
/** The rationale of the scenario's overall grade: the escalation's reason when it is Inadequate (CFA-13). */
const RATIONALE = 'Good practice throughout';

const HISTORY = `query ($azeusNumber: String!) {
  caseHistory(azeusNumber: $azeusNumber) {
    chainVerified
    entries { type streamId data withheldChildText { path reason azeusNumber } }
    streams { streamId valid }
  }
}`;
const KEY_STATUS = 'query ($azeusNumber: String!) { caseKeyStatus(azeusNumber: $azeusNumber) { azeusNumber state createdAt shreddedAt shreddedBy } }';
const SHRED = `mutation ($input: ShredCaseKeyInput!) { shredCaseKey(input: $input) { id revision position duplicate } }`;
const ESCALATION = 'query ($id: ID!) { immediateEscalation(id: $id) { reason withheldChildText { path reason } } }';

describe('Child text encrypted per case and shredded at the end of retention, through GraphQL (issue 6 item 5)', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let teamManager: string;
  let sqaManager: string;
  let auditId: string;
  let otherAuditId: string;

  const eventsOf = (streamId: string): { type: string; data: string }[] => {
    const sqlite = new Database(db.path, { readonly: true });
    try {
      return sqlite.prepare('SELECT type, data FROM events WHERE stream_id = ? ORDER BY revision').all(streamId) as never;
    } finally {
      sqlite.close();
    }
  };

  /** The immediate escalation the service records by itself from the audit's Inadequate grade (CFA-13). */
  const escalation = async (): Promise<{ reason: string | null; withheldChildText: unknown }> => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const found = dataOf(await graphql(app, ESCALATION, { id: `${auditId}:1` }, sqaManager)).immediateEscalation;
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The immediate escalation was never recorded');
  };

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    // The people of the staff registry (the roles come from it, not from the tokens).
    await givenStaff(app, STAFF_CSV, { effectiveFrom: FIXTURE_EFFECTIVE_FROM });
    teamManager = await tokenFor('tm-001', 'TEAM_MANAGER');
    sqaManager = await tokenFor('sqam-001', 'SQA_MANAGER');
    const scheduled = { auditorId: 'tm-001', teamId: 'mash-north' };
    ({ auditId } = await submittedAudit(app, teamManager, { ...scheduled, azeusNumber: CASE }, 'INADEQUATE'));
    ({ auditId: otherAuditId } = await submittedAudit(app, teamManager, { ...scheduled, azeusNumber: OTHER_CASE }));
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  describe('Given an audit whose pen picture, evaluations and family feedback were recorded', () => {
    it('should show them to the team manager as written', async () => {
      const audit = dataOf(await readAudit(app, teamManager, auditId)).caseFileAudit!;
      expect(audit['penPicture']).toBe(PEN_PICTURE);
      expect(audit['criteria'][0]).toMatchObject({ evaluation: 'Evidence for criterion 1', grade: 'GOOD' });
      expect(audit['familyFeedback']).toMatchObject({ givenBy: 'Mother', answers: { listenedToAndCommunication: 'Felt listened to; would like texts before visits.' } });
      expect(audit['keyInformation']).toMatchObject({ ethnicity: 'White British', socialWorkerId: 'staff-sw-0311' });
    });

    it('should hold only ciphertext for them in the events table, and keep the keys in a file of their own', () => {
      const stored = eventsOf(`caseFileAudit-${auditId}`).map((event) => event.data).join('\n');
      expect(stored).not.toContain('nine-year-old');
      expect(stored).not.toContain('Evidence for criterion');
      expect(stored).not.toContain('Felt listened to');
      expect(stored).not.toContain(RATIONALE);
      expect(stored).toContain('"grade":"GOOD"');
      expect(existsSync(join(dirname(db.path), 'case-keys.sqlite'))).toBe(true);
    });

    it("should say the case's key is in use", async () => {
      expect(dataOf(await graphql(app, KEY_STATUS, { azeusNumber: CASE }, sqaManager)).caseKeyStatus).toMatchObject({
        azeusNumber: CASE,
        state: 'ACTIVE',
        shreddedAt: null,
      });
    });

    it('should send the escalation of the Inadequate grade with its reason readable (CFA-13)', async () => {
      expect(await escalation()).toEqual({ reason: RATIONALE, withheldChildText: null });
    });

    describe('When a team manager asks to shred the key', () => {
      it('should refuse (FORBIDDEN) and change nothing', async () => {
        const response = await graphql(app, SHRED, { input: { azeusNumber: CASE, reason: 'Retention ended' } }, teamManager);
        expect(response.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
        expect(dataOf(await graphql(app, KEY_STATUS, { azeusNumber: CASE }, sqaManager)).caseKeyStatus.state).toBe('ACTIVE');
        expect(eventsOf(`caseKey-${CASE}`)).toEqual([]);
      });
    });
  });

  describe('When the S&QA manager shreds the case key at the end of its retention', () => {
    let position: string;
    beforeAll(async () => {
      const shredded = dataOf(await graphql(app, SHRED, { input: { azeusNumber: CASE, reason: 'Retention ended: case closed 2019-03-31, kept 6 years' } }, sqaManager))
        .shredCaseKey;
      expect(shredded).toMatchObject({ id: `caseKey-${CASE}`, revision: 0, duplicate: false });
      position = shredded.position;
    });

    it('should answer the child text as null at once, marked as shredded, and everything else as before', async () => {
      const audit = dataOf(await readAudit(app, teamManager, auditId, position)).caseFileAudit!;
      expect(audit).toMatchObject({ penPicture: null, rationale: null, overallGrade: 'INADEQUATE', status: 'SUBMITTED', azeusNumber: CASE });
      expect(audit['criteria'][0]).toMatchObject({ evaluation: null, grade: 'GOOD' });
      expect(audit['familyFeedback']).toMatchObject({ givenBy: null, answers: { listenedToAndCommunication: null } });
      expect(audit['keyInformation']).toMatchObject({ ethnicity: null, socialWorkerId: 'staff-sw-0311', ageOfChild: 9 });
      const marks = await graphql(app, `query ($id: ID!) { caseFileAudit(id: $id) { withheldChildText { path reason azeusNumber } } }`, { id: auditId }, teamManager);
      const withheld = dataOf(marks).caseFileAudit.withheldChildText as { path: string; reason: string; azeusNumber: string }[];
      expect(withheld).toEqual(expect.arrayContaining([{ path: 'penPicture', reason: 'SHREDDED', azeusNumber: CASE }, { path: 'rationale', reason: 'SHREDDED', azeusNumber: CASE }]));
      expect(withheld.map((w) => w.path)).toContain('criteria.0.evaluation');
    });

    it("should leave the other case's text readable", async () => {
      expect(dataOf(await readAudit(app, teamManager, otherAuditId)).caseFileAudit!['penPicture']).toBe(PEN_PICTURE);
    });

    it('should withhold the copy the escalation carries too', async () => {
      expect(await escalation()).toEqual({ reason: null, withheldChildText: [{ path: 'reason', reason: 'SHREDDED' }] });
    });

    it("should keep the case's history verified, with the shredding in it and its texts null", async () => {
      const history = dataOf(await graphql(app, HISTORY, { azeusNumber: CASE }, sqaManager)).caseHistory;
      expect(history.chainVerified).toBe(true);
      expect(history.streams.every((s: { valid: boolean }) => s.valid)).toBe(true);
      const keyInformation = history.entries.find((e: { type: string }) => e.type === 'CaseFileAuditKeyInformationRecorded');
      expect(JSON.parse(keyInformation.data)).toMatchObject({ penPicture: null, keyInformation: { ethnicity: null, category: 'CP' } });
      expect(keyInformation.withheldChildText).toEqual(expect.arrayContaining([{ path: 'data', reason: 'SHREDDED', azeusNumber: CASE }]));
      const shredding = history.entries.find((e: { type: string }) => e.type === 'CaseKeyShredded');
      expect(JSON.parse(shredding.data)).toEqual({
        azeusNumber: CASE,
        reason: 'Retention ended: case closed 2019-03-31, kept 6 years',
        shreddedAt: expect.any(String),
        shreddedBy: 'sqam-001',
      });
      const verdict = await graphql(app, 'query ($s: String!) { verifyStream(streamId: $s) { valid events } }', { s: `caseFileAudit-${auditId}` }, sqaManager);
      expect(dataOf(verdict).verifyStream).toMatchObject({ valid: true });
    });

    it('should say who shredded the key and when, and record nothing more when asked again', async () => {
      expect(dataOf(await graphql(app, KEY_STATUS, { azeusNumber: CASE }, sqaManager)).caseKeyStatus).toMatchObject({
        state: 'SHREDDED',
        shreddedBy: 'sqam-001',
        shreddedAt: expect.any(String),
      });
      const again = dataOf(await graphql(app, SHRED, { input: { azeusNumber: CASE, reason: 'Again' } }, sqaManager)).shredCaseKey;
      expect(again).toMatchObject({ revision: 0 });
      expect(eventsOf(`caseKey-${CASE}`)).toHaveLength(1);
    });

    it('should refuse new text about the child (CONFLICT, CASE_KEY.SHREDDED) and record nothing', async () => {
      const before = eventsOf(`caseFileAudit-${auditId}`).length;
      // A record that carries no child text is still taken: a new audit of the case is scheduled and started.
      const { auditId: newAudit } = await run(app, teamManager, 'schedule', {
        azeusNumber: CASE,
        auditType: 'MONTHLY',
        auditorId: 'tm-001',
        dueDate: '2031-06-30',
        teamId: 'mash-north',
      }).then((receipt) => ({ auditId: receipt.id }));
      await run(app, teamManager, 'start', { auditId: newAudit });
      const withText = await mutate(app, teamManager, 'grade', { auditId: newAudit, criterion: 1, evaluation: 'New text about J', grade: 'GOOD' });
      expect(withText.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'CASE_KEY.SHREDDED', field: 'evaluation' });
      expect(eventsOf(`caseFileAudit-${newAudit}`)).toHaveLength(2);
      expect(eventsOf(`caseFileAudit-${auditId}`)).toHaveLength(before);
    });
  });
});


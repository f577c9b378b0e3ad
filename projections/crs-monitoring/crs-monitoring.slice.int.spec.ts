import { handleCommand } from '../../libs/command-handling/src/command-handler.js';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { Document, DocumentChange } from '../../libs/read-store/src/read-store.port.js';
import { DomainError } from '../../libs/domain/src/shared/domain-error.js';
import {
  crsMonitoringFormDecider,
  crsMonitoringFormStreamId,
  crsQualityCheckDecider,
  crsQualityCheckStreamId,
  midwayReviewAgreedActions,
  midwayReviewDecider,
  midwayReviewStreamId,
  type CrsMonitoringFormCommand,
  type CrsQualityCheckCommand,
  type MidwayReviewCommand,
} from '../../libs/domain/src/index.js';
import * as form from '../../libs/domain/src/crs-monitoring-form/crs-monitoring-form.fixtures.js';
import * as midway from '../../libs/domain/src/midway-review/midway-review.fixtures.js';
import * as checks from '../../libs/domain/src/crs-quality-check/crs-quality-check.fixtures.js';
import { crsQualityChecksProjection } from './crs-quality-checks.projection.js';
import { midwayReviewsProjection } from './midway-reviews.projection.js';
import { monitoringFormsProjection } from './monitoring-forms.projection.js';
import { crsMonthlySummary, crsTeamManagerDuty, getMidwayReview, getMonitoringForm, listMonitoringForms, midwayReviewsOwed } from './crs-monitoring.queries.js';

const PROJECTIONS = [monitoringFormsProjection, midwayReviewsProjection, crsQualityChecksProjection] as unknown as Projection<Document>[];

// The CRS quality assurance slice end to end on the embedded stores: commands through the one
// command handler into SQLite, the recorded events folded by the three projections into memory.
describe('Conference and Review Service slice on SQLite and the memory read store', () => {
  let events: SqliteEventStore;
  let reads: MemoryReadStore;

  const submitForm = (command: CrsMonitoringFormCommand) =>
    handleCommand(events, crsMonitoringFormStreamId(command.data.formId), crsMonitoringFormDecider, command);
  const recordReview = (command: MidwayReviewCommand) => handleCommand(events, midwayReviewStreamId(command.data.reviewId), midwayReviewDecider, command);
  const recordCheck = (command: CrsQualityCheckCommand) => handleCommand(events, crsQualityCheckStreamId(command.data.checkId), crsQualityCheckDecider, command);

  /** What the projection runner does, in one batch per projection: fold everything after the checkpoint and commit. */
  async function project(): Promise<void> {
    for (const projection of PROJECTIONS) {
      const key = `${projection.name}.v${projection.version}`;
      const checkpoint = await reads.checkpoint(key);
      const recorded = await events.readAll(checkpoint === null ? {} : { after: checkpoint });
      if (recorded.length === 0) continue;
      const documents = new Map<string, Document | null>();
      for (const event of recorded) {
        if (!projection.handles.includes(event.type)) continue;
        for (const id of projection.documentIds(event)) {
          const current = documents.has(id) ? documents.get(id)! : await reads.get(projection.collection.name, id);
          documents.set(id, projection.evolve(current, event));
        }
      }
      const changes: DocumentChange[] = [...documents].map(([id, document]) => ({ collection: projection.collection.name, id, document }));
      await reads.commit(key, checkpoint, recorded[recorded.length - 1]!.position, changes);
    }
  }

  beforeEach(async () => {
    events = new SqliteEventStore(':memory:');
    reads = new MemoryReadStore();
    for (const projection of PROJECTIONS) await reads.defineCollection(projection.collection);
  });
  afterEach(async () => {
    await events.close();
    await reads.close();
  });

  describe('When a chair submits a form, holds the midway review and the CRS team manager audits', () => {
    it('should read back the form for the team manager, the review with its action, the duty and the summary (CRS-2, CRS-3, CRS-4)', async () => {
      await submitForm({ type: 'SubmitMonitoringForm', data: { formId: form.FORM_ID, ...form.formInput }, metadata: form.metadata() });
      await submitForm({
        type: 'RecordMonitoringFormUsedInSupervision',
        data: { formId: form.FORM_ID, supervisionDate: '2025-06-12' },
        metadata: form.metadata({ staffId: form.TEAM_MANAGER_ID, role: 'TEAM_MANAGER' }),
      });
      await project();
      expect((await midwayReviewsOwed(reads, { asOf: '2025-08-02' })).map((o) => [o.monitoringFormId, o.dueOn, o.overdue])).toEqual([
        [form.FORM_ID, '2025-07-25', true],
      ]);

      await recordReview({ type: 'RecordMidwayReview', data: { reviewId: midway.REVIEW_ID, ...midway.reviewInput }, metadata: midway.metadata() });
      await recordCheck({
        type: 'RecordCrsPlanAudit',
        data: {
          checkId: checks.CHECK_ID,
          planKind: 'CP',
          azeusNumber: checks.AZEUS_NUMBER,
          planDate: checks.MEETING_DATE,
          chairId: checks.CHAIR_ID,
          auditedOn: checks.AUDITED_ON,
          judgements: checks.planJudgements,
          ...checks.feedback,
        },
        metadata: checks.metadata(),
      });
      await project();

      expect(await listMonitoringForms(reads, { teamManagerId: form.TEAM_MANAGER_ID })).toHaveLength(1);
      expect(await getMonitoringForm(reads, form.FORM_ID)).toMatchObject({ revision: 1, usedInSupervision: [{ supervisionDate: '2025-06-12' }] });
      expect(await getMidwayReview(reads, midway.REVIEW_ID)).toMatchObject({ dueOn: '2025-07-25', heldOnTime: true, driftOrDelay: { found: true } });
      expect(await midwayReviewsOwed(reads, { asOf: '2025-08-02' })).toEqual([]);
      expect((await crsTeamManagerDuty(reads, checks.CRS_TM_ID, '2025-06')).met).toEqual(['AUDIT_CP_PLAN']);
      expect((await crsMonthlySummary(reads, '2025-07')).midwayReviews).toMatchObject({ held: 1, withDriftOrDelay: 1, actionsAgreed: 1 });

      // CFA-7: the action agreed at the review, read from the recorded event as the service reads it.
      const [held] = await events.readStream(midwayReviewStreamId(midway.REVIEW_ID));
      expect(midwayReviewAgreedActions.agreedActions(held!)).toEqual([
        expect.objectContaining({ sourceKind: 'MIDWAY_REVIEW', sourceId: midway.REVIEW_ID, actionId: midway.action.actionId, managerId: midway.TEAM_MANAGER_ID }),
      ]);
    });
  });

  describe('When a second form is submitted for the same meeting', () => {
    it('should be refused and append nothing (CRS-3)', async () => {
      await submitForm({ type: 'SubmitMonitoringForm', data: { formId: form.FORM_ID, ...form.formInput }, metadata: form.metadata() });
      await expect(submitForm({ type: 'SubmitMonitoringForm', data: { formId: form.FORM_ID, ...form.formInput }, metadata: form.metadata() })).rejects.toBeInstanceOf(
        DomainError,
      );
      expect(await events.readStream(crsMonitoringFormStreamId(form.FORM_ID))).toHaveLength(1);
    });
  });
});

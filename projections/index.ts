import type { AnyProjection } from '../libs/read-store/src/projection-batch.js';
import { annualSampleProjection } from './annual-sample/annual-sample.projection.js';
import { caseFileAuditsProjection } from './case-file-audits/case-file-audits.projection.js';
import { casesProjection } from './cases/cases.projection.js';
import { moderationStatisticsProjection } from './moderation-statistics/moderation-statistics.projection.js';
import { staffProjection } from './staff/staff.projection.js';
import { supervisionSessionsProjection } from './staff/supervision-sessions.projection.js';
import { serviceAreasProjection, teamsProjection } from './teams/teams.projection.js';
import { immediateEscalationsProjection } from './remedial-actions/immediate-escalations.projection.js';
import { remedialActionsProjection } from './remedial-actions/remedial-actions.projection.js';
import { notificationOutboxProjection } from '../libs/notifications/src/notification-outbox.projection.js';
import { complianceAuditsProjection } from './compliance-audits/compliance-audits.projection.js';
import { dipSamplesProjection } from './dip-samples/dip-samples.projection.js';
import { independentAuditsProjection } from './independent-audits/independent-audits.projection.js';
import { thematicAuditAllowancesProjection } from './thematic-audit-allowances/thematic-audit-allowances.projection.js';
import { supervisionAuditsProjection } from './supervision-audits/supervision-audits.projection.js';
import { practiceObservationsProjection } from './practice-observations/practice-observations.projection.js';
import { supervisionLearningSummariesProjection } from './supervision-learning-summaries/supervision-learning-summaries.projection.js';
import { observationLearningReportsProjection } from './observation-learning-reports/observation-learning-reports.projection.js';
import { meetingObservationsProjection } from './meeting-observations/meeting-observations.projection.js';
import { themedAuditDaysProjection } from './themed-audit-days/themed-audit-days.projection.js';
import { crsEscalationsProjection } from './crs-escalations/crs-escalations.projection.js';
import { crsQualityChecksProjection, midwayReviewsProjection, monitoringFormsProjection } from './crs-monitoring/index.js';
import { learningInputsProjection } from './learning-inputs/learning-inputs.projection.js';
import { auditGradesProjection, themedSourcesProjection } from './learning-themes/index.js';
import { historyReferencesProjection, historySubjectsProjection } from './history-index/history-index.projection.js';
import { inspectorAccessGrantsProjection } from './inspector-access/inspector-access-grants.projection.js';
import { recordReadsProjection } from './read-log/record-reads.projection.js';

/** Every read model the service keeps: the api runs them, the CLI rebuilds them. */
export const ALL_PROJECTIONS: readonly AnyProjection[] = [
  caseFileAuditsProjection,
  annualSampleProjection,
  staffProjection,
  supervisionSessionsProjection,
  teamsProjection,
  serviceAreasProjection,
  casesProjection,
  moderationStatisticsProjection,
  thematicAuditAllowancesProjection,
  complianceAuditsProjection,
  independentAuditsProjection,
  dipSamplesProjection,
  // CFA-7, CFA-13: remedial actions and immediate escalations with their clocks, and the outbox
  // of notifications owed, which the notification dispatcher sends from.
  remedialActionsProjection,
  immediateEscalationsProjection,
  notificationOutboxProjection,
  // SUP-1..SUP-5 and OBS-1..OBS-5: supervision audits and practice observations.
  supervisionAuditsProjection,
  // SUP-6: each Head of Service's quarterly summary of learning from supervision audits, and DMT's review.
  supervisionLearningSummariesProjection,
  practiceObservationsProjection,
  // OBS-6: each Head of Service's annual report of the learning from staff observation.
  observationLearningReportsProjection,
  // MTG-1..MTG-4: observations of key meetings.
  meetingObservationsProjection,
  // TAD-1: themed audit days, their audits and targeted action plans.
  themedAuditDaysProjection,
  // CRS-1: escalations raised by IROs and CP chairs, with their stage clocks.
  crsEscalationsProjection,
  // CRS-2..CRS-4: chairs' monitoring forms and midway reviews, the CRS team manager's checks.
  monitoringFormsProjection,
  midwayReviewsProjection,
  crsQualityChecksProjection,
  // Section 2, REP-2: complaints, compliments, feedback, the staff survey, LSCB audits and
  // fostering/adoption QA as learning inputs with their learning themes.
  learningInputsProjection,
  // REP-3: every event filed under the cases and staff it concerns, for histories as at any date.
  historyReferencesProjection,
  historySubjectsProjection,
  // REP-2: audit grades as given and moderated, and every record that carries learning themes.
  auditGradesProjection,
  themedSourcesProjection,
  // Issue 6 item 3: inspectors' access grants, which the actor resolution reads on each request.
  inspectorAccessGrantsProjection,
  // Issue 6 item 4: who read which child-level record when, for S&QA.
  recordReadsProjection,
];

import type { AnyProjection } from '../libs/read-store/src/projection-batch.js';
import { annualSampleProjection } from './annual-sample/annual-sample.projection.js';
import { caseFileAuditsProjection } from './case-file-audits/case-file-audits.projection.js';
import { casesProjection } from './cases/cases.projection.js';
import { moderationStatisticsProjection } from './moderation-statistics/moderation-statistics.projection.js';
import { staffProjection } from './staff/staff.projection.js';
import { supervisionSessionsProjection } from './staff/supervision-sessions.projection.js';
import { serviceAreasProjection, teamsProjection } from './teams/teams.projection.js';

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
];

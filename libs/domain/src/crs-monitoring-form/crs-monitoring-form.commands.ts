import type { Command } from '../shared/decider.js';
import type { ConcernsInput, RatedJudgementInput } from './conference-and-review.checks.js';

/**
 * Commands carry raw input (strings where the API takes strings); the decider validates it.
 * The chair is the actor of SubmitMonitoringForm; the team manager named on the form the actor of
 * RecordMonitoringFormUsedInSupervision.
 */

export type SubmitMonitoringForm = Command<
  'SubmitMonitoringForm',
  {
    readonly formId: string;
    /** One of CRS_MEETING_TYPES. */
    readonly meetingType: string;
    /** YYYY-MM-DD the conference or review was held; not in the future. */
    readonly meetingDate: string;
    /** YYYY-MM-DD of the next conference or review, where one is set; the midway review falls between (CRS-3). */
    readonly nextMeetingDate?: string | null;
    readonly azeusNumber: string;
    readonly socialWorkerId: string;
    /** The social worker's team manager, who may use the form in supervision. */
    readonly teamManagerId: string;
    readonly teamId?: string | null;
    readonly preparation: RatedJudgementInput;
    readonly assessment: RatedJudgementInput;
    readonly plan: RatedJudgementInput;
    readonly concerns: ConcernsInput;
  }
>;

export type RecordMonitoringFormUsedInSupervision = Command<
  'RecordMonitoringFormUsedInSupervision',
  { readonly formId: string; readonly supervisionDate: string; readonly notes?: string | null }
>;

export type CrsMonitoringFormCommand = SubmitMonitoringForm | RecordMonitoringFormUsedInSupervision;

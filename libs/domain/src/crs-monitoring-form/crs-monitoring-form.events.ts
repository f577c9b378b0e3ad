import type { DomainEvent, Role } from '../shared/decider.js';
import type { ConcernsRaised, CrsMeetingType, RatedJudgement } from './conference-and-review.values.js';

/** CRS-3: the monitoring form as the chair submitted it after the conference or review. */
export type CrsMonitoringFormSubmitted = DomainEvent<
  'CrsMonitoringFormSubmitted',
  {
    readonly formId: string;
    readonly meetingType: CrsMeetingType;
    readonly meetingDate: string;
    readonly nextMeetingDate: string | null;
    readonly azeusNumber: string;
    readonly socialWorkerId: string;
    readonly teamManagerId: string;
    readonly teamId: string | null;
    readonly chairId: string;
    readonly chairRole: Role;
    readonly preparation: RatedJudgement;
    readonly assessment: RatedJudgement;
    readonly plan: RatedJudgement;
    readonly concerns: ConcernsRaised;
    readonly submittedAt: string;
  }
>;

/** CRS-3: "Team Managers can use these forms as part of supervision." */
export type CrsMonitoringFormUsedInSupervision = DomainEvent<
  'CrsMonitoringFormUsedInSupervision',
  {
    readonly formId: string;
    readonly teamManagerId: string;
    readonly supervisionDate: string;
    readonly notes: string | null;
    readonly recordedAt: string;
  }
>;

export type CrsMonitoringFormEvent = CrsMonitoringFormSubmitted | CrsMonitoringFormUsedInSupervision;

export const CRS_MONITORING_FORM_EVENT_TYPES: readonly CrsMonitoringFormEvent['type'][] = [
  'CrsMonitoringFormSubmitted',
  'CrsMonitoringFormUsedInSupervision',
];

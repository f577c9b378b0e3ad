import type { CommandMetadata, Role } from '../shared/decider.js';
import type { CrsMonitoringFormEvent } from './crs-monitoring-form.events.js';

/** Shared test data for monitoring form tests (decider, read model, slice). */

export const FORM_ID = 'form-0001';
export const CHAIR_ID = 'staff-cpchair-0003';
export const IRO_ID = 'staff-iro-0005';
export const SOCIAL_WORKER_ID = 'staff-sw-0042';
export const TEAM_MANAGER_ID = 'staff-tm-0007';
export const TEAM_ID = 'team-north-1';
export const AZEUS_NUMBER = 'AZ-100234';
export const MEETING_DATE = '2025-06-10';
export const NEXT_MEETING_DATE = '2025-09-09';
export const NOW = '2025-06-12T14:00:00.000Z';

let commandCounter = 0;

export function metadata(overrides: { staffId?: string; role?: Role; now?: string } = {}): CommandMetadata {
  commandCounter += 1;
  const commandId = `00000000-0000-4000-9300-${String(commandCounter).padStart(12, '0')}`;
  return {
    actor: { staffId: overrides.staffId ?? CHAIR_ID, role: overrides.role ?? 'CP_CHAIR' },
    now: overrides.now ?? NOW,
    commandId,
    correlationId: commandId,
    causationId: commandId,
  };
}

/** The form as a chair fills it in: the input of SubmitMonitoringForm after its id. */
export const formInput = {
  meetingType: 'CP_CONFERENCE_REVIEW',
  meetingDate: MEETING_DATE,
  nextMeetingDate: NEXT_MEETING_DATE,
  azeusNumber: AZEUS_NUMBER,
  socialWorkerId: SOCIAL_WORKER_ID,
  teamManagerId: TEAM_MANAGER_ID,
  teamId: TEAM_ID,
  preparation: { rating: 'GOOD', comments: 'Report shared with the family three days before' },
  assessment: { rating: 'REQUIRES_IMPROVEMENT', comments: "Father's history not analysed" },
  plan: { rating: 'GOOD', comments: 'Outcomes clear; timescales set' },
  concerns: { raised: false },
};

type Data<T extends CrsMonitoringFormEvent['type']> = Extract<CrsMonitoringFormEvent, { type: T }>['data'];

export const events = {
  submitted: (overrides: Partial<Data<'CrsMonitoringFormSubmitted'>> = {}): CrsMonitoringFormEvent => ({
    type: 'CrsMonitoringFormSubmitted',
    data: {
      formId: FORM_ID,
      meetingType: 'CP_CONFERENCE_REVIEW',
      meetingDate: MEETING_DATE,
      nextMeetingDate: NEXT_MEETING_DATE,
      azeusNumber: AZEUS_NUMBER,
      socialWorkerId: SOCIAL_WORKER_ID,
      teamManagerId: TEAM_MANAGER_ID,
      teamId: TEAM_ID,
      chairId: CHAIR_ID,
      chairRole: 'CP_CHAIR',
      preparation: { rating: 'GOOD', comments: 'Report shared with the family three days before' },
      assessment: { rating: 'REQUIRES_IMPROVEMENT', comments: "Father's history not analysed" },
      plan: { rating: 'GOOD', comments: 'Outcomes clear; timescales set' },
      concerns: { raised: false },
      submittedAt: NOW,
      ...overrides,
    },
  }),
  usedInSupervision: (supervisionDate = '2025-06-12', notes: string | null = 'Discussed the assessment gap'): CrsMonitoringFormEvent => ({
    type: 'CrsMonitoringFormUsedInSupervision',
    data: { formId: FORM_ID, teamManagerId: TEAM_MANAGER_ID, supervisionDate, notes, recordedAt: NOW },
  }),
};

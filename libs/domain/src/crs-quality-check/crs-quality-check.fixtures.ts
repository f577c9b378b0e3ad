import type { CommandMetadata, Role } from '../shared/decider.js';
import type { CrsQualityCheckEvent } from './crs-quality-check.events.js';

/** Shared test data for the CRS team manager's quality checks (decider, read model, slice). */

export const CHECK_ID = 'crs-check-0001';
export const CRS_TM_ID = 'staff-crstm-0001';
export const CHAIR_ID = 'staff-cpchair-0003';
export const IRO_ID = 'staff-iro-0005';
export const AZEUS_NUMBER = 'AZ-100234';
export const MEETING_DATE = '2025-06-10';
export const AUDITED_ON = '2025-06-11';
export const NOW = '2025-06-12T14:00:00.000Z';

let commandCounter = 0;

export function metadata(overrides: { staffId?: string; role?: Role; now?: string } = {}): CommandMetadata {
  commandCounter += 1;
  const commandId = `00000000-0000-4000-9500-${String(commandCounter).padStart(12, '0')}`;
  return {
    actor: { staffId: overrides.staffId ?? CRS_TM_ID, role: overrides.role ?? 'CRS_TEAM_MANAGER' },
    now: overrides.now ?? NOW,
    commandId,
    correlationId: commandId,
    causationId: commandId,
  };
}

const good = (comments: string) => ({ rating: 'GOOD', comments });

export const observationJudgements = {
  ROBUST_CHAIRING: good('Kept to the agenda; challenged the school'),
  SAFEGUARDING_ISSUES_ADDRESSED: { rating: 'REQUIRES_IMPROVEMENT', comments: 'New partner not discussed' },
  PLANS_PROGRESSING: good('Core group meeting monthly'),
};
export const minutesJudgements = {
  QUALITY_OF_MINUTES: good('Clear and circulated within the timescale'),
  MULTI_AGENCY_INPUT_AND_DECISION_MAKING: good('Health and school views recorded'),
  CHILD_CENTRED_PLANNING: good("The child's wishes recorded in her words"),
};
export const planJudgements = {
  ROBUST: good('Contingency set out'),
  SMART: { rating: 'REQUIRES_IMPROVEMENT', comments: 'Two actions have no timescale' },
  CHILD_CENTRED: good('Outcomes for the child, not the adults'),
};

export const feedback = {
  feedbackForChair: 'Name the new partner as a risk at the next review',
  feedbackForWiderTeams: 'Plans need a timescale on every action',
};

type Data<T extends CrsQualityCheckEvent['type']> = Extract<CrsQualityCheckEvent, { type: T }>['data'];

export const events = {
  observed: (overrides: Partial<Data<'CrsMeetingObserved'>> = {}): CrsQualityCheckEvent => ({
    type: 'CrsMeetingObserved',
    data: {
      checkId: CHECK_ID,
      crsTeamManagerId: CRS_TM_ID,
      meetingType: 'CP_CONFERENCE_REVIEW',
      planKind: 'CP',
      meetingDate: MEETING_DATE,
      azeusNumber: AZEUS_NUMBER,
      chairId: CHAIR_ID,
      observation: observationJudgements as Data<'CrsMeetingObserved'>['observation'],
      minutesAudit: minutesJudgements as Data<'CrsMeetingObserved'>['minutesAudit'],
      planAudit: planJudgements as Data<'CrsMeetingObserved'>['planAudit'],
      ...feedback,
      recordedAt: NOW,
      ...overrides,
    },
  }),
  minutesAudited: (overrides: Partial<Data<'CrsMinutesAudited'>> = {}): CrsQualityCheckEvent => ({
    type: 'CrsMinutesAudited',
    data: {
      checkId: CHECK_ID,
      crsTeamManagerId: CRS_TM_ID,
      meetingType: 'LAC_REVIEW',
      planKind: 'LAC',
      meetingDate: MEETING_DATE,
      azeusNumber: AZEUS_NUMBER,
      chairId: IRO_ID,
      auditedOn: AUDITED_ON,
      judgements: minutesJudgements as Data<'CrsMinutesAudited'>['judgements'],
      ...feedback,
      recordedAt: NOW,
      ...overrides,
    },
  }),
  planAudited: (overrides: Partial<Data<'CrsPlanAudited'>> = {}): CrsQualityCheckEvent => ({
    type: 'CrsPlanAudited',
    data: {
      checkId: CHECK_ID,
      crsTeamManagerId: CRS_TM_ID,
      planKind: 'CP',
      azeusNumber: AZEUS_NUMBER,
      planDate: MEETING_DATE,
      chairId: CHAIR_ID,
      socialWorkerId: 'staff-sw-0042',
      auditedOn: AUDITED_ON,
      judgements: planJudgements as Data<'CrsPlanAudited'>['judgements'],
      ...feedback,
      recordedAt: NOW,
      ...overrides,
    },
  }),
  feedbackGiven: (supervisionDate = '2025-06-12', chairId = CHAIR_ID): CrsQualityCheckEvent => ({
    type: 'CrsFeedbackGivenToChair',
    data: { checkId: CHECK_ID, chairId, supervisionDate, recordedAt: NOW },
  }),
};

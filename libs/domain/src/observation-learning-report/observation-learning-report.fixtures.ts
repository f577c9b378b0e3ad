import type { CommandMetadata, Role } from '../shared/decider.js';
import type { ObservationLearningReportCommand } from './observation-learning-report.commands.js';
import type { ObservationLearningReportEvent } from './observation-learning-report.events.js';

/** Shared test data for observation learning report tests (decider and read model). */

export const HOS_ID = 'hos-001';
export const OTHER_HOS_ID = 'hos-002';
export const SERVICE_AREA_ID = 'assess';
export const YEAR = 2025;
export const REPORT_ID = `${HOS_ID}-${YEAR}`;
export const NOW = '2025-12-10T10:00:00.000Z';

let commandCounter = 0;

export function metadata(overrides: { staffId?: string; role?: Role; now?: string } = {}): CommandMetadata {
  commandCounter += 1;
  const commandId = `00000000-0000-4000-9100-${String(commandCounter).padStart(12, '0')}`;
  return {
    actor: { staffId: overrides.staffId ?? HOS_ID, role: overrides.role ?? 'HEAD_OF_SERVICE' },
    now: overrides.now ?? NOW,
    commandId,
    correlationId: commandId,
    causationId: commandId,
  };
}

export const content = {
  learning: 'Observations showed children seen alone on most visits; risk analysis was weaker',
  themes: ['Risk analysis', 'Direct work with children'],
  strengths: 'Relationship-based practice with families',
  areasForDevelopment: 'Analysis of risk from new partners',
};

type DraftData = Extract<ObservationLearningReportCommand, { type: 'DraftObservationLearningReport' }>['data'];

export const commands = {
  draft: (data: Partial<DraftData> = {}, actor: { staffId?: string; role?: Role; now?: string } = {}): ObservationLearningReportCommand => ({
    type: 'DraftObservationLearningReport',
    data: { year: YEAR, serviceAreaId: SERVICE_AREA_ID, ...content, serviceAreasHeaded: [SERVICE_AREA_ID], ...data },
    metadata: metadata(actor),
  }),
  submit: (actor: { staffId?: string; role?: Role; now?: string } = {}, year = YEAR): ObservationLearningReportCommand => ({
    type: 'SubmitObservationLearningReport',
    data: { year },
    metadata: metadata(actor),
  }),
};

type Data<T extends ObservationLearningReportEvent['type']> = Extract<ObservationLearningReportEvent, { type: T }>['data'];

export const events = {
  drafted: (overrides: Partial<Data<'ObservationLearningReportDrafted'>> = {}): ObservationLearningReportEvent => ({
    type: 'ObservationLearningReportDrafted',
    data: { reportId: REPORT_ID, headOfServiceId: HOS_ID, year: YEAR, serviceAreaId: SERVICE_AREA_ID, ...content, draftedAt: NOW, ...overrides },
  }),
  submitted: (overrides: Partial<Data<'ObservationLearningReportSubmitted'>> = {}): ObservationLearningReportEvent => ({
    type: 'ObservationLearningReportSubmitted',
    data: { reportId: REPORT_ID, headOfServiceId: HOS_ID, year: YEAR, serviceAreaId: SERVICE_AREA_ID, submittedAt: NOW, ...overrides },
  }),
};

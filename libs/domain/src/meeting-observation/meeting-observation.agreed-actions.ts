import type { AgreedAction, AgreedActionSource, RecordedStrandEvent } from '../remedial-action/agreed-actions.js';
import type { MeetingObservationLearningAndActionsAgreed } from './meeting-observation.events.js';

/**
 * MTG-4 and issue 4, item 7: the actions of the shared record of learning and actions agreed with
 * the chair, read from the recorded event alone, each to be raised as a remedial action. A field
 * of the wrong shape reads as absent: an action without its id, owner, manager or timescale is
 * left out rather than guessed.
 */
export const meetingObservationAgreedActions: AgreedActionSource = {
  sourceKind: 'MEETING_OBSERVATION',
  eventTypes: ['MeetingObservationLearningAndActionsAgreed'] satisfies MeetingObservationLearningAndActionsAgreed['type'][],
  agreedActions(event: RecordedStrandEvent): readonly AgreedAction[] {
    if (event.type !== 'MeetingObservationLearningAndActionsAgreed') return [];
    const data = event.data;
    const sourceId = text(data['observationId']);
    const agreedAt = text(data['agreedAt']);
    if (sourceId === null || agreedAt === null || !Array.isArray(data['actions'])) return [];
    const azeusNumber = text(data['azeusNumber']);
    const teamId = text(data['teamId']);
    return data['actions'].flatMap((action: unknown): AgreedAction[] => {
      if (typeof action !== 'object' || action === null) return [];
      const a = action as Record<string, unknown>;
      const actionId = text(a['actionId']);
      const ownerId = text(a['ownerId']);
      const managerId = text(a['managerId']);
      const timescale = text(a['timescale']);
      if (actionId === null || ownerId === null || managerId === null || timescale === null) return [];
      return [
        {
          sourceKind: 'MEETING_OBSERVATION',
          sourceId,
          agreedAt,
          actionId,
          description: text(a['description']) ?? '',
          ownerId,
          managerId,
          timescale,
          azeusNumber,
          teamId,
        },
      ];
    });
  },
};

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

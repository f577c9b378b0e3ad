import type { AgreedAction, AgreedActionSource, RecordedStrandEvent } from '../remedial-action/agreed-actions.js';

/**
 * OBS-5 with issue 4, item 7: each action of a practice observation's shared action plan becomes a
 * remedial action with the CFA-7 lifecycle. Reads the recorded event alone and never throws: an
 * action missing what a remedial action needs (a plan recorded before actions carried their
 * manager, say) is left out rather than guessed. A plan agreed again names its actions again; the
 * same actionId is the same remedial action.
 */
export const practiceObservationAgreedActions: AgreedActionSource = {
  sourceKind: 'PRACTICE_OBSERVATION',
  eventTypes: ['PracticeObservationActionPlanAgreed'],
  agreedActions(event: RecordedStrandEvent): readonly AgreedAction[] {
    if (event.type !== 'PracticeObservationActionPlanAgreed') return [];
    const observationId = text(event.data['observationId']);
    const agreedAt = text(event.data['agreedAt']);
    const actions = event.data['actions'];
    if (observationId === null || agreedAt === null || !Array.isArray(actions)) return [];
    return actions.flatMap((action: unknown): AgreedAction[] => {
      if (typeof action !== 'object' || action === null || Array.isArray(action)) return [];
      const a = action as Record<string, unknown>;
      const actionId = text(a['actionId']);
      const description = text(a['description']);
      const ownerId = text(a['ownerId']);
      const managerId = text(a['managerId']);
      const timescale = text(a['dueBy']);
      if (actionId === null || description === null || ownerId === null || managerId === null || timescale === null) return [];
      if (managerId === ownerId || !/^\d{4}-\d{2}-\d{2}$/.test(timescale)) return [];
      return [
        {
          sourceKind: 'PRACTICE_OBSERVATION',
          sourceId: observationId,
          agreedAt,
          actionId,
          description,
          ownerId,
          managerId,
          timescale,
          azeusNumber: text(a['azeusNumber']),
          teamId: text(a['teamId']),
        },
      ];
    });
  },
};

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

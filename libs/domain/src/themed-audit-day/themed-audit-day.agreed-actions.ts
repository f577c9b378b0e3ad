import type { AgreedAction, AgreedActionSource, RecordedStrandEvent } from '../remedial-action/agreed-actions.js';

/**
 * TAD-1: the targeted action plan's actions are tracked to completion as remedial actions (CFA-7).
 * Read from the recorded event alone, without trusting its shape: an action missing its id, owner,
 * manager or timescale cannot be raised and is left out rather than thrown on.
 */
export const themedAuditDayAgreedActions: AgreedActionSource = {
  sourceKind: 'THEMED_AUDIT_DAY',
  eventTypes: ['ThemedAuditDayActionPlanAgreed'],
  agreedActions(event: RecordedStrandEvent): readonly AgreedAction[] {
    if (event.type !== 'ThemedAuditDayActionPlanAgreed') return [];
    const sourceId = text(event.data['dayId']);
    const agreedAt = text(event.data['agreedAt']);
    if (sourceId === null || agreedAt === null) return [];
    const actions = Array.isArray(event.data['actions']) ? event.data['actions'] : [];
    return actions.flatMap((action: unknown): AgreedAction[] => {
      if (typeof action !== 'object' || action === null) return [];
      const a = action as Record<string, unknown>;
      const actionId = text(a['actionId']);
      const ownerId = text(a['ownerId']);
      const managerId = text(a['managerId']);
      const timescale = text(a['timescale']);
      if (actionId === null || ownerId === null || managerId === null || timescale === null) return [];
      return [
        {
          sourceKind: 'THEMED_AUDIT_DAY',
          sourceId,
          agreedAt,
          actionId,
          description: text(a['description']) ?? '',
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
  return typeof value === 'string' && value !== '' ? value : null;
}

import type { AgreedAction, AgreedActionSource, RecordedStrandEvent } from '../remedial-action/agreed-actions.js';

/**
 * Issue 4, item 7: the actions agreed when an escalation is resolved (CRS-1) become remedial
 * actions with the CFA-7 lifecycle. Read from `CrsEscalationResolved` alone, which carries the
 * case, the team and each action's owner, manager and timescale. A malformed action is skipped:
 * a recorded fact is never refused.
 */
export const crsEscalationAgreedActions: AgreedActionSource = {
  sourceKind: 'CRS_ESCALATION',
  eventTypes: ['CrsEscalationResolved'],
  agreedActions(event: RecordedStrandEvent): readonly AgreedAction[] {
    if (event.type !== 'CrsEscalationResolved') return [];
    const data = event.data;
    const escalationId = text(data['escalationId']);
    const agreedAt = text(data['resolvedAt']);
    if (escalationId === null || agreedAt === null || !Array.isArray(data['agreedActions'])) return [];
    const azeusNumber = text(data['azeusNumber']);
    const teamId = text(data['teamId']);
    return data['agreedActions'].flatMap((entry): AgreedAction[] => {
      if (typeof entry !== 'object' || entry === null) return [];
      const action = entry as Record<string, unknown>;
      const [actionId, description, ownerId, managerId, timescale] = ['actionId', 'description', 'ownerId', 'managerId', 'timescale'].map((key) =>
        text(action[key]),
      );
      if (!actionId || !description || !ownerId || !managerId || !timescale || ownerId === managerId) return [];
      return [{ sourceKind: 'CRS_ESCALATION', sourceId: escalationId, agreedAt, actionId, description, ownerId, managerId, timescale, azeusNumber, teamId }];
    });
  },
};

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

import type { AgreedAction, AgreedActionSource, RecordedStrandEvent } from '../remedial-action/agreed-actions.js';

/**
 * The actions a midway review agreed (CRS-3), read from the recorded MidwayReviewHeld alone, so the
 * service raises each as a remedial action with the CFA-7 lifecycle. The event is read defensively:
 * an action missing an id, owner, manager or timescale is not an action anyone can be held to.
 */
export const midwayReviewAgreedActions: AgreedActionSource = {
  sourceKind: 'MIDWAY_REVIEW',
  eventTypes: ['MidwayReviewHeld'],
  agreedActions(event: RecordedStrandEvent): readonly AgreedAction[] {
    if (event.type !== 'MidwayReviewHeld') return [];
    const d = event.data;
    const reviewId = text(d['reviewId']);
    const agreedAt = text(d['recordedAt']);
    if (reviewId === null || agreedAt === null || !Array.isArray(d['agreedActions'])) return [];
    return d['agreedActions'].flatMap((item: unknown): AgreedAction[] => {
      if (typeof item !== 'object' || item === null) return [];
      const a = item as Record<string, unknown>;
      const actionId = text(a['actionId']);
      const ownerId = text(a['ownerId']);
      const managerId = text(a['managerId']);
      const timescale = text(a['timescale']);
      if (actionId === null || ownerId === null || managerId === null || timescale === null) return [];
      return [
        {
          sourceKind: 'MIDWAY_REVIEW',
          sourceId: reviewId,
          agreedAt,
          actionId,
          description: text(a['description']) ?? '',
          ownerId,
          managerId,
          timescale,
          azeusNumber: text(d['azeusNumber']),
          teamId: text(d['teamId']),
        },
      ];
    });
  },
};

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

import type { AgreedAction, AgreedActionSource, RecordedStrandEvent } from '../remedial-action/agreed-actions.js';

/**
 * SUP-5 (issue 4, item 7): the actions agreed when a supervision audit's findings are reviewed at
 * the next supervision become remedial actions, with the CFA-7 lifecycle. Read from the
 * SupervisionAuditFindingsReviewed event alone; the 48-hour clock starts when the review was
 * recorded. An action recorded before the manager was carried falls back to the rule the decider
 * applies (the supervisor, or the auditor when the supervisor owns it) where the event names them;
 * an action that still lacks an owner, a manager other than the owner or a timescale is skipped,
 * never guessed.
 */
export const supervisionAuditAgreedActions: AgreedActionSource = {
  sourceKind: 'SUPERVISION_AUDIT',
  eventTypes: ['SupervisionAuditFindingsReviewed'],
  agreedActions(event: RecordedStrandEvent): readonly AgreedAction[] {
    if (event.type !== 'SupervisionAuditFindingsReviewed') return [];
    const d = event.data;
    const auditId = text(d['auditId']);
    const agreedAt = text(d['recordedAt']);
    if (auditId === null || agreedAt === null || !Array.isArray(d['agreedActions'])) return [];
    const auditorId = text(d['auditorId']);
    const supervisorId = text(d['supervisorId']);
    return d['agreedActions'].flatMap((raw: unknown): AgreedAction[] => {
      if (typeof raw !== 'object' || raw === null) return [];
      const a = raw as Record<string, unknown>;
      const actionId = text(a['actionId']);
      const description = text(a['action']);
      const ownerId = text(a['ownerId']);
      const timescale = text(a['timescale']);
      if (actionId === null || description === null || ownerId === null || timescale === null) return [];
      const managerId = text(a['managerId']) ?? (ownerId === supervisorId ? auditorId : supervisorId);
      if (managerId === null || managerId === ownerId) return [];
      return [
        {
          sourceKind: 'SUPERVISION_AUDIT',
          sourceId: auditId,
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

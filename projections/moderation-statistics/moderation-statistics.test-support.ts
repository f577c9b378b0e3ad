import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Grade } from '../../libs/domain/src/index.js';
import { events } from '../../libs/domain/src/testing/case-file-audit.fixtures.js';
import { recorded } from '../case-file-audits/case-file-audits.test-support.js';

/** A moderated audit's events as recorded: the moderation, then each grade it changed. */
export function moderatedAudit(
  auditId: string,
  options: {
    auditorId: string;
    teamId: string | null;
    moderatedAt: string;
    /** [criterion or null for overall, from, to] */
    changes?: readonly (readonly [number | null, Grade, Grade])[];
  },
): RecordedEvent[] {
  const changes = options.changes ?? [];
  const moderated = events.moderated(changes.length === 0, 'Feedback to the auditor', options.moderatedAt);
  return [
    recorded({ ...moderated, data: { ...moderated.data, auditorId: options.auditorId, teamId: options.teamId } }, 30, {
      auditId,
      now: options.moderatedAt,
    }),
    ...changes.map(([criterion, from, to], index) =>
      recorded(events.gradeModerated(criterion, from, to, 'Reason', options.moderatedAt), 31 + index, {
        auditId,
        now: options.moderatedAt,
      }),
    ),
  ];
}

import { caseFileAuditStreamId } from '../../../../libs/domain/src/index.js';
import type { EventStore, RecordedEvent } from '../../../../libs/event-store/src/event-store.port.js';
import { verifyChain } from '../../../../libs/event-store/src/hash-chain.js';
import { actorOf, businessTimeOf, type HistoryActor } from '../../../../projections/history-index/index.js';
import type { StreamVerdict } from './history-timeline.js';

/**
 * CFA-9, REP-3: a case file audit's grades as the auditor gave them and as moderation left them,
 * both kept. Folded from the audit's own stream in the log (read whole and its chain verified),
 * up to asOf. Every grading is listed: a grade the auditor changed before submission, the grade
 * as submitted, and a grade moderation changed.
 */

export type GradeRecordKind = 'GIVEN' | 'NOT_APPLICABLE' | 'SUBMITTED' | 'MODERATED';

export interface GradeRecord {
  readonly kind: GradeRecordKind;
  /** Null when marked not applicable. */
  readonly grade: string | null;
  /** The evaluation, rationale or the moderator's reason. */
  readonly text: string | null;
  readonly at: string;
  readonly actor: HistoryActor | null;
  readonly revision: number;
}

export interface GradeHistory {
  /** 1..16; null for the overall grade. */
  readonly criterion: number | null;
  /** The first grade the auditor gave. */
  readonly firstGrade: string | null;
  /** The grade when the audit was submitted (the auditor's last). */
  readonly submittedGrade: string | null;
  /** The grade after moderation: changed, or the submitted one when the moderator kept it; null before moderation. */
  readonly moderatedGrade: string | null;
  readonly changedByModeration: boolean;
  readonly records: readonly GradeRecord[];
}

export interface AuditModeration {
  readonly agreed: boolean;
  readonly feedback: string | null;
  readonly moderatorId: string | null;
  readonly moderatorRole: string | null;
  readonly at: string;
}

export interface AuditGradesHistoryView {
  readonly auditId: string;
  readonly azeusNumber: string | null;
  readonly asOf: string | null;
  readonly submitted: boolean;
  readonly moderation: AuditModeration | null;
  readonly criteria: readonly GradeHistory[];
  readonly overall: GradeHistory;
  readonly stream: StreamVerdict;
  readonly chainVerified: boolean;
}

type Mutable = {
  criterion: number | null;
  firstGrade: string | null;
  current: string | null;
  submittedGrade: string | null;
  moderatedGrade: string | null;
  changedByModeration: boolean;
  records: GradeRecord[];
};

const CRITERIA = 16;

/** Null when the log holds no such audit (or none as at asOf). */
export async function auditGradesHistory(events: EventStore, auditId: string, asOf: string | null): Promise<AuditGradesHistoryView | null> {
  const streamId = caseFileAuditStreamId(auditId);
  const recorded = await events.readStream(streamId);
  const upTo = recorded.filter((event) => asOf === null || businessTimeOf(event) <= asOf);
  if (upTo.length === 0) return null;
  const chain = verifyChain(streamId, recorded);
  const stream: StreamVerdict = {
    streamId,
    valid: chain.valid,
    events: chain.events,
    headHash: chain.valid ? chain.headHash : null,
    brokenAtRevision: chain.valid ? null : chain.brokenAtRevision,
    reason: chain.valid ? null : chain.reason,
    missingRevisions: [],
  };
  return { auditId, asOf, ...foldGrades(upTo), stream, chainVerified: chain.valid };
}

/** The grades folded from an audit's events (in stream order). Pure; skips what it cannot read. */
export function foldGrades(events: readonly RecordedEvent[]): Pick<AuditGradesHistoryView, 'azeusNumber' | 'submitted' | 'moderation' | 'criteria' | 'overall'> {
  const blank = (criterion: number | null): Mutable => ({
    criterion,
    firstGrade: null,
    current: null,
    submittedGrade: null,
    moderatedGrade: null,
    changedByModeration: false,
    records: [],
  });
  const criteria = Array.from({ length: CRITERIA }, (_, i) => blank(i + 1));
  const overall = blank(null);
  let azeusNumber: string | null = null;
  let submitted = false;
  let moderation: AuditModeration | null = null;
  const rowOf = (criterion: unknown): Mutable | null =>
    typeof criterion === 'number' && Number.isInteger(criterion) && criterion >= 1 && criterion <= CRITERIA ? criteria[criterion - 1]! : null;
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

  for (const event of events) {
    const data = (typeof event.data === 'object' && event.data !== null ? event.data : {}) as Record<string, unknown>;
    const base = { at: businessTimeOf(event), actor: actorOf(event), revision: event.revision };
    switch (event.type) {
      case 'CaseFileAuditScheduled':
        azeusNumber = text(data['azeusNumber']) ?? azeusNumber;
        break;
      case 'CaseFileAuditCriterionGraded': {
        const row = rowOf(data['criterion']);
        const grade = text(data['grade']);
        if (row === null || grade === null) break;
        row.firstGrade ??= grade;
        row.current = grade;
        row.records.push({ kind: 'GIVEN', grade, text: text(data['evaluation']), ...base });
        break;
      }
      case 'CaseFileAuditCriterionMarkedNotApplicable': {
        const row = rowOf(data['criterion']);
        if (row === null) break;
        row.current = null;
        row.records.push({ kind: 'NOT_APPLICABLE', grade: null, text: text(data['reason']), ...base });
        break;
      }
      case 'CaseFileAuditSubmitted': {
        submitted = true;
        const grade = text(data['overallGrade']);
        overall.firstGrade ??= grade;
        overall.current = grade;
        overall.submittedGrade = grade;
        overall.records.push({ kind: 'SUBMITTED', grade, text: text(data['rationale']), ...base });
        for (const row of criteria) row.submittedGrade = row.current;
        break;
      }
      case 'CaseFileAuditModerated': {
        moderation = {
          agreed: data['agreed'] === true,
          feedback: text(data['feedback']),
          moderatorId: text(data['moderatorId']) ?? base.actor?.staffId ?? null,
          moderatorRole: text(data['moderatorRole']) ?? base.actor?.role ?? null,
          at: base.at,
        };
        for (const row of [...criteria, overall]) row.moderatedGrade = row.submittedGrade;
        break;
      }
      case 'CaseFileAuditGradeModerated': {
        const row = data['scope'] === 'OVERALL' || data['criterion'] === null ? overall : rowOf(data['criterion']);
        const grade = text(data['toGrade']);
        if (row === null || grade === null) break;
        row.moderatedGrade = grade;
        row.changedByModeration = grade !== row.submittedGrade;
        row.records.push({ kind: 'MODERATED', grade, text: text(data['reason']), ...base });
        break;
      }
      default:
        break;
    }
  }
  const done = ({ current: _current, ...row }: Mutable): GradeHistory => row;
  return { azeusNumber, submitted, moderation, criteria: criteria.map(done), overall: done(overall) };
}

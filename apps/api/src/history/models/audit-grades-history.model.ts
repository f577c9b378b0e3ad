import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type {
  AuditGradesHistoryView,
  AuditModeration as AuditModerationView,
  GradeHistory as GradeHistoryView,
  GradeRecordKind,
} from '../audit-grades-history.js';
import { HistoryActor, HistoryStreamVerdict } from './history.model.js';
import { WITHHELD_CHILD_TEXT_DESCRIPTION, WithheldChildText } from '../../case-keys/models/withheld-child-text.model.js';

export const AuditGradeRecordKindEnum = {
  GIVEN: 'GIVEN',
  NOT_APPLICABLE: 'NOT_APPLICABLE',
  SUBMITTED: 'SUBMITTED',
  MODERATED: 'MODERATED',
} as const satisfies Record<GradeRecordKind, GradeRecordKind>;
registerEnumType(AuditGradeRecordKindEnum, { name: 'AuditGradeRecordKind', description: 'How a grade came to be recorded (CFA-9).' });

@ObjectType({ description: 'One grading of a criterion or of the whole audit, with who and when.' })
export class AuditGradeRecord {
  @Field(() => [WithheldChildText], { nullable: true, description: WITHHELD_CHILD_TEXT_DESCRIPTION })
  withheldChildText?: WithheldChildText[] | null;

  @Field(() => AuditGradeRecordKindEnum) kind: GradeRecordKind;
  @Field(() => String, { nullable: true, description: 'Null when marked not applicable.' }) grade: string | null;
  @Field(() => String, { nullable: true, description: "The evaluation, the rationale or the moderator's reason." }) text: string | null;
  @Field({ description: 'Business time.' }) when: string;
  @Field(() => HistoryActor, { nullable: true }) who: HistoryActor | null;
  @Field(() => Int) revision: number;
}

@ObjectType({ description: "CFA-9: a criterion's (or the overall) grade as first given, as submitted and as moderated; every version kept." })
export class AuditGradeHistory {
  @Field(() => Int, { nullable: true, description: '1..16; null for the overall grade.' }) criterion: number | null;
  @Field(() => String, { nullable: true }) firstGrade: string | null;
  @Field(() => String, { nullable: true, description: "The auditor's grade when the audit was submitted." }) submittedGrade: string | null;
  @Field(() => String, { nullable: true, description: 'After moderation (the submitted grade when kept); null before moderation.' }) moderatedGrade: string | null;
  @Field() changedByModeration: boolean;
  @Field(() => [AuditGradeRecord]) records: AuditGradeRecord[];

  static of(view: GradeHistoryView): AuditGradeHistory {
    return Object.assign(new AuditGradeHistory(), {
      ...view,
      records: view.records.map((r) =>
        Object.assign(new AuditGradeRecord(), {
          kind: r.kind,
          grade: r.grade,
          text: r.text,
          when: r.at,
          who: r.actor === null ? null : Object.assign(new HistoryActor(), r.actor),
          revision: r.revision,
        }),
      ),
    });
  }
}

@ObjectType({ description: "CFA-9: the senior manager's moderation." })
export class AuditModerationRecord {
  @Field() agreed: boolean;
  @Field(() => String, { nullable: true }) feedback: string | null;
  @Field(() => String, { nullable: true }) moderatorId: string | null;
  @Field(() => String, { nullable: true }) moderatorRole: string | null;
  @Field() when: string;

  static of(view: AuditModerationView): AuditModerationRecord {
    const { at, ...rest } = view;
    return Object.assign(new AuditModerationRecord(), { ...rest, when: at });
  }
}

@ObjectType({ description: "CFA-9, REP-3: a case file audit's grades as first given and as moderated, from the audit's stream in the log." })
export class AuditGradesHistory {
  @Field(() => [WithheldChildText], { nullable: true, description: WITHHELD_CHILD_TEXT_DESCRIPTION })
  withheldChildText?: WithheldChildText[] | null;

  @Field() auditId: string;
  @Field(() => String, { nullable: true }) azeusNumber: string | null;
  @Field(() => String, { nullable: true }) asOf: string | null;
  @Field() submitted: boolean;
  @Field(() => AuditModerationRecord, { nullable: true }) moderation: AuditModerationRecord | null;
  @Field(() => [AuditGradeHistory], { description: 'Criteria 1..16 in order.' }) criteria: AuditGradeHistory[];
  @Field(() => AuditGradeHistory) overall: AuditGradeHistory;
  @Field(() => HistoryStreamVerdict) stream: HistoryStreamVerdict;
  @Field() chainVerified: boolean;

  static of(view: AuditGradesHistoryView): AuditGradesHistory {
    return Object.assign(new AuditGradesHistory(), {
      auditId: view.auditId,
      azeusNumber: view.azeusNumber,
      asOf: view.asOf,
      submitted: view.submitted,
      moderation: view.moderation === null ? null : AuditModerationRecord.of(view.moderation),
      criteria: view.criteria.map(AuditGradeHistory.of),
      overall: AuditGradeHistory.of(view.overall),
      stream: HistoryStreamVerdict.of(view.stream),
      chainVerified: view.chainVerified,
    });
  }
}

import { registerEnumType } from '@nestjs/graphql';
import {
  AUDIT_TYPES,
  CASE_CATEGORIES,
  GRADES,
  GRADE_DESCRIPTORS,
  PERIOD_KINDS,
  WORKER_INVOLVEMENTS,
  type AuditType,
  type CaseCategory,
  type EscalationScope,
  type Grade,
  type ModerationScope,
  type PeriodKind,
  type WorkerInvolvement,
} from '../../../../libs/domain/src/case-file-audit/case-file-audit.values.js';
import type { CaseFileAuditStatus } from '../../../../libs/domain/src/case-file-audit/case-file-audit.state.js';

/** GraphQL enums generated from the domain's lists, so the schema cannot drift from the form. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const GradeEnum = enumOf<Grade>(GRADES);
registerEnumType(GradeEnum, {
  name: 'Grade',
  description: 'The four grades of the framework (appendix A section 6).',
  valuesMap: Object.fromEntries(GRADES.map((g) => [g, { description: GRADE_DESCRIPTORS[g] }])),
});

export const AuditTypeEnum = enumOf<AuditType>(AUDIT_TYPES);
registerEnumType(AuditTypeEnum, { name: 'AuditType', description: 'Why the case file audit is done.' });

export const CaseCategoryEnum = enumOf<CaseCategory>(CASE_CATEGORIES);
registerEnumType(CaseCategoryEnum, { name: 'CaseCategory', description: 'Section 1b category of case.' });

export const PeriodKindEnum = enumOf<PeriodKind>(PERIOD_KINDS);
registerEnumType(PeriodKindEnum, { name: 'PeriodKind', description: 'Section 1b CiN / CP / LAC periods.' });

export const CASE_FILE_AUDIT_STATUSES: readonly Exclude<CaseFileAuditStatus, 'NOT_SCHEDULED'>[] = ['SCHEDULED', 'IN_PROGRESS', 'SUBMITTED'];
export const CaseFileAuditStatusEnum = enumOf(CASE_FILE_AUDIT_STATUSES);
registerEnumType(CaseFileAuditStatusEnum, { name: 'CaseFileAuditStatus' });

export const ESCALATION_SCOPES: readonly EscalationScope[] = ['CRITERION', 'OVERALL'];
export const EscalationScopeEnum = enumOf(ESCALATION_SCOPES);
registerEnumType(EscalationScopeEnum, {
  name: 'EscalationScope',
  description: 'CFA-13: what was graded Inadequate, one criterion or the case overall.',
});

export const WorkerInvolvementEnum = enumOf<WorkerInvolvement>(WORKER_INVOLVEMENTS);
registerEnumType(WorkerInvolvementEnum, {
  name: 'WorkerInvolvementKind',
  description:
    'CFA-8: the audit is done with the worker where possible; otherwise a shared reflective discussion is offered, and its outcome recorded.',
  valuesMap: {
    DONE_WITH_WORKER: { description: 'The audit was undertaken with the worker.' },
    REFLECTIVE_DISCUSSION_OFFERED: { description: 'A shared reflective discussion was offered; its outcome may follow the submission.' },
    REFLECTIVE_DISCUSSION_HELD: { description: 'The reflective discussion was held (date required).' },
    REFLECTIVE_DISCUSSION_DECLINED: { description: 'The worker declined the reflective discussion (date required, reason optional).' },
  },
});

export const MODERATION_SCOPES: readonly ModerationScope[] = ['CRITERION', 'OVERALL'];
export const ModerationScopeEnum = enumOf(MODERATION_SCOPES);
registerEnumType(ModerationScopeEnum, {
  name: 'ModerationScope',
  description: 'CFA-9: a moderated grade is a criterion grade or the overall grade.',
});

export const ModerationStatusEnum = { AGREED: 'AGREED', CHANGED: 'CHANGED' } as const;
registerEnumType(ModerationStatusEnum, {
  name: 'ModerationStatus',
  description: 'CFA-9: the moderator agreed with every grade, or changed at least one.',
});

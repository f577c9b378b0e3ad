import { registerEnumType } from '@nestjs/graphql';
import {
  CASE_SUPERVISION_QUESTIONS,
  PROFESSIONAL_SUPERVISION_QUESTIONS,
  SUPERVISION_ANSWERS,
  SUPERVISION_AUDIT_KINDS,
  type SupervisionAnswer,
  type SupervisionAuditKind,
} from '../../../../libs/domain/src/index.js';
import type { SupervisionAuditDocumentStatus } from '../../../../projections/supervision-audits/index.js';

/** GraphQL enums generated from the domain's lists, so the schema cannot drift from appendix B. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const SupervisionAuditKindEnum = enumOf<SupervisionAuditKind>(SUPERVISION_AUDIT_KINDS);
registerEnumType(SupervisionAuditKindEnum, {
  name: 'SupervisionAuditKind',
  description: 'Appendix B: an audit of case file supervision (SUP-3) or of professional supervision (SUP-4).',
  valuesMap: {
    CASE: { description: 'Case supervision and management oversight over the past 6 months: nine questions (SUP-3).' },
    PROFESSIONAL: { description: 'Personal (professional) supervision over the past 6 months: four questions (SUP-4).' },
  },
});

export const SupervisionAnswerEnum = enumOf<SupervisionAnswer>(SUPERVISION_ANSWERS);
registerEnumType(SupervisionAnswerEnum, { name: 'SupervisionAuditAnswerValue', description: 'The Yes / No columns of appendix B.' });

export const SUPERVISION_AUDIT_STATUSES: readonly SupervisionAuditDocumentStatus[] = ['IN_PROGRESS', 'COMPLETED'];
export const SupervisionAuditStatusEnum = enumOf(SUPERVISION_AUDIT_STATUSES);
registerEnumType(SupervisionAuditStatusEnum, { name: 'SupervisionAuditStatus' });

/** Every question of appendix B, the case questions then the professional ones; the keys never change. */
export const SUPERVISION_AUDIT_QUESTIONS = [
  ...CASE_SUPERVISION_QUESTIONS.map((q) => ({ ...q, kind: 'CASE' as const })),
  ...PROFESSIONAL_SUPERVISION_QUESTIONS.map((q) => ({ ...q, kind: 'PROFESSIONAL' as const })),
];
export const SUPERVISION_AUDIT_QUESTION_KEYS: readonly string[] = SUPERVISION_AUDIT_QUESTIONS.map((q) => q.key);

export const SupervisionAuditQuestionKeyEnum = enumOf<string>(SUPERVISION_AUDIT_QUESTION_KEYS);
registerEnumType(SupervisionAuditQuestionKeyEnum, {
  name: 'SupervisionAuditQuestionKey',
  description:
    'A question of appendix B. The first nine belong to case supervision audits (SUP-3), the last four to professional supervision audits (SUP-4).',
  valuesMap: Object.fromEntries(SUPERVISION_AUDIT_QUESTIONS.map((q) => [q.key, { description: `${q.kind}: ${q.text}` }])),
});

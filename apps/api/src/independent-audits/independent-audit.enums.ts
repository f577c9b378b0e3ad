import { registerEnumType } from '@nestjs/graphql';
import { LEARNING_EVIDENCED, type LearningEvidenced } from '../../../../libs/domain/src/index.js';
import type { IndependentAuditCommissionDocument } from '../../../../projections/independent-audits/independent-audits.document.js';

/** GraphQL enums generated from the domain's lists, so the schema cannot drift from the rules. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export type IndependentAuditStatus = IndependentAuditCommissionDocument['status'];

export const INDEPENDENT_AUDIT_STATUSES: readonly IndependentAuditStatus[] = ['COMMISSIONED', 'ACCEPTED', 'AUDIT_LINKED', 'REPORTED', 'WITHDRAWN'];
export const IndependentAuditStatusEnum = enumOf(INDEPENDENT_AUDIT_STATUSES);
registerEnumType(IndependentAuditStatusEnum, {
  name: 'IndependentAuditStatus',
  description: "An independent audit commission's life (CFA-10).",
  valuesMap: {
    COMMISSIONED: { description: 'A senior manager has asked S&QA for it; no S&QA officer has accepted it yet.' },
    ACCEPTED: { description: 'An S&QA officer or manager has taken it on; no case file audit is linked yet.' },
    AUDIT_LINKED: { description: 'Carried out by a case file audit of type INDEPENDENT; findings not yet reported.' },
    REPORTED: { description: 'Whether the learning is evidenced has been reported.' },
    WITHDRAWN: { description: 'The senior manager withdrew it.' },
  },
});

export const LearningEvidencedEnum = enumOf<LearningEvidenced>(LEARNING_EVIDENCED);
registerEnumType(LearningEvidencedEnum, {
  name: 'LearningEvidenced',
  description: 'CFA-10: whether the independent audit found the learning and improvement it was commissioned to test.',
});

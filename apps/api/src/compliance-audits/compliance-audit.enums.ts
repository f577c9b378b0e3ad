import { registerEnumType } from '@nestjs/graphql';
import { COMPLIANCE_CHECK_ITEMS, COMPLIANCE_CHECK_ITEM_LABELS, type ComplianceCheckItem } from '../../../../libs/domain/src/index.js';
import type {
  CaseNoteState,
  ComplianceActionsState,
  ComplianceAuditDocument,
  ComplianceCheckDocument,
  ComplianceActionDocument,
} from '../../../../projections/compliance-audits/index.js';

/** GraphQL enums generated from the domain's and read model's lists, so the schema cannot drift. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const ComplianceCheckItemEnum = enumOf<ComplianceCheckItem>(COMPLIANCE_CHECK_ITEMS);
registerEnumType(ComplianceCheckItemEnum, {
  name: 'ComplianceCheckItem',
  description: 'CFA-5: the seven things a compliance audit checks, in the framework\'s order.',
  valuesMap: Object.fromEntries(COMPLIANCE_CHECK_ITEMS.map((item) => [item, { description: COMPLIANCE_CHECK_ITEM_LABELS[item] }])),
});

export const COMPLIANCE_AUDIT_STATUSES: readonly ComplianceAuditDocument['status'][] = ['IN_PROGRESS', 'COMPLETED'];
export const ComplianceAuditStatusEnum = enumOf(COMPLIANCE_AUDIT_STATUSES);
registerEnumType(ComplianceAuditStatusEnum, { name: 'ComplianceAuditStatus' });

export const ComplianceCheckStatusEnum = enumOf<ComplianceCheckDocument['status']>(['UNANSWERED', 'MET', 'NOT_MET']);
registerEnumType(ComplianceCheckStatusEnum, { name: 'ComplianceCheckStatus' });

export const CaseNoteStateEnum = enumOf<CaseNoteState>(['NOT_REQUIRED', 'REQUIRED', 'RECORDED']);
registerEnumType(CaseNoteStateEnum, {
  name: 'ManagementDirectionCaseNoteState',
  description: 'CFA-5: REQUIRED when an item is not met and no management direction case note is recorded yet.',
});

export const ComplianceActionsStateEnum = enumOf<ComplianceActionsState>(['NONE', 'OPEN', 'ALL_COMPLETED']);
registerEnumType(ComplianceActionsStateEnum, {
  name: 'ComplianceActionsState',
  description: 'CFA-5: OPEN while any case note action is not yet confirmed completed in supervision.',
});

export const ComplianceActionStatusEnum = enumOf<ComplianceActionDocument['status']>(['OPEN', 'COMPLETED']);
registerEnumType(ComplianceActionStatusEnum, { name: 'ComplianceActionStatus' });

import { registerEnumType } from '@nestjs/graphql';
import { CHILD_RECORD_KINDS, type ChildRecordKind } from '../../../../libs/domain/src/index.js';

const KIND_DESCRIPTIONS: Readonly<Record<ChildRecordKind, string>> = {
  CASE: "A child's case (the caseload's record of it); its id is the Azeus number.",
  CASE_HISTORY: "A case's history (REP-3); its id is the Azeus number.",
  CASE_FILE_AUDIT: 'A case file audit (appendix A), monthly, thematic or independent.',
  COMPLIANCE_AUDIT: 'A compliance audit (CFA-4, CFA-5).',
  DIP_SAMPLE: 'An S&QA dip sample of a case file audit (CFA-11).',
  INDEPENDENT_AUDIT: 'An independent audit commissioned from S&QA (CFA-10).',
  THEMED_AUDIT_DAY: "A themed audit day's record, read through its history (TAD-1).",
  THEMED_AUDIT: 'A case audited on a themed audit day (TAD-1); its id is the audit id.',
  REMEDIAL_ACTION: 'A remedial action (CFA-7), from any strand.',
  IMMEDIATE_ESCALATION: 'An immediate escalation of an Inadequate grade (CFA-13).',
  SUPERVISION_AUDIT_ESCALATION: 'SUP-3: a child found not safe in a supervision audit, raised with the Head of Service; its id is the audit id.',
  CRS_ESCALATION: 'An escalation by an IRO or CP chair (CRS-1).',
  MONITORING_FORM: "A chair's monitoring form (CRS-3).",
  MIDWAY_REVIEW: 'A midway review (CRS-3).',
  MEETING_OBSERVATION: 'An observation of a key meeting (MTG-1..MTG-4).',
};

/** GraphQL enum generated from the domain's list, so the schema cannot drift. */
export const ChildRecordKindEnum = Object.fromEntries(CHILD_RECORD_KINDS.map((k) => [k, k])) as { [K in ChildRecordKind]: K };
registerEnumType(ChildRecordKindEnum, {
  name: 'ChildRecordKind',
  description: 'Issue 6: the child-level records whose every read is recorded.',
  valuesMap: Object.fromEntries(CHILD_RECORD_KINDS.map((kind) => [kind, { description: KIND_DESCRIPTIONS[kind] }])),
});

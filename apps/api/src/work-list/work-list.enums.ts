import { registerEnumType } from '@nestjs/graphql';
import { WORK_LIST_ITEM_KINDS, type WorkListItemKind } from './work-list.js';

export const WorkListItemKindEnum = Object.fromEntries(WORK_LIST_ITEM_KINDS.map((k) => [k, k])) as { [K in WorkListItemKind]: K };
registerEnumType(WorkListItemKindEnum, {
  name: 'WorkListItemKind',
  description: 'What a work list item asks of its person.',
  valuesMap: {
    CASE_FILE_AUDIT: { description: 'A case file audit they are the auditor of, scheduled or in progress (CFA-6).' },
    SAMPLE_CASE_TO_AUDIT: {
      description: 'A case of the random sample (the asOf year\'s or the year before) allocated to them whose audit is not yet scheduled (CFA-1, CFA-6); id is <year>/<azeusNumber>.',
    },
    COMPLIANCE_AUDIT: { description: 'A compliance audit they are doing, due by the supervision it precedes (CFA-4).' },
    REMEDIAL_ACTION: { description: 'A remedial action they own, not yet completed, with its clocks (CFA-7).' },
    MODERATION: { description: "A senior manager's: a submitted audit awaiting moderation (CFA-9)." },
  },
});

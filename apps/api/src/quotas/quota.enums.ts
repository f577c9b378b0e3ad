import { registerEnumType } from '@nestjs/graphql';
import type { QuotaStatus } from '../../../../projections/quotas/quotas.js';

export const QUOTA_STATUSES: readonly QuotaStatus[] = ['MET', 'DUE', 'AT_RISK', 'MISSED', 'WITHIN_CAP', 'AT_CAP'];
export const QuotaStatusEnum = Object.fromEntries(QUOTA_STATUSES.map((s) => [s, s])) as { [K in QuotaStatus]: K };
registerEnumType(QuotaStatusEnum, {
  name: 'QuotaStatus',
  valuesMap: {
    MET: { description: 'Done (or nothing was owed).' },
    DUE: { description: 'Not yet done; more than a week to its due date.' },
    AT_RISK: { description: 'Not yet done; less than a week to its due date.' },
    MISSED: { description: 'Not done by its due date.' },
    WITHIN_CAP: { description: 'A cap (CFA-3) with room left.' },
    AT_CAP: { description: 'A cap (CFA-3) reached: the next is refused.' },
  },
});

import { registerEnumType } from '@nestjs/graphql';

export const CASE_STATUSES = ['OPEN', 'CLOSED'] as const;
export const CaseStatusEnum = { OPEN: 'OPEN', CLOSED: 'CLOSED' } as const;
registerEnumType(CaseStatusEnum, { name: 'CaseStatus' });

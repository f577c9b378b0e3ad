import { registerEnumType } from '@nestjs/graphql';

export const CriterionStatusEnum = { UNGRADED: 'UNGRADED', GRADED: 'GRADED', NOT_APPLICABLE: 'NOT_APPLICABLE' } as const;
registerEnumType(CriterionStatusEnum, { name: 'CriterionStatus' });

export const FamilyFeedbackStatusEnum = { GIVEN: 'GIVEN', NOT_SOUGHT: 'NOT_SOUGHT' } as const;
registerEnumType(FamilyFeedbackStatusEnum, { name: 'FamilyFeedbackStatus' });

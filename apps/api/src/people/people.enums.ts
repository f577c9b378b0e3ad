import { registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '../../../../libs/domain/src/shared/decider.js';
import { ROLE_NAMES } from '../../../../libs/domain/src/staff/staff.values.js';

/** GraphQL enums generated from the domain's lists, so the schema cannot drift from the framework. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const StaffRoleEnum = enumOf<Role>(ROLES);
registerEnumType(StaffRoleEnum, {
  name: 'StaffRole',
  description: "A person's role in the framework.",
  valuesMap: Object.fromEntries(ROLES.map((role) => [role, { description: ROLE_NAMES[role].join(', ') }])),
});

export const STAFF_MEMBER_STATUSES = ['ACTIVE', 'LEFT'] as const;
export const StaffMemberStatusEnum = enumOf(STAFF_MEMBER_STATUSES);
registerEnumType(StaffMemberStatusEnum, {
  name: 'StaffMemberStatus',
  description: 'LEFT once a leaving date is recorded (it may still be ahead; see inPost).',
});

export const OPEN_OR_CLOSED = ['ACTIVE', 'CLOSED'] as const;
export const TeamStatusEnum = enumOf(OPEN_OR_CLOSED);
registerEnumType(TeamStatusEnum, { name: 'TeamStatus' });

export const SUPERVISION_SESSION_STATUSES = ['PLANNED', 'HELD', 'CANCELLED'] as const;
export const SupervisionSessionStatusEnum = enumOf(SUPERVISION_SESSION_STATUSES);
registerEnumType(SupervisionSessionStatusEnum, { name: 'SupervisionSessionStatus' });

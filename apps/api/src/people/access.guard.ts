import { applyDecorators, Injectable, SetMetadata, UseGuards, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthenticationError } from '../../../../libs/auth/src/jwt.js';
import { DomainError } from '../../../../libs/domain/src/shared/domain-error.js';
import type { Role } from '../../../../libs/domain/src/shared/decider.js';
import { requestOf } from '../auth/bearer-auth.guard.js';

/**
 * Who may change the record of who is who, the caseload and the year's sample: the S&QA officers
 * and managers, who administer the framework's programme (section 3: S&QA draw the random sample
 * and allocate it). Everyone authenticated may read.
 */
export const SQA_ROLES: readonly Role[] = ['SQA_OFFICER', 'SQA_MANAGER'];

/** Who may record a supervision session held: those who supervise, and S&QA. */
export const SUPERVISING_ROLES: readonly Role[] = [
  'ADVANCED_PRACTITIONER',
  'TEAM_MANAGER',
  'HEAD_OF_SERVICE',
  'CHIEF_OFFICER',
  'DIRECTOR',
  'CRS_TEAM_MANAGER',
  ...SQA_ROLES,
];

export const ACCESS_ROLE_NOT_PERMITTED = 'ACCESS.ROLE_NOT_PERMITTED';

const REQUIRED_ROLES = Symbol('requiredRoles');

interface RoleRequirement {
  readonly roles: readonly Role[];
  /** What the operation does, for the refusal's message ("import staff"). */
  readonly action: string;
}

/**
 * Restricts a resolver to actors with one of the roles. Runs after the global bearer guard (so
 * the actor is known) and before the input is validated, so a refused caller learns nothing about
 * the input. A refusal is FORBIDDEN (`extensions.errorCode` ACCESS.ROLE_NOT_PERMITTED) and nothing
 * is dispatched.
 */
export function RequireRoles(roles: readonly Role[], action: string): MethodDecorator {
  return applyDecorators(SetMetadata(REQUIRED_ROLES, { roles, action } satisfies RoleRequirement), UseGuards(RoleGuard));
}

@Injectable()
export class RoleGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const requirement = this.reflector.get<RoleRequirement | undefined>(REQUIRED_ROLES, context.getHandler());
    if (requirement === undefined) return true;
    const actor = requestOf(context).actor;
    if (!actor) throw new AuthenticationError('MISSING_TOKEN', 'A bearer token is required');
    if (requirement.roles.includes(actor.role)) return true;
    throw new DomainError(
      ACCESS_ROLE_NOT_PERMITTED,
      `Only ${requirement.roles.join(' or ')} may ${requirement.action}; you are signed in as ${actor.role}`,
      'FORBIDDEN',
    );
  }
}

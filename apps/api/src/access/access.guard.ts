import { ForbiddenException, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AuthenticationError } from '../../../../libs/auth/src/jwt.js';
import { DomainError } from '../../../../libs/domain/src/shared/domain-error.js';
import type { Role } from '../../../../libs/domain/src/shared/decider.js';
import { requestOf } from '../auth/bearer-auth.guard.js';
import { IS_PUBLIC } from '../auth/public.decorator.js';
import { ACCESS_OPERATION_NOT_LISTED, ACCESS_ROLE_NOT_PERMITTED, permissionFor, type OperationType } from './permissions.js';

/** A GraphQL root field or an HTTP route, as the permission table names it. */
export interface Operation {
  /** Query, Mutation or Route; Subscription (or any other root) has no rows and is refused. */
  readonly type: OperationType | 'Subscription';
  /** The root field (`importStaff`) or the route (`GET /reports/qa-overview/:file`). */
  readonly name: string;
}

/** How a refusal names what was asked: "mutation importStaff", "GET /metrics". */
export function describeOperation({ type, name }: Operation): string {
  return type === 'Route' ? name : `${type.toLowerCase()} ${name}`;
}

/**
 * Issue 6 item 2: whether a role may run an operation, by the permission table. Throws a FORBIDDEN
 * DomainError when not: ACCESS.ROLE_NOT_PERMITTED for a role not in the row and for any mutation
 * by an inspector (read-only whatever the table says, issue 6 item 3), ACCESS.OPERATION_NOT_LISTED
 * for an operation the table does not name (fail closed).
 */
export function authorise(operation: Operation, role: Role): void {
  const what = describeOperation(operation);
  if (operation.type === 'Mutation' && role === 'INSPECTOR') {
    throw new DomainError(ACCESS_ROLE_NOT_PERMITTED, `An inspector has read-only access and may run no mutation; ${what} is refused`, 'FORBIDDEN');
  }
  const permission = operation.type === 'Subscription' ? null : permissionFor(operation.type, operation.name);
  if (permission === null) {
    throw new DomainError(ACCESS_OPERATION_NOT_LISTED, `${what} is not in the permission table, so no one may run it`, 'FORBIDDEN');
  }
  if (!permission.roles.includes(role)) {
    throw new DomainError(
      ACCESS_ROLE_NOT_PERMITTED,
      `Only ${permission.roles.join(', ')} may run ${what}; you are signed in as ${role}`,
      'FORBIDDEN',
    );
  }
}

/**
 * Global guard, after the bearer guard (which has put the actor on the request): every GraphQL
 * root field and every HTTP route not marked @Public() is checked against the permission table.
 * Guards run before pipes, so a refused caller's input is never validated (they learn nothing
 * about it) and nothing is dispatched or appended. Fields resolved below a root field are the
 * scope's business, not this guard's.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const operation = operationOf(context);
    if (operation === null) return true;
    const actor = requestOf(context).actor;
    if (!actor) throw new AuthenticationError('MISSING_TOKEN', 'A bearer token is required');
    if (operation.type !== 'Route') {
      authorise(operation, actor.role);
      return true;
    }
    try {
      authorise(operation, actor.role);
    } catch (error) {
      // An HTTP route answers 403 with the same codes GraphQL reports, whatever filters the controller has.
      if (!(error instanceof DomainError)) throw error;
      throw new ForbiddenException({ code: 'FORBIDDEN', errorCode: error.code, message: error.message });
    }
    return true;
  }
}

/** The root field or route a request runs; null for a field below a root field. */
export function operationOf(context: ExecutionContext): Operation | null {
  if (context.getType<GqlContextType>() === 'graphql') {
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    const { parentType, schema, fieldName } = info;
    if (parentType === schema.getQueryType()) return { type: 'Query', name: fieldName };
    if (parentType === schema.getMutationType()) return { type: 'Mutation', name: fieldName };
    if (parentType === schema.getSubscriptionType()) return { type: 'Subscription', name: fieldName };
    return null;
  }
  const request = context.switchToHttp().getRequest<{ method: string; route?: { path?: unknown }; path: string }>();
  const path = typeof request.route?.path === 'string' ? request.route.path : request.path;
  return { type: 'Route', name: `${request.method} ${path}` };
}

import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { AuthenticationError } from '../../../../libs/auth/src/jwt.js';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import { requestOf } from './bearer-auth.guard.js';

/** The authenticated actor (staff id and role) of the request, as the guard verified it. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  // Only reachable on a @Public() route, where asking for an actor is a programming error.
  if (!actor) throw new AuthenticationError('MISSING_TOKEN', 'A bearer token is required');
  return actor;
});

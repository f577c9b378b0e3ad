import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { ActorResolver } from './actor-resolver.js';
import { IS_PUBLIC } from './public.decorator.js';
import type { ApiRequest } from './request-context.js';

/**
 * Global guard: every GraphQL operation and HTTP route needs a valid bearer token whose subject is
 * in post in the staff registry (or holds an inspector's grant) unless marked @Public(). The actor
 * comes from the ActorResolver, once per request (the GraphQL context has usually resolved it
 * already). A refusal is an AuthenticationError, which the error mapping reports as UNAUTHENTICATED.
 */
@Injectable()
export class BearerAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = requestOf(context);
    request.actor = await this.actors.actorOf(request);
    return true;
  }
}

export function requestOf(context: ExecutionContext): ApiRequest {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: ApiRequest }>().req;
  }
  return context.switchToHttp().getRequest<ApiRequest>();
}

import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { bearerToken, verifyToken } from '../../../../libs/auth/src/jwt.js';
import type { AppConfig } from '../../../../libs/config/src/config.js';
import { APP_CONFIG } from '../infrastructure/tokens.js';
import { IS_PUBLIC } from './public.decorator.js';
import type { ApiRequest } from './request-context.js';

/**
 * Global guard: every GraphQL operation and HTTP route needs a valid bearer token unless marked
 * @Public(). A refusal is an AuthenticationError, which the error mapping reports as UNAUTHENTICATED.
 */
@Injectable()
export class BearerAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = requestOf(context);
    const token = bearerToken(request.headers.authorization);
    request.actor = await verifyToken(token, this.config.jwt.secret);
    return true;
  }
}

export function requestOf(context: ExecutionContext): ApiRequest {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: ApiRequest }>().req;
  }
  return context.switchToHttp().getRequest<ApiRequest>();
}

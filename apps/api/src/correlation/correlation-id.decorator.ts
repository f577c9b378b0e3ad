import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { requestOf } from '../auth/bearer-auth.guard.js';

/** The request's correlation id (set by correlationIdMiddleware). */
export const CorrelationId = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string => requestOf(context).correlationId ?? randomUUID(),
);

import { randomUUID } from 'node:crypto';
import type { NextFunction, Response } from 'express';
import type { ApiRequest } from '../auth/request-context.js';

export const CORRELATION_HEADER = 'x-correlation-id';

// A caller-supplied id ends up in every event's metadata and in logs, so it is kept short and plain.
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives every request a correlation id: the caller's `x-correlation-id` when it is acceptable,
 * a fresh UUID otherwise. It is echoed in the response and copied into the metadata of every
 * event the request's commands record.
 */
export function correlationIdMiddleware(request: ApiRequest, response: Response, next: NextFunction): void {
  const given = request.headers[CORRELATION_HEADER];
  const candidate = Array.isArray(given) ? given[0] : given;
  request.correlationId = candidate !== undefined && ACCEPTABLE.test(candidate) ? candidate : randomUUID();
  response.setHeader(CORRELATION_HEADER, request.correlationId);
  next();
}

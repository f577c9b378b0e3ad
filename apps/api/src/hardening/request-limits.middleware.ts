import type { NextFunction, Request, Response } from 'express';
import type { QueryLimits } from '../../../../libs/config/src/hardening-config.js';

/**
 * Issue 6 item 6: request size limits on the GraphQL endpoint, applied before the token is checked
 * or anything is parsed: a batch (a JSON array of operations) is refused, so one request is one
 * operation and one rate-limit token; a query text longer than the limit is refused unread. The
 * body itself is limited by the JSON body parser (app.ts); its refusals are answered here too, in
 * the shape of a GraphQL error.
 */

export const RequestLimitErrorCode = {
  BATCH_REFUSED: 'REQUEST.BATCH_REFUSED',
  QUERY_TOO_LONG: 'REQUEST.QUERY_TOO_LONG',
  TOO_LARGE: 'REQUEST.TOO_LARGE',
  MALFORMED: 'REQUEST.MALFORMED',
} as const;

function refuse(res: Response, status: number, message: string, extensions: Record<string, unknown>): void {
  res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST', ...extensions } }] });
}

export function graphqlRequestLimits(limits: Pick<QueryLimits, 'maxQueryLength'>) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const body: unknown = req.body;
    if (Array.isArray(body)) {
      refuse(res, 400, 'Batched requests (a JSON array of operations) are not accepted: send one operation per request', {
        errorCode: RequestLimitErrorCode.BATCH_REFUSED,
        measured: body.length,
      });
      return;
    }
    const query = queryText(req);
    if (query !== undefined && query.length > limits.maxQueryLength) {
      refuse(res, 413, `The query text is ${query.length} characters long; the limit is ${limits.maxQueryLength}`, {
        errorCode: RequestLimitErrorCode.QUERY_TOO_LONG,
        limit: limits.maxQueryLength,
        measured: query.length,
        setting: 'GRAPHQL_MAX_QUERY_LENGTH',
      });
      return;
    }
    next();
  };
}

function queryText(req: Request): string | undefined {
  const body = req.body as { query?: unknown } | undefined;
  if (body && typeof body === 'object' && typeof body.query === 'string') return body.query;
  const fromUrl = req.method === 'GET' ? (req.query as Record<string, unknown>)['query'] : undefined;
  return typeof fromUrl === 'string' ? fromUrl : undefined;
}

/** An error from the JSON body parser (body-parser sets `type` and `status`). */
interface BodyParserError {
  readonly type?: string;
  readonly status?: number;
  readonly limit?: number;
  readonly length?: number;
}

/**
 * Express error middleware, placed right after the body parser: a body past the limit is HTTP 413
 * naming the limit, unparsable JSON HTTP 400; neither carries a stack or the parser's internals.
 */
export function bodyParserErrors(maxBodyBytes: number) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    const parserError = (typeof error === 'object' && error !== null ? error : {}) as BodyParserError;
    switch (parserError.type) {
      case 'entity.too.large':
        refuse(res, 413, `The request body is larger than the limit of ${maxBodyBytes} bytes`, {
          errorCode: RequestLimitErrorCode.TOO_LARGE,
          limit: maxBodyBytes,
          ...(typeof parserError.length === 'number' ? { measured: parserError.length } : {}),
          setting: 'MAX_REQUEST_BODY_BYTES',
        });
        return;
      case 'entity.parse.failed':
        refuse(res, 400, 'The request body is not valid JSON', { errorCode: RequestLimitErrorCode.MALFORMED });
        return;
      case 'encoding.unsupported':
      case 'charset.unsupported':
      case 'request.size.invalid':
      case 'stream.encoding.set':
      case 'request.aborted':
        refuse(res, parserError.status ?? 400, 'The request body could not be read', { errorCode: RequestLimitErrorCode.MALFORMED });
        return;
      default:
        next(error);
    }
  };
}

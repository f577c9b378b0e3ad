import type { Request } from 'express';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';

/** What the API attaches to a request: who is asking, and which conversation it belongs to. */
export interface ApiRequest extends Request {
  actor?: Actor;
  correlationId?: string;
}

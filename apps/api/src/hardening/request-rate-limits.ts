import { HeaderMap } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import type { AppConfig } from '../../../../libs/config/src/config.js';
import type { BucketSize, RateLimitConfig } from '../../../../libs/config/src/hardening-config.js';
import type { ApiRequest } from '../auth/request-context.js';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimiter } from './rate-limiter.js';

export const RATE_LIMITED = 'RATE_LIMITED';

/** How often a failing Redis limiter is reported while requests are let through. */
const FAILURE_REPORT_INTERVAL_MS = 60_000;

/**
 * Issue 6 item 6: which bucket a GraphQL request is charged to. An authenticated request is
 * charged to its subject (the token's `sub`, the actor's staff id), whatever address it comes
 * from, so colleagues behind one council gateway do not share a budget. A request that is not
 * authenticated (no token, a refused one, a subject not in post) is charged to the client's IP
 * and, once that IP has spent its budget, is answered RATE_LIMITED instead of being told why its
 * token was refused. Buckets live in Redis when the service's read store does (READ_STORE=redis),
 * so replicas share them, and in memory otherwise.
 *
 * If Redis fails, requests are let through and the failure is logged (once a minute): an outage of
 * the limiter should not become an outage of the service.
 */
export class RequestRateLimits {
  private limiter: RateLimiter | undefined;
  private lastFailureReport = 0;

  constructor(
    private readonly settings: RateLimitConfig,
    private readonly open: () => Promise<RateLimiter>,
    private readonly logger = new Logger('RateLimit'),
  ) {}

  static forConfig(config: AppConfig): RequestRateLimits {
    const store = config.readStore;
    return new RequestRateLimits(config.hardening.rateLimit, async () =>
      store.kind === 'redis' ? RedisRateLimiter.connect({ url: store.url, keyPrefix: store.keyPrefix }) : new MemoryRateLimiter(),
    );
  }

  async start(): Promise<void> {
    if (this.settings.enabled && this.limiter === undefined) this.limiter = await this.open();
  }

  async stop(): Promise<void> {
    const limiter = this.limiter;
    this.limiter = undefined;
    await limiter?.close();
  }

  /** Charges an authenticated request to its subject; RATE_LIMITED when the subject's bucket is empty. */
  async chargeSubject(subject: string): Promise<void> {
    await this.charge(`subject:${subject}`, this.settings.subject, 'subject');
  }

  /** Charges a request that failed authentication to its client's IP; RATE_LIMITED when that bucket is empty. */
  async chargeAddress(req: ApiRequest): Promise<void> {
    await this.charge(`ip:${clientAddress(req)}`, this.settings.ip, 'address');
  }

  private async charge(key: string, size: BucketSize, what: 'subject' | 'address'): Promise<void> {
    if (!this.settings.enabled || this.limiter === undefined) return;
    let decision;
    try {
      decision = await this.limiter.take(key, size);
    } catch (error) {
      this.reportFailure(error);
      return;
    }
    if (!decision.allowed) throw rateLimited(what, decision.retryAfterSeconds, size);
  }

  private reportFailure(error: unknown): void {
    const now = Date.now();
    if (now - this.lastFailureReport < FAILURE_REPORT_INTERVAL_MS) return;
    this.lastFailureReport = now;
    this.logger.warn(`The rate limiter failed, requests are let through: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The client's address as Express sees it (TRUST_PROXY_HOPS decides whether X-Forwarded-For counts). */
function clientAddress(req: ApiRequest): string {
  return req.ip ?? req.socket?.remoteAddress ?? 'unknown';
}

export function rateLimited(what: 'subject' | 'address', retryAfterSeconds: number, size: BucketSize): GraphQLError {
  const who = what === 'subject' ? 'for this user' : 'from this address without a valid token';
  return new GraphQLError(
    `Too many requests ${who} (at most ${size.burst} at once and ${size.perMinute} a minute); retry in ${retryAfterSeconds} s`,
    {
      extensions: {
        code: RATE_LIMITED,
        errorCode: RATE_LIMITED,
        retryAfterSeconds,
        limit: { burst: size.burst, perMinute: size.perMinute },
        http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
      },
    },
  );
}

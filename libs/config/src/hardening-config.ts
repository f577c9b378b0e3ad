import type { Environment } from './config.js';

/**
 * Issue 6 item 6: the limits the API puts on every GraphQL request, read from environment
 * variables. The defaults let every legitimate query of the service's own tests and of
 * `npm run bench` through; an operator tightens them for a deployment.
 */

export interface QueryLimits {
  /** Deepest nesting of fields in one operation, counted through fragments (GRAPHQL_MAX_DEPTH). */
  readonly maxDepth: number;
  /** Most fields an operation may resolve, lists multiplied by their expected size (GRAPHQL_MAX_COST). */
  readonly maxCost: number;
  /** Most root fields (aliases included) in one operation (GRAPHQL_MAX_ROOT_FIELDS). */
  readonly maxRootFields: number;
  /** The size assumed of a list with no `first`/`limit` argument (GRAPHQL_DEFAULT_LIST_SIZE). */
  readonly defaultListSize: number;
  /** Most lexical tokens in a query document; parsing stops past it (GRAPHQL_MAX_TOKENS). */
  readonly maxTokens: number;
  /** Longest query text in characters (GRAPHQL_MAX_QUERY_LENGTH). */
  readonly maxQueryLength: number;
  /** Largest request body in bytes (MAX_REQUEST_BODY_BYTES): a caseload CSV travels in one request. */
  readonly maxBodyBytes: number;
}

/** A token bucket: `burst` requests at once, refilled at `perMinute`. */
export interface BucketSize {
  readonly burst: number;
  readonly perMinute: number;
}

export interface RateLimitConfig {
  /** RATE_LIMIT_ENABLED (default true). */
  readonly enabled: boolean;
  /** Per authenticated subject (the token's `sub`): RATE_LIMIT_BURST, RATE_LIMIT_PER_MINUTE. */
  readonly subject: BucketSize;
  /** Per client IP, for requests that fail authentication: RATE_LIMIT_IP_BURST, RATE_LIMIT_IP_PER_MINUTE. */
  readonly ip: BucketSize;
}

export interface HardeningConfig {
  readonly limits: QueryLimits;
  readonly rateLimit: RateLimitConfig;
  /**
   * How many reverse proxies in front of the service to trust for the client address
   * (X-Forwarded-For) when limiting per IP (TRUST_PROXY_HOPS, default 0: the socket's address).
   */
  readonly trustProxyHops: number;
}

export const HARDENING_DEFAULTS = {
  limits: {
    maxDepth: 15,
    maxCost: 50_000,
    maxRootFields: 20,
    defaultListSize: 20,
    maxTokens: 5_000,
    maxQueryLength: 20_000,
    maxBodyBytes: 5 * 1024 * 1024,
  },
  rateLimit: {
    enabled: true,
    subject: { burst: 600, perMinute: 1_200 },
    ip: { burst: 300, perMinute: 600 },
  },
  trustProxyHops: 0,
} as const satisfies HardeningConfig;

export class HardeningConfigError extends Error {
  override readonly name = 'HardeningConfigError';
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
  }
}

export function loadHardeningConfig(env: Environment): HardeningConfig {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const parsed = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
      problems.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return parsed;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = value(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (raw === 'true' || raw === '1' || raw === 'yes') return true;
    if (raw === 'false' || raw === '0' || raw === 'no') return false;
    problems.push(`${name} must be true or false, got "${value(name)}"`);
    return fallback;
  };

  const d = HARDENING_DEFAULTS;
  const limits: QueryLimits = {
    maxDepth: int('GRAPHQL_MAX_DEPTH', d.limits.maxDepth, 1, 1_000),
    maxCost: int('GRAPHQL_MAX_COST', d.limits.maxCost, 1, 1_000_000_000),
    maxRootFields: int('GRAPHQL_MAX_ROOT_FIELDS', d.limits.maxRootFields, 1, 10_000),
    defaultListSize: int('GRAPHQL_DEFAULT_LIST_SIZE', d.limits.defaultListSize, 1, 1_000_000),
    maxTokens: int('GRAPHQL_MAX_TOKENS', d.limits.maxTokens, 10, 10_000_000),
    maxQueryLength: int('GRAPHQL_MAX_QUERY_LENGTH', d.limits.maxQueryLength, 10, 100_000_000),
    maxBodyBytes: int('MAX_REQUEST_BODY_BYTES', d.limits.maxBodyBytes, 1_024, 1_073_741_824),
  };
  const rateLimit: RateLimitConfig = {
    enabled: bool('RATE_LIMIT_ENABLED', d.rateLimit.enabled),
    subject: {
      burst: int('RATE_LIMIT_BURST', d.rateLimit.subject.burst, 1, 100_000_000),
      perMinute: int('RATE_LIMIT_PER_MINUTE', d.rateLimit.subject.perMinute, 1, 100_000_000),
    },
    ip: {
      burst: int('RATE_LIMIT_IP_BURST', d.rateLimit.ip.burst, 1, 100_000_000),
      perMinute: int('RATE_LIMIT_IP_PER_MINUTE', d.rateLimit.ip.perMinute, 1, 100_000_000),
    },
  };
  const trustProxyHops = int('TRUST_PROXY_HOPS', d.trustProxyHops, 0, 10);

  if (problems.length > 0) throw new HardeningConfigError(problems);
  return { limits, rateLimit, trustProxyHops };
}

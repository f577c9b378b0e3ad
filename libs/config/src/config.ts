import {
  loadNotificationsConfig,
  NotificationsConfigError,
  type NotificationsConfig,
} from '../../notifications/src/notifications-config.js';
import { loadCaseKeysConfig, type CaseKeysConfig } from './case-keys-config.js';
import { DEFAULT_ASYE_OBSERVATION_MONTHS } from '../../domain/src/practice-observation/practice-observation.due.js';
import { loadAuthConfig, type JwtConfig, type OidcConfig } from './auth-config.js';
import { HardeningConfigError, loadHardeningConfig, type HardeningConfig } from './hardening-config.js';

/**
 * The service's configuration, read from environment variables and checked once at start.
 * `loadConfig` is pure: it takes the environment as an argument and either returns a typed
 * configuration or throws one ConfigError naming every bad variable, so an operator fixes them
 * all in one go instead of one per restart.
 */

export type NodeEnv = 'development' | 'test' | 'production';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'verbose';

export const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'verbose'];
const NODE_ENVS: readonly NodeEnv[] = ['development', 'test', 'production'];

// Which tokens are accepted (JWT_SECRET, the development secret, OIDC_*): auth-config.ts.
export { DEV_JWT_SECRET, MIN_JWT_SECRET_LENGTH, type JwtConfig, type OidcConfig } from './auth-config.js';

export const DEFAULTS = {
  port: 3000,
  sqlitePath: './data/events.sqlite',
  readStore: 'memory',
  redisKeyPrefix: 'qa',
  readWaitTimeoutMs: 5000,
  logLevel: 'info',
  nodeEnv: 'development',
} as const;

export type ReadStoreConfig =
  | { readonly kind: 'memory' }
  | { readonly kind: 'redis'; readonly url: string; readonly keyPrefix: string };

export type EventStoreConfig =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'esdb'; readonly connectionString: string };

export interface AppConfig {
  readonly nodeEnv: NodeEnv;
  readonly port: number;
  readonly eventStore: EventStoreConfig;
  readonly readStore: ReadStoreConfig;
  /** HS256 tokens signed with a shared secret (auth-config.ts; issue 6 item 1). */
  readonly jwt: JwtConfig;
  /** Tokens from the council's OpenID Connect identity provider, or null (auth-config.ts; issue 6 item 1). */
  readonly oidc: OidcConfig | null;
  /** How long a query waits for the read model to reach a position the client asked for. */
  readonly readWaitTimeoutMs: number;
  readonly logLevel: LogLevel;
  /** How notifications leave the service (CFA-7, CFA-13): the log by default, SMTP when configured. */
  readonly notifications: NotificationsConfig;
  /**
   * OBS-3: the ASYE policy's schedule, in months from the start of a newly qualified worker's ASYE
   * year at which a practice observation falls due (ASYE_OBSERVATION_MONTHS, default 3,6,12).
   */
  readonly asyeObservationMonths: readonly number[];
  /** Issue 6 item 6: query depth, cost and size limits, per-subject rate limits (hardening-config.ts). */
  readonly hardening: HardeningConfig;
  /** Issue 6 item 5: the per-case keys of child text (CASE_KEYS_PATH; case-keys-config.ts). */
  readonly caseKeys: CaseKeysConfig;
  /** Things an operator should know about but that do not stop the service. */
  readonly warnings: readonly string[];
}

export type Environment = Readonly<Record<string, string | undefined>>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function loadConfig(env: Environment): AppConfig {
  const problems: string[] = [];
  const warnings: string[] = [];
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };

  const nodeEnv = oneOf(value('NODE_ENV') ?? DEFAULTS.nodeEnv, NODE_ENVS, 'NODE_ENV', problems) ?? DEFAULTS.nodeEnv;
  const port = integer(value('PORT'), DEFAULTS.port, 'PORT', { min: 0, max: 65535 }, problems);
  const readWaitTimeoutMs = integer(
    value('READ_WAIT_TIMEOUT_MS'),
    DEFAULTS.readWaitTimeoutMs,
    'READ_WAIT_TIMEOUT_MS',
    { min: 0, max: 600_000 },
    problems,
  );
  const logLevel = oneOf(value('LOG_LEVEL') ?? DEFAULTS.logLevel, LOG_LEVELS, 'LOG_LEVEL', problems) ?? DEFAULTS.logLevel;

  const connectionString = value('EVENTSTORE_CONNECTION_STRING');
  if (connectionString !== undefined && !/^esdb(\+discover)?:\/\//.test(connectionString)) {
    problems.push(`EVENTSTORE_CONNECTION_STRING must be an esdb:// or esdb+discover:// connection string, got "${connectionString}"`);
  }
  const eventStore: EventStoreConfig =
    connectionString !== undefined
      ? { kind: 'esdb', connectionString }
      : { kind: 'sqlite', path: value('SQLITE_PATH') ?? DEFAULTS.sqlitePath };

  const readStoreKind = oneOf(value('READ_STORE') ?? DEFAULTS.readStore, ['memory', 'redis'] as const, 'READ_STORE', problems);
  let readStore: ReadStoreConfig = { kind: 'memory' };
  if (readStoreKind === 'redis') {
    const url = value('REDIS_URL');
    if (url === undefined) problems.push('REDIS_URL is required when READ_STORE=redis (e.g. redis://127.0.0.1:6379)');
    else if (!/^rediss?:\/\//.test(url)) problems.push(`REDIS_URL must start with redis:// or rediss://, got "${url}"`);
    // The store separates its own key parts with ':', so a trailing ':' in the prefix is dropped.
    const keyPrefix = (value('REDIS_KEY_PREFIX') ?? DEFAULTS.redisKeyPrefix).replace(/:+$/, '');
    if (!/^[A-Za-z0-9_.:-]+$/.test(keyPrefix)) {
      problems.push('REDIS_KEY_PREFIX must be letters, digits and . _ - : (keys are <prefix>:...)');
    }
    readStore = { kind: 'redis', url: url ?? '', keyPrefix };
  }

  const auth = loadAuthConfig(env, nodeEnv, problems, warnings);

  // The notification settings are checked here too, so every bad variable is reported at once.
  let notifications: NotificationsConfig | undefined;
  try {
    notifications = loadNotificationsConfig(env);
  } catch (error) {
    if (!(error instanceof NotificationsConfigError)) throw error;
    problems.push(...error.problems);
  }

  let hardening: HardeningConfig | undefined;
  try {
    hardening = loadHardeningConfig(env);
  } catch (error) {
    if (!(error instanceof HardeningConfigError)) throw error;
    problems.push(...error.problems);
  }

  const asyeObservationMonths = monthList(value('ASYE_OBSERVATION_MONTHS'), DEFAULT_ASYE_OBSERVATION_MONTHS, 'ASYE_OBSERVATION_MONTHS', problems);

  const caseKeys = loadCaseKeysConfig(value('CASE_KEYS_PATH'), eventStore, problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    nodeEnv,
    port,
    eventStore,
    readStore,
    jwt: auth.jwt,
    oidc: auth.oidc,
    readWaitTimeoutMs,
    logLevel,
    notifications: notifications!,
    asyeObservationMonths,
    hardening: hardening!,
    caseKeys,
    warnings,
  };
}

function oneOf<T extends string>(raw: string, allowed: readonly T[], name: string, problems: string[]): T | undefined {
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return undefined;
}

function integer(
  raw: string | undefined,
  fallback: number,
  name: string,
  range: { min: number; max: number },
  problems: string[],
): number {
  if (raw === undefined) return fallback;
  const parsed = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(parsed) || parsed < range.min || parsed > range.max) {
    problems.push(`${name} must be an integer from ${range.min} to ${range.max}, got "${raw}"`);
    return fallback;
  }
  return parsed;
}

/** Whole months, comma-separated, e.g. "3,6,12": each from 0 to 120, at least one. */
function monthList(raw: string | undefined, fallback: readonly number[], name: string, problems: string[]): readonly number[] {
  if (raw === undefined) return fallback;
  const parts = raw.split(',').map((part) => part.trim());
  const months = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : Number.NaN));
  if (months.some((month) => Number.isNaN(month) || month > 120)) {
    problems.push(`${name} must be whole months from 0 to 120, comma-separated (e.g. 3,6,12), got "${raw}"`);
    return fallback;
  }
  return [...new Set(months)].sort((a, b) => a - b);
}

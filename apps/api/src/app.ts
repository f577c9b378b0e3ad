import 'reflect-metadata';
import { ConsoleLogger, type INestApplication, type LogLevel as NestLogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig, LogLevel } from '../../../libs/config/src/config.js';
import { AppModule } from './app.module.js';
import { correlationIdMiddleware } from './correlation/correlation-id.js';

/** The largest request body the API reads (a caseload export of several thousand rows fits). */
export const REQUEST_BODY_LIMIT = '5mb';

export interface CreateAppOptions {
  /** Replaces the configured logger (tests pass false to keep their output clean). */
  readonly logger?: ConsoleLogger | false;
}

/**
 * Builds and initialises the application (stores open, projections started) without listening,
 * so tests can drive it through `app.getHttpServer()` and the CLI can reuse it.
 */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<INestApplication> {
  const logger = options.logger ?? createLogger(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger,
    bufferLogs: logger !== false,
    abortOnError: false,
  });
  app.getHttpAdapter().getInstance().disable('x-powered-by');
  // A council's staff or caseload CSV travels inside one GraphQL request, so bodies may be larger
  // than Express's 100 KB default; anything past the limit is refused with HTTP 413.
  app.useBodyParser('json', { limit: REQUEST_BODY_LIMIT });
  app.use(correlationIdMiddleware);
  app.enableShutdownHooks();
  try {
    await app.init();
  } catch (error) {
    // Whatever was opened before the failure (stores, subscriptions) is closed again.
    await app.close().catch(() => undefined);
    throw error;
  }
  if (logger !== false) for (const warning of config.warnings) logger.warn(warning, 'Config');
  return app;
}

export function createLogger(config: AppConfig): ConsoleLogger {
  return new ConsoleLogger({
    logLevels: nestLogLevels(config.logLevel),
    // One JSON object per line in production, for log collectors; readable lines elsewhere.
    json: config.nodeEnv === 'production',
  });
}

const ORDER: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'verbose'];

function nestLogLevels(level: LogLevel): NestLogLevel[] {
  return ORDER.slice(0, ORDER.indexOf(level) + 1).map((l) => (l === 'info' ? 'log' : l));
}

import 'reflect-metadata';
import { ConsoleLogger, type INestApplication, type LogLevel as NestLogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig, LogLevel } from '../../../libs/config/src/config.js';
import { AppModule } from './app.module.js';
import { correlationIdMiddleware } from './correlation/correlation-id.js';
import { bodyParserErrors, graphqlRequestLimits } from './hardening/request-limits.middleware.js';

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
    // Only JSON bodies are read (below); nothing here takes a form.
    bodyParser: false,
  });
  const { limits } = config.hardening;
  const express = app.getHttpAdapter().getInstance();
  express.disable('x-powered-by');
  // The client address used by the per-IP rate limit: the socket's unless proxies are trusted.
  express.set('trust proxy', config.hardening.trustProxyHops);
  // A council's staff or caseload CSV travels inside one GraphQL request, so bodies may be larger
  // than Express's 100 KB default (MAX_REQUEST_BODY_BYTES, 5 MiB); past the limit, HTTP 413.
  app.useBodyParser('json', { limit: limits.maxBodyBytes });
  app.use(bodyParserErrors(limits.maxBodyBytes));
  // Issue 6 item 6: batches and over-long query texts are refused before the token is checked.
  app.use('/graphql', graphqlRequestLimits(limits));
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

import { Catch, Controller, Get, Header, UseFilters, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AuthenticationError } from '../../../../libs/auth/src/jwt.js';
import type { Environment } from '../../../../libs/config/src/config.js';
import { Public } from '../auth/public.decorator.js';
import { MetricsService } from './metrics.service.js';
import { PROMETHEUS_CONTENT_TYPE } from './prometheus-text.js';

/** A refused token on this HTTP route is a 401, as on /health/notifications. */
@Catch(AuthenticationError)
class AuthenticationRefused implements ExceptionFilter {
  catch(error: AuthenticationError, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(401)
      .json({ code: 'UNAUTHENTICATED', errorCode: `AUTH.${error.reason}`, message: error.message });
  }
}

/**
 * GET /metrics in the Prometheus text format. It needs a bearer token, like every route but
 * /health: projection names and notification counts say what the service holds. A scraper that
 * cannot send one is served by METRICS_PUBLIC=true (PublicMetricsController).
 */
@Controller('metrics')
@UseFilters(AuthenticationRefused)
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @Header('content-type', PROMETHEUS_CONTENT_TYPE)
  @Header('cache-control', 'no-store')
  scrape(): Promise<string> {
    return this.metrics.scrape();
  }
}

/** GET /metrics without a token, for METRICS_PUBLIC=true (a scraper inside the service's network). */
@Public()
@Controller('metrics')
export class PublicMetricsController extends MetricsController {}

/** Whether /metrics is served without a token: only when METRICS_PUBLIC is exactly `true`. */
export function metricsArePublic(env: Environment): boolean {
  return env['METRICS_PUBLIC']?.trim().toLowerCase() === 'true';
}

/** The controller the environment asks for (read when the application module is built). */
export function metricsController(env: Environment = process.env): typeof MetricsController {
  return metricsArePublic(env) ? PublicMetricsController : MetricsController;
}

import { Catch, Controller, Get, Inject, Res, UseFilters, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AuthenticationError } from '../../../../libs/auth/src/jwt.js';
import { NOTIFICATIONS } from './notifications.providers.js';
import type { NotificationServices, NotificationsHealth } from './notification-services.js';

/** A refused token on this HTTP route is a 401, as it is UNAUTHENTICATED on GraphQL. */
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
 * The notifications owed and how their sending goes (CFA-7, CFA-13). Unlike /health it names staff
 * in its errors (a recipient without an address), so it asks for a bearer token. 200 while the
 * dispatcher runs, 503 once it has stopped; a failing send is reported here and retried, not a
 * reason to restart the service.
 */
@Controller('health')
@UseFilters(AuthenticationRefused)
export class NotificationsHealthController {
  constructor(@Inject(NOTIFICATIONS) private readonly notifications: NotificationServices) {}

  @Get('notifications')
  async check(@Res({ passthrough: true }) response: Response): Promise<NotificationsHealth> {
    const report = await this.notifications.health();
    response.status(report.state === 'running' ? 200 : 503);
    return report;
  }
}

import { Catch, Controller, Get, Param, Query, Res, UseFilters, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AuthenticationError } from '../../../../libs/auth/src/jwt.js';
import { DomainError } from '../../../../libs/domain/src/shared/domain-error.js';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import { RecordScopes } from '../access/record-scope.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { checkWholeServiceReader } from './qa-overview.queries.graphql-resolver.js';
import { QaOverviewReports } from './qa-overview-reports.js';

/** A refused token is a 401, as it is UNAUTHENTICATED on GraphQL; a bad period or asOf a 400 naming the field and rule. */
@Catch(AuthenticationError, DomainError)
class QaOverviewDownloadRefused implements ExceptionFilter {
  catch(error: AuthenticationError | DomainError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof AuthenticationError) {
      response.status(401).json({ code: 'UNAUTHENTICATED', errorCode: `AUTH.${error.reason}`, message: error.message });
      return;
    }
    if (error.kind === 'FORBIDDEN') {
      response.status(403).json({ code: 'FORBIDDEN', errorCode: error.code, message: error.message });
      return;
    }
    response.status(400).json({ code: 'BAD_USER_INPUT', errorCode: error.code, message: error.message, field: error.field ?? null, rule: error.rule ?? null });
  }
}

const PERIOD = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;

/**
 * REP-1, CFA-14: the overview as a PDF to download. GET /reports/qa-overview/2026-03.pdf for a month,
 * /reports/qa-overview/2026-Q1.pdf for the quarterly leadership review; `?asOf=` as on GraphQL.
 * A bearer token is required (the global guard). The same period gives the same bytes.
 */
@Controller('reports')
@UseFilters(QaOverviewDownloadRefused)
export class QaOverviewPdfController {
  constructor(
    private readonly reports: QaOverviewReports,
    private readonly scopes: RecordScopes,
  ) {}

  @Get('qa-overview/:file')
  async download(
    @Param('file') file: string,
    @Query('asOf') asOf: string | undefined,
    @Res() response: Response,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await checkWholeServiceReader(this.scopes, actor);
    const period = file.endsWith('.pdf') ? file.slice(0, -'.pdf'.length) : file;
    if (!PERIOD.test(period)) {
      throw new DomainError(
        'QA_OVERVIEW.PERIOD_INVALID',
        `period must be a month (2026-03) or a quarter (2026-Q1) followed by .pdf, not ${JSON.stringify(file)} (REP-1)`,
        'BAD_USER_INPUT',
        { field: 'period', rule: 'REP-1' },
      );
    }
    if (asOf !== undefined && Number.isNaN(Date.parse(asOf))) {
      throw new DomainError('QA_OVERVIEW.AS_OF_INVALID', `asOf must be an ISO-8601 instant or date, not ${JSON.stringify(asOf)} (REP-1)`, 'BAD_USER_INPUT', {
        field: 'asOf',
        rule: 'REP-1',
      });
    }
    const { bytes } = await this.reports.pdf(period, asOf ?? null);
    response
      .status(200)
      .set({
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="qa-overview-${period}.pdf"`,
        'content-length': String(bytes.length),
        'cache-control': 'no-store',
      })
      .end(Buffer.from(bytes));
  }
}

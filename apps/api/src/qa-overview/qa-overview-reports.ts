import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../../../libs/config/src/config.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import { projectionKey } from '../../../../libs/read-store/src/projection.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { qaOverviewPdf } from '../../../../libs/reports/src/qa-overview-pdf.js';
import { ALL_PROJECTIONS } from '../../../../projections/index.js';
import {
  endInstant,
  monthlyQaOverview,
  quarterlyLeadershipReview,
  reportPeriod,
  type MonthlyQaOverview,
  type QuarterlyLeadershipReview,
} from '../../../../projections/qa-overview/index.js';
import { APP_CONFIG, EVENT_STORE, READ_STORE } from '../infrastructure/tokens.js';
import type { CaseKeyStore } from '../../../../libs/crypto/src/case-key-store.port.js';
import { ChildTextReader } from '../../../../libs/crypto/src/child-text-reader.js';
import { CASE_KEY_STORE } from '../case-keys/case-keys.tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';

const PAGE = 256;

/**
 * The QA overview (REP-1) and the quarterly leadership review (CFA-14, SUP-6) for GraphQL and for
 * the PDF download: the read models, the ASYE schedule as configured, and the log position the
 * report stands on, which is the last event recorded by asOf that every read model holds, so a past
 * period names the same position however much has been recorded since.
 */
@Injectable()
export class QaOverviewReports {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly freshness: ReadModelFreshness,
    @Inject(CASE_KEY_STORE) private readonly caseKeys: CaseKeyStore,
  ) {}

  async monthly(month: string, asOf?: string | null, atLeastPosition?: string | null): Promise<MonthlyQaOverview> {
    await this.waitFor(atLeastPosition);
    const at = asOf == null ? endInstant(reportPeriod(month, 'MONTH')) : new Date(asOf);
    return monthlyQaOverview(this.readStore, {
      month,
      ...(asOf == null ? {} : { asOf: at }),
      lastPosition: await this.lastPositionAsOf(at),
      asyeScheduleMonths: this.config.asyeObservationMonths,
    });
  }

  async quarterly(quarter: string, asOf?: string | null, atLeastPosition?: string | null): Promise<QuarterlyLeadershipReview> {
    await this.waitFor(atLeastPosition);
    const at = asOf == null ? endInstant(reportPeriod(quarter, 'QUARTER')) : new Date(asOf);
    return quarterlyLeadershipReview(this.readStore, {
      quarter,
      ...(asOf == null ? {} : { asOf: at }),
      lastPosition: await this.lastPositionAsOf(at),
      asyeScheduleMonths: this.config.asyeObservationMonths,
    });
  }

  /** A month (YYYY-MM) gives the monthly overview, a quarter (YYYY-Qn) the leadership review, as a PDF. */
  async pdf(period: string, asOf?: string | null): Promise<{ readonly report: MonthlyQaOverview | QuarterlyLeadershipReview; readonly bytes: Uint8Array }> {
    const report = /^\d{4}-Q/.test(period) ? await this.quarterly(period, asOf) : await this.monthly(period, asOf);
    // Issue 6 item 5: a late item's title may quote an escalation's reason, sealed in the read models.
    return { report, bytes: await qaOverviewPdf(await new ChildTextReader(this.caseKeys).reveal(report, { withheldAs: 'placeholder' })) };
  }

  private async waitFor(atLeastPosition?: string | null): Promise<void> {
    if (atLeastPosition == null) return;
    const position = BigInt(atLeastPosition);
    for (const projection of ALL_PROJECTIONS) await this.freshness.waitFor(projection, position);
  }

  /** The last event every read model holds that was recorded at or before `asOf`; null when there is none. */
  private async lastPositionAsOf(asOf: Date): Promise<bigint | null> {
    if (Number.isNaN(asOf.getTime())) return null;
    const checkpoints = await Promise.all(ALL_PROJECTIONS.map((p) => this.readStore.checkpoint(projectionKey(p))));
    if (checkpoints.some((c) => c === null)) return null;
    const held = checkpoints.reduce((min, c) => (c! < min! ? c : min))!;
    let after = held + 1n;
    for (;;) {
      const page = await this.eventStore.readAll({ direction: 'backwards', after, maxCount: PAGE });
      if (page.length === 0) return null;
      const found = page.find((event) => event.created.getTime() <= asOf.getTime());
      if (found !== undefined) return found.position;
      after = page[page.length - 1]!.position;
    }
  }
}

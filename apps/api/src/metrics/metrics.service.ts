import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ProjectionRunner, ProjectionStatus } from '../../../../libs/read-store/src/projection-runner.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { VersionedReadStore } from '../../../../libs/read-store/src/versions/versioned-read-store.js';
import { PROJECTION_RUNNER, READ_STORE } from '../infrastructure/tokens.js';
import type { NotificationServices } from '../notifications/notification-services.js';
import { NOTIFICATIONS } from '../notifications/notifications.providers.js';
import { prometheusText, type Gauge } from './prometheus-text.js';

const RUNNING = new Set(['catchingUp', 'live']);

/**
 * The service's gauges for a Prometheus scrape: per projection version its lag (events and
 * seconds, measured against the log as /health measures it), checkpoint and whether it has caught
 * up; which version of each read model readers are served and whether a newer one is building
 * beside it; the notifications owed; the process's uptime. A part that cannot be measured is left
 * out and its `_up` gauge says 0, so a scrape never fails for it.
 */
@Injectable()
export class MetricsService {
  private readonly logger = new Logger('Metrics');

  constructor(
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(NOTIFICATIONS) private readonly notifications: NotificationServices,
  ) {}

  async scrape(): Promise<string> {
    const [statuses, notifications] = await Promise.all([
      this.measure('projection status', () => this.runner.status()),
      this.measure('notifications', () => this.notifications.health()),
    ]);
    return prometheusText([
      ...projectionGauges(statuses),
      ...this.readModelGauges(),
      {
        name: 'qa_notifications_pending',
        help: 'Notifications owed and not yet recorded as sent (CFA-7, CFA-13).',
        samples: notifications === null ? [] : [{ value: notifications.pending }],
      },
      {
        name: 'qa_notifications_retrying',
        help: 'Of the notifications pending, those that failed at least once and wait for their next attempt.',
        samples: notifications === null ? [] : [{ value: notifications.retrying }],
      },
      {
        name: 'qa_metrics_source_up',
        help: '1 when the part of the service could be measured for this scrape, 0 when it could not.',
        samples: [
          { labels: { source: 'projections' }, value: statuses === null ? 0 : 1 },
          { labels: { source: 'notifications' }, value: notifications === null ? 0 : 1 },
        ],
      },
      { name: 'qa_process_uptime_seconds', help: 'Seconds since the service process started.', samples: [{ value: round(process.uptime()) }] },
      {
        name: 'qa_process_start_time_seconds',
        help: 'When the service process started, in seconds since the Unix epoch.',
        samples: [{ value: round(Date.now() / 1000 - process.uptime()) }],
      },
    ]);
  }

  private readModelGauges(): Gauge[] {
    if (!(this.readStore instanceof VersionedReadStore)) return [];
    const families = this.readStore.versions.list();
    return [
      {
        name: 'qa_read_model_served_version',
        help: 'The version of each read model readers are served from.',
        samples: families.map((family) => ({ labels: { read_model: family.name }, value: family.activeVersion })),
      },
      {
        name: 'qa_read_model_building_beside',
        help: '1 while a new version of the read model builds beside the version served, 0 otherwise.',
        samples: families.map((family) => ({ labels: { read_model: family.name }, value: family.buildingBeside ? 1 : 0 })),
      },
    ];
  }

  private async measure<T>(what: string, read: () => Promise<T>): Promise<T | null> {
    try {
      return await read();
    } catch (error) {
      this.logger.error(`Measuring ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }
}

function projectionGauges(statuses: readonly ProjectionStatus[] | null): Gauge[] {
  const all = statuses ?? [];
  const labels = (status: ProjectionStatus) => ({ projection: status.projection });
  return [
    {
      name: 'qa_projection_lag_events',
      help: 'Events recorded after the projection version\'s committed checkpoint, counted up to a cap (see qa_projection_lag_events_capped).',
      samples: all.map((s) => ({ labels: labels(s), value: s.lagEvents })),
    },
    {
      name: 'qa_projection_lag_events_capped',
      help: '1 when the lag count reached its cap: the projection is at least qa_projection_lag_events behind.',
      samples: all.map((s) => ({ labels: labels(s), value: s.lagEventsCapped ? 1 : 0 })),
    },
    {
      name: 'qa_projection_lag_seconds',
      help: 'Age of the oldest event not yet in the read model; 0 when none.',
      samples: all.map((s) => ({ labels: labels(s), value: round(s.lagSeconds) })),
    },
    {
      name: 'qa_projection_checkpoint_position',
      help: 'Global log position of the last commit (absent before the first); on EventStoreDB a packed position, for change rather than size.',
      samples: all.flatMap((s) => (s.checkpoint === null ? [] : [{ labels: labels(s), value: s.checkpoint }])),
    },
    {
      name: 'qa_projection_caught_up',
      help: '1 when the projection version has replayed the log and committed everything delivered since, 0 otherwise.',
      samples: all.map((s) => ({ labels: labels(s), value: s.caughtUp ? 1 : 0 })),
    },
    {
      name: 'qa_projection_running',
      help: '1 while the projection version runs (catching up or live), 0 when idle, stopped or failed.',
      samples: all.map((s) => ({ labels: labels(s), value: RUNNING.has(s.state) ? 1 : 0 })),
    },
  ];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

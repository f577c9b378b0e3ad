import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import type { ProjectionRunner, ProjectionState } from '../../../../libs/read-store/src/projection-runner.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { EVENT_STORE, PROJECTION_RUNNER, READ_STORE } from '../infrastructure/tokens.js';

export type ComponentStatus = 'up' | 'down';

export interface ProjectionHealth {
  /** Name and version, e.g. `caseFileAudits.v2`. */
  readonly name: string;
  readonly state: ProjectionState;
  /** Last committed global position, as a string (positions are 64-bit or wider); null before the first commit. */
  readonly checkpoint: string | null;
  /** Events recorded after the checkpoint, counted up to a cap (`lagEventsCapped`). */
  readonly lagEvents: number;
  readonly lagEventsCapped: boolean;
  /** Age of the oldest event not yet in the read model; 0 when caught up. */
  readonly lagSeconds: number;
  readonly caughtUp: boolean;
}

export interface HealthReport {
  readonly status: 'ok' | 'error';
  readonly eventStore: ComponentStatus;
  readonly readStore: ComponentStatus;
  readonly projections: readonly ProjectionHealth[];
  /** What is wrong, when something is. Details go to the log only: /health is public. */
  readonly problems?: readonly string[];
}

/**
 * Up means: the event store answers, the read store answers, and every projection is running
 * (catching up or live). A projection behind the log is up but not caught up; its lag, counted
 * against the log, says by how much. A stopped or failed projection makes the service unhealthy.
 */
@Injectable()
export class HealthService {
  private readonly logger = new Logger('Health');

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  async check(): Promise<HealthReport> {
    const problems: string[] = [];
    const eventStore = await this.probe('event store', () => this.eventStore.headPosition(), problems);
    const readStore = await this.probe('read store', () => this.readStore.ping(), problems);
    let projections: ProjectionHealth[] = [];
    if (eventStore === 'up') {
      try {
        projections = (await this.runner.status()).map((s) => ({
          name: s.projection,
          state: s.state,
          checkpoint: s.checkpoint?.toString() ?? null,
          lagEvents: s.lagEvents,
          lagEventsCapped: s.lagEventsCapped,
          lagSeconds: Math.round(s.lagSeconds * 1000) / 1000,
          caughtUp: s.caughtUp,
        }));
      } catch (error) {
        problems.push('projection status cannot be measured');
        this.logger.error(`Measuring projection lag failed: ${messageOf(error)}`);
      }
    }
    for (const projection of projections) {
      if (projection.state === 'failed' || projection.state === 'stopped' || projection.state === 'idle') {
        problems.push(`projection ${projection.name} is ${projection.state}`);
      }
    }
    return {
      status: problems.length === 0 ? 'ok' : 'error',
      eventStore,
      readStore,
      projections,
      ...(problems.length > 0 ? { problems } : {}),
    };
  }

  private async probe(name: string, check: () => Promise<unknown>, problems: string[]): Promise<ComponentStatus> {
    try {
      await check();
      return 'up';
    } catch (error) {
      problems.push(`${name} is not answering`);
      this.logger.error(`Health check of the ${name} failed: ${messageOf(error)}`);
      return 'down';
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../../../libs/config/src/config.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import { projectionKey, type Projection } from '../../../../libs/read-store/src/projection.js';
import type { ProjectionRunner } from '../../../../libs/read-store/src/projection-runner.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { InputValidationError, ReadModelLaggingError } from '../errors/api-errors.js';
import { APP_CONFIG, EVENT_STORE, PROJECTION_RUNNER, READ_STORE } from '../infrastructure/tokens.js';

/**
 * Read-your-writes: a mutation answers with the global position of its last event; a query given
 * that position first waits, at most READ_WAIT_TIMEOUT_MS, until the projection runner has
 * committed the read model up to it. Not reached in time (or the projection has stopped) is an
 * error, READ_MODEL_LAGGING, rather than older data marked stale: the client asked to see its
 * own write, and the retry is safe.
 */
@Injectable()
export class ReadModelFreshness {
  constructor(
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async waitFor(projection: Pick<Projection, 'name' | 'version'>, position: bigint | undefined): Promise<void> {
    if (position === undefined) return;
    const key = projectionKey(projection);
    const reached = await this.readStore.checkpoint(key);
    if (reached !== null && reached >= position) return;

    // A position past the end of the log was never handed out; waiting for it could only time out.
    const head = await this.eventStore.headPosition();
    if (head === null || position > head) {
      throw new InputValidationError([
        {
          field: 'atLeastPosition',
          constraint: 'recordedPosition',
          message: `atLeastPosition ${position} is past the last recorded event (${head ?? 'none'})`,
        },
      ]);
    }

    const timeoutMs = this.config.readWaitTimeoutMs;
    if (await this.runner.waitForPosition(position, timeoutMs)) return;
    throw new ReadModelLaggingError(projection.name, position, await this.readStore.checkpoint(key), timeoutMs);
  }
}

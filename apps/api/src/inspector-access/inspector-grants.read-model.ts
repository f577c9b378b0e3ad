import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '../../../../libs/config/src/config.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import { projectionKey } from '../../../../libs/read-store/src/projection.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { activeInspectorAccessGrant, inspectorAccessGrantsProjection } from '../../../../projections/inspector-access/index.js';
import type { InspectorAccessGrant, InspectorGrants } from '../auth/inspector-grants.port.js';
import { APP_CONFIG, EVENT_STORE, READ_STORE } from '../infrastructure/tokens.js';

/** How often a lookup re-reads the grants read model's checkpoint while it catches up with the log. */
const CATCH_UP_POLL_MS = 20;

/**
 * The InspectorGrants port from the inspectorAccessGrants read model (issue 6 item 3). A grant or
 * a revocation counts from the request after it was recorded: each lookup first lets this read
 * model reach the head of the log (its own checkpoint, not every read model's, so a rebuild
 * elsewhere does not hold inspectors up). If it does not get there within READ_WAIT_TIMEOUT_MS
 * the answer is "no grant" (fail closed): a revoked grant is never honoured from a stale model.
 */
@Injectable()
export class InspectorGrantsFromReadModel implements InspectorGrants {
  private readonly logger = new Logger('InspectorAccess');

  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async activeGrant(inspectorId: string, at: Date): Promise<InspectorAccessGrant | null> {
    if (!(await this.caughtUp())) {
      this.logger.warn(
        `The inspector access grants read model did not reach the head of the log within ${this.config.readWaitTimeoutMs} ms; ${inspectorId} is refused for now`,
      );
      return null;
    }
    const grant = await activeInspectorAccessGrant(this.readStore, inspectorId, at);
    return grant === null ? null : { grantId: grant.grantId, inspectorId: grant.inspectorId, from: grant.from, until: grant.until };
  }

  /** True once the read model holds every event recorded before the lookup; false on timeout. */
  private async caughtUp(): Promise<boolean> {
    const head = await this.eventStore.headPosition();
    if (head === null) return true;
    const key = projectionKey(inspectorAccessGrantsProjection);
    const reached = async (): Promise<boolean> => {
      const checkpoint = await this.readStore.checkpoint(key);
      return checkpoint !== null && checkpoint >= head;
    };
    const deadline = Date.now() + this.config.readWaitTimeoutMs;
    while (!(await reached())) {
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, CATCH_UP_POLL_MS));
    }
    return true;
  }
}

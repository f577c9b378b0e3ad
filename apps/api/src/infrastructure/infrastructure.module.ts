import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { AppConfig } from '../../../../libs/config/src/config.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import type { AnyProjection } from '../../../../libs/read-store/src/projection-batch.js';
import type { ProjectionRunner } from '../../../../libs/read-store/src/projection-runner.js';
import { BlueGreenProjectionRunner } from '../../../../libs/read-store/src/versions/blue-green-projection-runner.js';
import { ReadModelVersions } from '../../../../libs/read-store/src/versions/read-model-versions.js';
import { VersionedReadStore } from '../../../../libs/read-store/src/versions/versioned-read-store.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { ALL_PROJECTIONS } from '../../../../projections/index.js';
import type { NotificationServices } from '../notifications/notification-services.js';
import { NOTIFICATIONS, notificationProviders } from '../notifications/notifications.providers.js';
import { describeEventStore, describeReadStore, openEventStore, openReadStore } from './stores.js';
import { APP_CONFIG, EVENT_STORE, PROJECTION_RUNNER, PROJECTIONS, READ_STORE } from './tokens.js';
import { CASE_KEY_STORE, describeCaseKeyStore, openCaseKeyStore, withChildTextEncryption } from '../case-keys/case-keys.tokens.js';
import type { CaseKeyStore } from '../../../../libs/crypto/src/case-key-store.port.js';

/**
 * How long start-up waits for the projections to catch up before serving. The memory read store
 * starts empty and is rebuilt by replay, and a query without `atLeastPosition` should not see half
 * a history. Past this, the service serves anyway (health shows the lag) rather than stay down.
 */
export const STARTUP_CATCH_UP_WAIT_MS = 60_000;

/**
 * Starts the projections on bootstrap and, on shutdown (SIGTERM, SIGINT, app.close()), stops them
 * (committing what they have folded) before closing the read store and then the event store.
 */
@Injectable()
class ServiceLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    @Inject(NOTIFICATIONS) private readonly notifications: NotificationServices,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
    // CFA-7, CFA-13: escalations recorded and notifications sent while the service runs. Neither
    // waits for the read models: the recorder reads the log, the dispatcher checks each stream.
    this.notifications.start();
    if (await this.runner.waitUntilCaughtUp(STARTUP_CATCH_UP_WAIT_MS)) {
      this.logger.log('Projections have caught up with the event log');
      return;
    }
    const statuses = await this.runner.status();
    const failed = statuses.filter((s) => s.state === 'failed');
    if (failed.length > 0) {
      throw new Error(`Projections failed at start: ${failed.map((s) => `${s.projection}: ${s.lastError}`).join('; ')}`);
    }
    this.logger.warn(
      `Projections are still catching up after ${STARTUP_CATCH_UP_WAIT_MS} ms; serving anyway ` +
        `(${statuses.map((s) => `${s.projection} ${s.lagEventsCapped ? 'at least ' : ''}${s.lagEvents} events behind`).join(', ')})`,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.settle('stopping the notifications', () => this.notifications.stop());
    await this.settle('stopping the projections', () => this.runner.stop());
    await this.settle('closing the read store', () => this.readStore.close());
    await this.settle('closing the event store', () => this.eventStore.close());
  }

  private async settle(what: string, step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      this.logger.error(`Shutdown: ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** Builds the stores and the projection runner the configuration selects; the rest receives them by token. */
@Global()
@Module({})
export class InfrastructureModule {
  static forRoot(config: AppConfig): DynamicModule {
    const logger = new Logger('Stores');
    return {
      module: InfrastructureModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        // Issue 6 item 5: the case keys in a store of their own; closed with the event store.
        {
          provide: CASE_KEY_STORE,
          useFactory: (): CaseKeyStore => {
            logger.log(`Case keys: ${describeCaseKeyStore(config.caseKeys)}`);
            return openCaseKeyStore(config.caseKeys);
          },
        },
        {
          provide: EVENT_STORE,
          inject: [CASE_KEY_STORE],
          useFactory: (caseKeys: CaseKeyStore): EventStore => {
            logger.log(`Event store: ${describeEventStore(config.eventStore)}`);
            // Issue 6 item 5: whichever adapter, child text is sealed with its case's key before it is stored.
            return withChildTextEncryption(openEventStore(config.eventStore), caseKeys);
          },
        },
        {
          provide: READ_STORE,
          useFactory: async (): Promise<ReadStore> => {
            logger.log(`Read store: ${describeReadStore(config.readStore)}`);
            // A new read model version builds beside the one served; readers switch when it has caught up.
            const base = await openReadStore(config.readStore);
            const versions = await ReadModelVersions.prepare(base, ALL_PROJECTIONS, {
              onSwitch: ({ name, from, to }) => logger.log(`Read model ${name}: readers switched from v${from} to v${to}`),
              warn: (message) => logger.warn(message),
            });
            for (const family of versions.list().filter((f) => f.buildingBeside)) {
              logger.log(`Read model ${family.name}: v${family.current.version} builds beside v${family.activeVersion}, which is served meanwhile`);
            }
            return new VersionedReadStore(base, versions);
          },
        },
        { provide: PROJECTIONS, useValue: ALL_PROJECTIONS },
        {
          provide: PROJECTION_RUNNER,
          inject: [EVENT_STORE, READ_STORE, PROJECTIONS, NOTIFICATIONS],
          useFactory: (
            eventStore: EventStore,
            readStore: ReadStore,
            projections: readonly AnyProjection[],
            notifications: NotificationServices,
          ) => {
            const projectionLogger = new Logger('Projections');
            return new BlueGreenProjectionRunner(eventStore, readStore as VersionedReadStore, projections, {
              onError: (error, projection) =>
                projectionLogger.error(`Projection ${projection} has stopped: ${error.message}`, error.stack),
              onCommit: (projection) => notifications.onProjectionCommitted(projection),
            });
          },
        },
        ...notificationProviders(config),
        ServiceLifecycle,
      ],
      exports: [APP_CONFIG, EVENT_STORE, READ_STORE, PROJECTIONS, PROJECTION_RUNNER, NOTIFICATIONS, CASE_KEY_STORE],
    };
  }
}

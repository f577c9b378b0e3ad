import type { Provider } from '@nestjs/common';
import type { AppConfig } from '../../../../libs/config/src/config.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { EVENT_STORE, READ_STORE } from '../infrastructure/tokens.js';
import { NotificationServices } from './notification-services.js';

/** The service's NotificationServices (the escalation recorder and the notification dispatcher). */
export const NOTIFICATIONS = Symbol('NOTIFICATIONS');

/** Built from the configuration beside the stores; started and stopped with the projection runner. */
export function notificationProviders(config: AppConfig): Provider[] {
  return [
    {
      provide: NOTIFICATIONS,
      inject: [EVENT_STORE, READ_STORE],
      useFactory: (eventStore: EventStore, readStore: ReadStore) =>
        new NotificationServices({ eventStore, readStore, config: config.notifications }),
    },
  ];
}

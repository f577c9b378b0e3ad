import { Logger, type Provider } from '@nestjs/common';
import type { AppConfig } from '../../../../libs/config/src/config.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { EVENT_STORE, READ_STORE } from '../infrastructure/tokens.js';
import type { CaseKeyStore } from '../../../../libs/crypto/src/case-key-store.port.js';
import { ChildTextRevealingTransport } from '../../../../libs/crypto/src/child-text-revealing-transport.js';
import { createTransport } from '../../../../libs/notifications/src/index.js';
import { CASE_KEY_STORE } from '../case-keys/case-keys.tokens.js';
import { NotificationServices } from './notification-services.js';

/** The service's NotificationServices (the escalation recorder and the notification dispatcher). */
export const NOTIFICATIONS = Symbol('NOTIFICATIONS');

/** Built from the configuration beside the stores; started and stopped with the projection runner. */
export function notificationProviders(config: AppConfig): Provider[] {
  return [
    {
      provide: NOTIFICATIONS,
      inject: [EVENT_STORE, READ_STORE, CASE_KEY_STORE],
      useFactory: (eventStore: EventStore, readStore: ReadStore, caseKeys: CaseKeyStore) =>
        new NotificationServices({ eventStore, readStore, config: config.notifications, transport: transportFor(config, caseKeys) }),
    },
  ];
}

/**
 * Issue 6 item 5: an e-mail carries the escalation's reason or the chair's concern as written,
 * opened as it leaves for its recipients. The log transport writes them sealed: a log line is no
 * place for text about a child, and it is never shredded.
 */
function transportFor(config: AppConfig, caseKeys: CaseKeyStore) {
  const logger = new Logger('Notifications');
  const transport = createTransport(config.notifications, (line) => logger.log(line));
  if (transport.channel === 'LOG') return transport;
  return new ChildTextRevealingTransport(transport, caseKeys, {
    onUnreadable: (azeusNumber, why) => logger.error(`Child text of case ${azeusNumber} cannot be decrypted for an e-mail: ${why}`),
  });
}

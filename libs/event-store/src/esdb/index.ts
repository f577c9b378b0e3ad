export { EsdbEventStore } from './esdb-event-store.js';
export { packPosition, unpackPosition } from './esdb-position.js';
export { isSystemEvent } from './esdb-recorded-event.js';
export { startEsdbTestServer, type EsdbTestServer } from '../testing/esdb-test-server.js';

import { describeEventStoreContract } from '../testing/event-store.contract.js';
import { startEsdbTestServer } from '../testing/esdb-test-server.js';
import { EsdbEventStore } from './esdb-event-store.js';

describeEventStoreContract('EventStoreDB adapter, real client, in-repo gRPC test server', async () => {
  const server = await startEsdbTestServer();
  const store = new EsdbEventStore(server.connectionString);
  return {
    store,
    teardown: async () => {
      await store.close();
      await server.stop();
    },
  };
});

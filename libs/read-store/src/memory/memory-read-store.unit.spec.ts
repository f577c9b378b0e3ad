import { describeReadStoreContract } from '../testing/read-store.contract.js';
import { MemoryReadStore } from './memory-read-store.js';

describeReadStoreContract('memory', {
  create: async () => new MemoryReadStore(),
  dispose: (store) => store.close(),
});

import { Global, Module } from '@nestjs/common';
import { INSPECTOR_GRANTS } from '../auth/inspector-grants.port.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import { InspectorAccessMutationsResolver } from './inspector-access.mutations.graphql-resolver.js';
import { InspectorAccessQueriesResolver } from './inspector-access.queries.graphql-resolver.js';
import { InspectorGrantsFromReadModel } from './inspector-grants.read-model.js';

/**
 * Inspectors' access (issue 6 item 3): the grant and revoke mutations, S&QA's list of grants, and
 * the INSPECTOR_GRANTS port the actor resolution asks on each request. Global, so the port is
 * found wherever the actor resolution is registered.
 */
@Global()
@Module({
  providers: [
    ReadModelFreshness,
    InspectorAccessMutationsResolver,
    InspectorAccessQueriesResolver,
    InspectorGrantsFromReadModel,
    { provide: INSPECTOR_GRANTS, useExisting: InspectorGrantsFromReadModel },
  ],
  exports: [INSPECTOR_GRANTS],
})
export class InspectorAccessModule {}

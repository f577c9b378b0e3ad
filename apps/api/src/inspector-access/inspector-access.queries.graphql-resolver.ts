import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import {
  grantStateAt,
  inspectorAccessGrantsProjection,
  listInspectorAccessGrants,
  type InspectorAccessGrantDocument,
} from '../../../../projections/inspector-access/index.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import { InspectorAccessGrantsArgs } from './dto/inspector-access-queries.args.js';
import { InspectorAccessGrant } from './models/inspector-access-grant.model.js';

/** Reads of the inspectorAccessGrants read model (issue 6 item 3); S&QA only, by the permission table. */
@Resolver()
export class InspectorAccessQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Query(() => [InspectorAccessGrant], {
    description:
      "Issue 6 item 3: inspectors' access grants, by inspector and by where they stand at asOf (default now), the latest window first. S&QA.",
  })
  async inspectorAccessGrants(@Args() args: InspectorAccessGrantsArgs): Promise<InspectorAccessGrant[]> {
    await this.freshness.waitFor(inspectorAccessGrantsProjection, args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition));
    const at = args.asOf ?? new Date().toISOString();
    // GraphQL lets a client send null for any optional argument; null means "not given".
    const f = args.filter ?? {};
    const documents = await listInspectorAccessGrants(
      this.readStore,
      { ...(f.inspectorId != null ? { inspectorId: f.inspectorId } : {}), ...(f.state != null ? { state: f.state } : {}) },
      at,
    );
    return documents.map((d) => toInspectorAccessGrant(d, at));
  }
}

/** Copies a read-model document into the GraphQL output type field by field. */
function toInspectorAccessGrant(d: InspectorAccessGrantDocument, at: string): InspectorAccessGrant {
  return {
    id: d.id,
    inspectorId: d.inspectorId,
    name: d.name,
    organisation: d.organisation,
    from: d.from,
    until: d.until,
    state: grantStateAt(d, at),
    reason: d.reason,
    inspectionReference: d.inspectionReference,
    grantedBy: d.grantedBy,
    grantedAt: d.grantedAt,
    revocation: d.revocation === null ? null : { reason: d.revocation.reason, revokedBy: d.revocation.revokedBy, revokedAt: d.revocation.revokedAt },
    revision: d.revision,
  };
}

import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import {
  getThematicAuditAllowance,
  listUnscheduledThematicClaims,
  thematicAuditAllowancesProjection,
} from '../../../../projections/thematic-audit-allowances/index.js';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import { RecordScopes } from '../access/record-scope.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import type { ReadOptionsArgs } from '../read-your-writes/read-options.args.js';
import { ThematicAuditAllowanceArgs, UnscheduledThematicClaimsArgs } from './dto/thematic-audit.input.js';
import { ThematicAuditAllowance, UnscheduledThematicClaim } from './models/thematic-audit-allowance.model.js';
import { toThematicAuditAllowance, toUnscheduledThematicClaim } from './thematic-audit.mapper.js';

/** Reads of the thematicAuditAllowances read model (CFA-3), after waiting for the position asked for. */
@Resolver()
export class ThematicAuditQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly freshness: ReadModelFreshness,
    private readonly scopes: RecordScopes,
  ) {}

  @Query(() => ThematicAuditAllowance, {
    description: "CFA-3: an auditor's thematic audits for a year, used and remaining of four. Never null: nothing recorded means four remaining.",
  })
  async thematicAuditAllowance(@Args() args: ThematicAuditAllowanceArgs, @CurrentActor() actor: Actor): Promise<ThematicAuditAllowance> {
    await this.ready(args);
    (await this.scopes.of(actor)).checkWorkOf(args.auditorId, 'auditorId');
    return toThematicAuditAllowance(await getThematicAuditAllowance(this.readStore, args.auditorId, args.year));
  }

  @Query(() => [UnscheduledThematicClaim], {
    description:
      'CFA-3: slots claimed more than graceMinutes before asOf whose audit was never scheduled, oldest first: give each back with releaseThematicAuditSlot.',
  })
  async unscheduledThematicClaims(@Args() args: UnscheduledThematicClaimsArgs, @CurrentActor() actor: Actor): Promise<UnscheduledThematicClaim[]> {
    await this.ready(args);
    const claims = await listUnscheduledThematicClaims(this.readStore, {
      ...(args.asOf != null ? { asOf: args.asOf } : {}),
      ...(args.graceMinutes != null ? { graceMinutes: args.graceMinutes } : {}),
    });
    const scope = await this.scopes.of(actor);
    return claims.filter((claim) => scope.seesWorkOf(claim.auditorId)).map(toUnscheduledThematicClaim);
  }

  private async ready(args: ReadOptionsArgs): Promise<void> {
    await this.freshness.waitFor(
      thematicAuditAllowancesProjection,
      args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition),
    );
  }
}

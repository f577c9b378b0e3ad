import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AuthenticationError, bearerToken } from '../../../../libs/auth/src/jwt.js';
import { TokenVerifier } from '../../../../libs/auth/src/token-verifier.js';
import type { AppConfig } from '../../../../libs/config/src/config.js';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import { projectionKey } from '../../../../libs/read-store/src/projection.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { staffProjection } from '../../../../projections/staff/staff.projection.js';
import { getStaffMember, staffMemberAsAt, type StaffMemberAsAt } from '../../../../projections/staff/staff.queries.js';
import { APP_CONFIG, EVENT_STORE, READ_STORE } from '../infrastructure/tokens.js';
import { INSPECTOR_GRANTS, type InspectorGrants } from './inspector-grants.port.js';
import type { ApiRequest } from './request-context.js';

/** What the GraphQL context and the bearer guard ask of the actor resolution. */
export interface ActorResolution {
  /** The actor of a request, resolved once per request; AuthenticationError when refused. */
  actorOf(request: ApiRequest): Promise<Actor>;
}

/** How often a request re-reads the staff registry's checkpoint while its read model catches up with the log. */
const CATCH_UP_POLL_MS = 5;

/**
 * Who is asking, and as what (issue 6 item 1). A bearer token only proves who the bearer is (its
 * subject, verified against the shared secret or the identity provider's keys); what they may do
 * follows from the staff registry at the time of the request, never from a claim in the token:
 *
 * 1. the subject in post in the staff registry today: their role there (a director's claim in a
 *    social worker's token acts as a social worker);
 * 2. otherwise an inspector's access grant active now (INSPECTOR_GRANTS): INSPECTOR. A registry
 *    entry with the role Inspector is not enough: an inspector's access is a time-boxed grant;
 * 3. otherwise refused: AuthenticationError NOT_IN_POST (a leaver, someone not yet started,
 *    an unknown subject, an inspector whose grant has ended).
 *
 * Without an INSPECTOR_GRANTS provider no inspector can sign in (fail closed). Each request first
 * lets the staff read model catch up with the log as it stands (at most READ_WAIT_TIMEOUT_MS), so
 * a person just imported is not turned away, and a leaver or a change of role just recorded acts at
 * once, by a read model a few milliseconds behind.
 */
@Injectable()
export class ActorResolver implements ActorResolution, OnModuleInit {
  private readonly logger = new Logger('Auth');
  private readonly verifier: TokenVerifier;
  private readonly resolved = new WeakMap<ApiRequest, Promise<Actor>>();
  private inspectorGrants: InspectorGrants | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    private readonly moduleRef: ModuleRef,
  ) {
    this.verifier = new TokenVerifier({ sharedSecret: config.jwt.secret, oidc: config.oidc });
  }

  onModuleInit(): void {
    // The inspector-access strand provides the port wherever it registers it; none: no inspector.
    try {
      this.inspectorGrants = this.moduleRef.get<InspectorGrants>(INSPECTOR_GRANTS, { strict: false });
    } catch {
      this.inspectorGrants = null;
      this.logger.warn('No inspector access grants are available (INSPECTOR_GRANTS): no inspector can sign in');
    }
  }

  actorOf(request: ApiRequest): Promise<Actor> {
    let actor = this.resolved.get(request);
    if (actor === undefined) {
      actor = this.resolve(request.headers.authorization);
      this.resolved.set(request, actor);
    }
    return actor;
  }

  /** The actor an `Authorization` header names at `now`, or AuthenticationError. */
  async resolve(authorization: string | undefined, now: Date = new Date()): Promise<Actor> {
    const identity = await this.verifier.verify(bearerToken(authorization), { now }).catch((error: unknown) => {
      if (error instanceof AuthenticationError && error.reason === 'KEYS_UNAVAILABLE') {
        this.logger.warn(`Could not fetch the identity provider's keys from ${this.config.oidc?.jwksUrl}; tokens cannot be checked`);
      }
      throw error;
    });
    const subject = identity.subject;
    const today = now.toISOString().slice(0, 10);

    // The registry as the log holds it now: a leaver recorded a moment ago is refused, a newcomer let in.
    await this.staffRegistryCaughtUp();
    const member = await this.inPost(subject, today);
    if (member !== null && member.role !== 'INSPECTOR') return { staffId: subject, role: member.role };

    const grant = this.inspectorGrants === null ? null : await this.inspectorGrants.activeGrant(subject, now);
    if (grant !== null) return { staffId: subject, role: 'INSPECTOR' };

    throw new AuthenticationError(
      'NOT_IN_POST',
      member !== null
        ? `${subject} is recorded as an inspector but holds no access grant active now; an S&QA manager grants inspectors access for a time window`
        : `${subject} is not in post in the staff registry on ${today} and holds no inspector's access grant`,
    );
  }

  private async inPost(staffId: string, today: string): Promise<StaffMemberAsAt | null> {
    const document = await getStaffMember(this.readStore, staffId);
    const asAt = document === null ? null : staffMemberAsAt(document, today);
    return asAt !== null && asAt.inPost ? asAt : null;
  }

  /**
   * Waits, when the staff read model is behind the log as it stands at the start of the request,
   * until it holds it (at most READ_WAIT_TIMEOUT_MS; past that the request goes on with the registry
   * as it is, and the delay is logged). Usually it is not behind, and this is two reads.
   */
  private async staffRegistryCaughtUp(): Promise<void> {
    const head = await this.eventStore.headPosition();
    if (head === null) return;
    const key = projectionKey(staffProjection);
    const reached = async (): Promise<boolean> => {
      const checkpoint = await this.readStore.checkpoint(key);
      return checkpoint !== null && checkpoint >= head;
    };
    if (await reached()) return;
    const deadline = Date.now() + this.config.readWaitTimeoutMs;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, CATCH_UP_POLL_MS));
      if (await reached()) return;
    }
    this.logger.warn(`The staff registry read model did not reach position ${head} within ${this.config.readWaitTimeoutMs} ms; the request was resolved on the registry as it stood`);
  }
}

import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import {
  getMeetingObservation,
  listMeetingObservations,
  meetingObservationDutyReport,
  meetingObservationsProjection,
  type MeetingObservationFilter as ReadFilter,
} from '../../../../projections/meeting-observations/index.js';
import { staffProjection } from '../../../../projections/staff/staff.projection.js';
import { meetingObservationRef } from '../access/record-parties.js';
import { RecordScopes } from '../access/record-scope.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import type { ReadOptionsArgs } from '../read-your-writes/read-options.args.js';
import { MeetingObservationArgs, MeetingObservationDutyArgs, MeetingObservationsArgs } from './dto/meeting-observation-queries.args.js';
import { toMeetingObservation, toMeetingObservationDutyReport } from './meeting-observation.mapper.js';
import { MeetingObservation, MeetingObservationDutyReport } from './models/meeting-observation.model.js';
import { RecordsChildReads, idAndCase } from '../read-log/records-child-reads.decorator.js';

/** Reads of the meetingObservations read model (MTG-1..MTG-4), after waiting for the position the client asked for. */
@Resolver()
export class MeetingObservationQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly freshness: ReadModelFreshness,
    private readonly scopes: RecordScopes,
  ) {}

  @Query(() => MeetingObservation, { nullable: true, description: 'One meeting observation; null if there is none with this id.' })
  @RecordsChildReads('MEETING_OBSERVATION', idAndCase)
  async meetingObservation(@Args() args: MeetingObservationArgs, @CurrentActor() actor: Actor): Promise<MeetingObservation | null> {
    await this.ready(args);
    const scope = await this.scopes.of(actor);
    const document = await scope.checkChild(await getMeetingObservation(this.readStore, args.id), meetingObservationRef, `Meeting observation ${args.id}`);
    return document === null ? null : toMeetingObservation(document);
  }

  @Query(() => [MeetingObservation], { description: 'Meeting observations matching every given filter, oldest meeting first.' })
  @RecordsChildReads('MEETING_OBSERVATION', idAndCase)
  async meetingObservations(@Args() args: MeetingObservationsArgs, @CurrentActor() actor: Actor): Promise<MeetingObservation[]> {
    await this.ready(args);
    // GraphQL lets a client send null for any optional argument; null means "not given".
    const given = Object.entries(args.filter ?? {}).filter((entry) => entry[1] !== null && entry[1] !== undefined);
    const documents = await listMeetingObservations(this.readStore, Object.fromEntries(given) as ReadFilter);
    return (await (await this.scopes.of(actor)).filterChild(documents, meetingObservationRef)).map(toMeetingObservation);
  }

  @Query(() => MeetingObservationDutyReport, {
    description:
      'MTG-1: for a year or half-year, every Head of Service (two a year), the chief officer and the director (one a year) from the staff directory, with the key meetings each has observed and how many remain.',
  })
  async meetingObservationDuty(@Args() args: MeetingObservationDutyArgs): Promise<MeetingObservationDutyReport> {
    const asOf = await this.ready(args, true);
    const report = await meetingObservationDutyReport(this.readStore, {
      period: args.period,
      asOf,
      ...(args.role != null ? { role: args.role } : {}),
      ...(args.observerId != null ? { observerId: args.observerId } : {}),
    });
    return toMeetingObservationDutyReport(report);
  }

  /** Waits for the requested position (in the staff directory too where it is read); answers the instant the query is evaluated at. */
  private async ready(args: ReadOptionsArgs, readsStaff = false): Promise<string> {
    const position = args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition);
    await this.freshness.waitFor(meetingObservationsProjection, position);
    if (readsStaff) await this.freshness.waitFor(staffProjection, position);
    return args.asOf ?? new Date().toISOString();
  }
}

import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import {
  getStaffMember,
  listStaff,
  listStaffAsAt,
  listSupervisionSessions,
  staffMemberAsAt,
  staffProjection,
  supervisionSessionsProjection,
} from '../../../../projections/staff/index.js';
import { getTeam, listServiceAreasWithTeams, listTeams, serviceAreasProjection, teamsProjection } from '../../../../projections/teams/index.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import { FreshReadArgs, positionOf } from './dto/fresh-read.args.js';
import { StaffArgs, StaffMemberArgs, SupervisionSessionsArgs, TeamArgs, TeamsArgs } from './dto/people-queries.args.js';
import { StaffMember } from './models/staff-member.model.js';
import { SupervisionSession } from './models/supervision-session.model.js';
import { ServiceArea, Team } from './models/team.model.js';
import { todayOf, toServiceArea, toStaffMember, toSupervisionSession, toTeam } from './people.mapper.js';

/** Reads of the staff directory, the teams and service areas, and supervision sessions. */
@Resolver()
export class PeopleQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Query(() => StaffMember, {
    nullable: true,
    description: 'One member of staff, as recorded now or as they stood on asAt; null if unknown (or not yet started on asAt).',
  })
  async staffMember(@Args() args: StaffMemberArgs): Promise<StaffMember | null> {
    await this.freshness.waitFor(staffProjection, positionOf(args));
    const document = await getStaffMember(this.readStore, args.staffId);
    if (document === null) return null;
    if (args.asAt == null) return toStaffMember(document, null, todayOf());
    const asAt = staffMemberAsAt(document, args.asAt);
    return asAt === null ? null : toStaffMember(document, asAt, args.asAt);
  }

  @Query(() => [StaffMember], {
    description:
      'Staff by team, role, line manager and flags, sorted by name. Without asAt: as recorded now (those who have left only with includeLeft). With asAt: everyone in post on that date, as they then stood.',
  })
  async staff(@Args() args: StaffArgs): Promise<StaffMember[]> {
    await this.freshness.waitFor(staffProjection, positionOf(args));
    // GraphQL lets a client send null for any optional argument; null means "not given".
    const f = args.filter ?? {};
    const common = {
      ...(f.teamId != null ? { teamId: f.teamId } : {}),
      ...(f.role != null ? { role: f.role } : {}),
      ...(f.lineManagerId != null ? { lineManagerId: f.lineManagerId } : {}),
      ...(f.inAsye != null ? { inAsye: f.inAsye } : {}),
      ...(f.needsPerformanceSupport != null ? { needsPerformanceSupport: f.needsPerformanceSupport } : {}),
    };
    if (args.asAt == null) {
      const documents = await listStaff(this.readStore, { ...common, ...(f.includeLeft != null ? { includeLeft: f.includeLeft } : {}) });
      const today = todayOf();
      return documents.map((document) => toStaffMember(document, null, today));
    }
    const asAt = args.asAt;
    const [rows, documents] = await Promise.all([
      listStaffAsAt(this.readStore, asAt, common),
      listStaff(this.readStore, { includeLeft: true }),
    ]);
    const byId = new Map(documents.map((d) => [d.staffId, d]));
    return rows.flatMap((row) => {
      const document = byId.get(row.staffId);
      return document === undefined ? [] : [toStaffMember(document, row, asAt)];
    });
  }

  @Query(() => Team, { nullable: true, description: 'One team; null if unknown.' })
  async team(@Args() args: TeamArgs): Promise<Team | null> {
    await this.freshness.waitFor(teamsProjection, positionOf(args));
    const document = await getTeam(this.readStore, args.teamId);
    return document === null ? null : toTeam(document);
  }

  @Query(() => [Team], { description: 'Teams, by name (open ones unless includeClosed).' })
  async teams(@Args() args: TeamsArgs): Promise<Team[]> {
    await this.freshness.waitFor(teamsProjection, positionOf(args));
    const documents = await listTeams(this.readStore, {
      ...(args.serviceAreaId != null ? { serviceAreaId: args.serviceAreaId } : {}),
      ...(args.includeClosed != null ? { includeClosed: args.includeClosed } : {}),
    });
    return documents.map(toTeam);
  }

  @Query(() => [ServiceArea], { description: 'The open service areas, by name, each with its open teams.' })
  async serviceAreas(@Args() args: FreshReadArgs): Promise<ServiceArea[]> {
    const position = positionOf(args);
    await this.freshness.waitFor(serviceAreasProjection, position);
    await this.freshness.waitFor(teamsProjection, position);
    return (await listServiceAreasWithTeams(this.readStore)).map(toServiceArea);
  }

  @Query(() => [SupervisionSession], { description: 'Supervision sessions by supervisor, supervisee, status and date, in date order.' })
  async supervisionSessions(@Args() args: SupervisionSessionsArgs): Promise<SupervisionSession[]> {
    await this.freshness.waitFor(supervisionSessionsProjection, positionOf(args));
    const f = args.filter ?? {};
    const documents = await listSupervisionSessions(this.readStore, {
      ...(f.supervisorId != null ? { supervisorId: f.supervisorId } : {}),
      ...(f.superviseeId != null ? { superviseeId: f.superviseeId } : {}),
      ...(f.status != null ? { status: f.status } : {}),
      ...(f.from != null ? { from: f.from } : {}),
      ...(f.to != null ? { to: f.to } : {}),
    });
    return documents.map(toSupervisionSession);
  }
}

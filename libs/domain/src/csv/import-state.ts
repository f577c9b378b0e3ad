import { assertNever, type Command, type Decider, type DomainEvent } from '../shared/decider.js';
import { caseDecider } from '../case/case.decide.js';
import type { CaseCommand } from '../case/case.commands.js';
import type { CaseEvent } from '../case/case.events.js';
import type { Case } from '../case/case.state.js';
import { azeusNumberFromStreamId } from '../case/case.stream.js';
import { staffMemberDecider } from '../staff/staff-member.decide.js';
import type { StaffMemberCommand } from '../staff/staff-member.commands.js';
import type { StaffMemberEvent } from '../staff/staff-member.events.js';
import type { StaffMember } from '../staff/staff-member.state.js';
import { staffIdFromStreamId } from '../staff/staff-member.stream.js';
import { serviceAreaDecider } from '../team/service-area.decide.js';
import type { ServiceAreaCommand } from '../team/service-area.commands.js';
import type { ServiceAreaEvent } from '../team/service-area.events.js';
import type { ServiceArea } from '../team/service-area.state.js';
import { serviceAreaIdFromStreamId } from '../team/service-area.stream.js';
import { teamDecider } from '../team/team.decide.js';
import type { TeamCommand } from '../team/team.commands.js';
import type { TeamEvent } from '../team/team.events.js';
import type { Team } from '../team/team.state.js';
import { teamIdFromStreamId } from '../team/team.stream.js';

/**
 * What an import plans against: the recorded state of every service area, team, staff member and
 * case, by id. The planner runs each command it would dispatch through its decider against this
 * state, so a row that breaks a rule is reported before anything is appended, and a row that
 * restates recorded facts plans no command at all.
 */
export interface ImportState {
  readonly serviceAreas: ReadonlyMap<string, ServiceArea>;
  readonly teams: ReadonlyMap<string, Team>;
  readonly staff: ReadonlyMap<string, StaffMember>;
  readonly cases: ReadonlyMap<string, Case>;
}

export function emptyImportState(): ImportState {
  return { serviceAreas: new Map(), teams: new Map(), staff: new Map(), cases: new Map() };
}

/** A command the import will dispatch, with the stream it goes to and the file line it comes from. */
export type PlannedCommand =
  | { readonly aggregate: 'serviceArea'; readonly line: number; readonly streamId: string; readonly id: string; readonly command: ServiceAreaCommand }
  | { readonly aggregate: 'team'; readonly line: number; readonly streamId: string; readonly id: string; readonly command: TeamCommand }
  | { readonly aggregate: 'staffMember'; readonly line: number; readonly streamId: string; readonly id: string; readonly command: StaffMemberCommand }
  | { readonly aggregate: 'case'; readonly line: number; readonly streamId: string; readonly id: string; readonly command: CaseCommand };

/** The command handler as the dispatcher sees it (e.g. `handleCommand` bound to an event store). */
export type PlannedCommandHandler<R> = <C extends Command, S, E extends DomainEvent>(
  streamId: string,
  decider: Decider<C, S, E>,
  command: C,
) => Promise<R>;

/** Hands a planned command to the handler with the decider of its aggregate. */
export function dispatchPlanned<R>(planned: PlannedCommand, handle: PlannedCommandHandler<R>): Promise<R> {
  switch (planned.aggregate) {
    case 'serviceArea':
      return handle(planned.streamId, serviceAreaDecider, planned.command);
    case 'team':
      return handle(planned.streamId, teamDecider, planned.command);
    case 'staffMember':
      return handle(planned.streamId, staffMemberDecider, planned.command);
    case 'case':
      return handle(planned.streamId, caseDecider, planned.command);
    default:
      return assertNever(planned);
  }
}

/** A working copy the planner changes as it decides, so later commands see earlier ones. */
export class ImportWorkingState implements ImportState {
  readonly serviceAreas: Map<string, ServiceArea>;
  readonly teams: Map<string, Team>;
  readonly staff: Map<string, StaffMember>;
  readonly cases: Map<string, Case>;

  constructor(from: ImportState) {
    this.serviceAreas = new Map(from.serviceAreas);
    this.teams = new Map(from.teams);
    this.staff = new Map(from.staff);
    this.cases = new Map(from.cases);
  }

  /** Decides the command against the working state and applies the events; throws a refused command's DomainError. */
  decide(planned: PlannedCommand): number {
    switch (planned.aggregate) {
      case 'serviceArea':
        return this.run(this.serviceAreas, planned.id, serviceAreaDecider, planned.command);
      case 'team':
        return this.run(this.teams, planned.id, teamDecider, planned.command);
      case 'staffMember':
        return this.run(this.staff, planned.id, staffMemberDecider, planned.command);
      case 'case':
        return this.run(this.cases, planned.id, caseDecider, planned.command);
      default:
        return assertNever(planned);
    }
  }

  private run<C, S, E>(states: Map<string, S>, id: string, decider: Decider<C, S, E>, command: C): number {
    const state = states.get(id) ?? decider.initialState();
    const events = decider.decide(command, state);
    if (events.length > 0) states.set(id, events.reduce(decider.evolve, state));
    return events.length;
  }
}

/** A recorded event as the fold needs it: any RecordedEvent of the event store fits. */
export interface ImportSourceEvent {
  readonly streamId: string;
  readonly type: string;
  readonly data: unknown;
}

/**
 * Folds recorded events (e.g. everything `readAll` returns, in order) into the import state.
 * Streams of other categories are skipped.
 */
export function foldImportState(events: Iterable<ImportSourceEvent>): ImportState {
  const state = new ImportWorkingState(emptyImportState());
  const fold = <S, E>(states: Map<string, S>, id: string, decider: Decider<unknown, S, E>, event: ImportSourceEvent) =>
    states.set(id, decider.evolve(states.get(id) ?? decider.initialState(), { type: event.type, data: event.data } as E));
  for (const event of events) {
    let id: string | null;
    if ((id = serviceAreaIdFromStreamId(event.streamId)) !== null) {
      fold<ServiceArea, ServiceAreaEvent>(state.serviceAreas, id, serviceAreaDecider as Decider<unknown, ServiceArea, ServiceAreaEvent>, event);
    } else if ((id = teamIdFromStreamId(event.streamId)) !== null) {
      fold<Team, TeamEvent>(state.teams, id, teamDecider as Decider<unknown, Team, TeamEvent>, event);
    } else if ((id = staffIdFromStreamId(event.streamId)) !== null) {
      fold<StaffMember, StaffMemberEvent>(state.staff, id, staffMemberDecider as Decider<unknown, StaffMember, StaffMemberEvent>, event);
    } else if ((id = azeusNumberFromStreamId(event.streamId)) !== null) {
      fold<Case, CaseEvent>(state.cases, id, caseDecider as Decider<unknown, Case, CaseEvent>, event);
    }
  }
  return state;
}

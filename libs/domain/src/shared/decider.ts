/**
 * An aggregate is a decider: pure functions, no I/O. The clock, ids and anything fetched arrive
 * in the command. `evolve` never throws: it folds recorded facts, whatever they are.
 */
export interface Decider<Command, State, Event> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

/** A domain event as the decider sees it: a past-tense fact. Metadata is added by the command handler. */
export interface DomainEvent<Type extends string = string, Data = Record<string, unknown>> {
  readonly type: Type;
  readonly data: Data;
}

export type Role =
  | 'SOCIAL_WORKER'
  | 'ADVANCED_PRACTITIONER'
  | 'TEAM_MANAGER'
  | 'HEAD_OF_SERVICE'
  | 'CHIEF_OFFICER'
  | 'DIRECTOR'
  | 'SQA_OFFICER'
  | 'SQA_MANAGER'
  | 'IRO'
  | 'CP_CHAIR'
  | 'CRS_TEAM_MANAGER'
  | 'INSPECTOR'
  | 'DMT_MEMBER'
  | 'SLT_MEMBER';

export const ROLES: readonly Role[] = [
  'SOCIAL_WORKER',
  'ADVANCED_PRACTITIONER',
  'TEAM_MANAGER',
  'HEAD_OF_SERVICE',
  'CHIEF_OFFICER',
  'DIRECTOR',
  'SQA_OFFICER',
  'SQA_MANAGER',
  'IRO',
  'CP_CHAIR',
  'CRS_TEAM_MANAGER',
  'INSPECTOR',
  'DMT_MEMBER',
  'SLT_MEMBER',
];

export interface Actor {
  readonly staffId: string;
  readonly role: Role;
}

/** Who asked, when, and which request this is. Copied into every event the command produces. */
export interface CommandMetadata {
  readonly actor: Actor;
  /** The business time of the command, ISO-8601. Deciders read the clock only from here. */
  readonly now: string;
  /** Unique per request; event ids derive from it, so a retried command appends nothing. */
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string;
}

export interface Command<Type extends string = string, Data = Record<string, unknown>> {
  readonly type: Type;
  readonly data: Data;
  readonly metadata: CommandMetadata;
}

/** Exhaustiveness check for switches over unions. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

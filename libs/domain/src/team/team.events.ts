import type { DomainEvent } from '../shared/decider.js';

/** A team (e.g. an assessment team) within a service area. */

export type TeamRegistered = DomainEvent<
  'TeamRegistered',
  { readonly teamId: string; readonly name: string; readonly serviceAreaId: string; readonly registeredAt: string }
>;

export type TeamRenamed = DomainEvent<
  'TeamRenamed',
  { readonly teamId: string; readonly name: string; readonly previousName: string; readonly renamedAt: string }
>;

/** The team now belongs to another service area (another HoS), from `effectiveFrom`. */
export type TeamMovedToServiceArea = DomainEvent<
  'TeamMovedToServiceArea',
  {
    readonly teamId: string;
    readonly serviceAreaId: string;
    readonly previousServiceAreaId: string;
    /** ISO date. */
    readonly effectiveFrom: string;
    readonly movedAt: string;
  }
>;

export type TeamClosed = DomainEvent<
  'TeamClosed',
  { readonly teamId: string; readonly closedOn: string; readonly closedAt: string }
>;

export type TeamEvent = TeamRegistered | TeamRenamed | TeamMovedToServiceArea | TeamClosed;
export type TeamEventType = TeamEvent['type'];

export const TEAM_EVENT_TYPES: readonly TeamEventType[] = ['TeamRegistered', 'TeamRenamed', 'TeamMovedToServiceArea', 'TeamClosed'];

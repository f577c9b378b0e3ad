import type { DomainEvent } from '../shared/decider.js';

/** A service area (a Head of Service's service): the teams under one HoS. */

export type ServiceAreaRegistered = DomainEvent<
  'ServiceAreaRegistered',
  { readonly serviceAreaId: string; readonly name: string; readonly registeredAt: string }
>;

export type ServiceAreaRenamed = DomainEvent<
  'ServiceAreaRenamed',
  { readonly serviceAreaId: string; readonly name: string; readonly previousName: string; readonly renamedAt: string }
>;

export type ServiceAreaClosed = DomainEvent<
  'ServiceAreaClosed',
  { readonly serviceAreaId: string; readonly closedOn: string; readonly closedAt: string }
>;

export type ServiceAreaEvent = ServiceAreaRegistered | ServiceAreaRenamed | ServiceAreaClosed;
export type ServiceAreaEventType = ServiceAreaEvent['type'];

export const SERVICE_AREA_EVENT_TYPES: readonly ServiceAreaEventType[] = [
  'ServiceAreaRegistered',
  'ServiceAreaRenamed',
  'ServiceAreaClosed',
];

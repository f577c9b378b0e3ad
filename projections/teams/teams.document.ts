import type { Dated } from '../staff/recorded-event-fields.js';

/** A team and the service areas it has belonged to; the first period is dated from its registration. */
export type TeamDocument = {
  readonly id: string;
  readonly teamId: string;
  readonly name: string;
  readonly serviceAreaId: string;
  readonly status: 'ACTIVE' | 'CLOSED';
  readonly closedOn: string | null;
  readonly serviceAreaHistory: readonly Dated<string>[];
  /** Stream revision of the last event applied: the projection's idempotency mark. */
  readonly revision: number;
  readonly registeredAt: string;
  readonly lastUpdatedAt: string;
};

/** A service area: the teams under one Head of Service. */
export type ServiceAreaDocument = {
  readonly id: string;
  readonly serviceAreaId: string;
  readonly name: string;
  readonly status: 'ACTIVE' | 'CLOSED';
  readonly closedOn: string | null;
  readonly revision: number;
  readonly registeredAt: string;
  readonly lastUpdatedAt: string;
};

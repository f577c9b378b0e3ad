import { registerEnumType } from '@nestjs/graphql';
import {
  THEMED_AUDIT_DAY_SESSIONS,
  THEMED_AUDIT_MODES,
  THEME_ORIGINS,
  THEME_ORIGIN_LABELS,
  TRACKED_ACTION_STATUSES,
  type ThemeOrigin,
  type ThemedAuditDaySession,
  type ThemedAuditMode,
  type TrackedActionStatus,
} from '../../../../libs/domain/src/index.js';
import type { ThemedAuditDayDocumentStatus } from '../../../../projections/themed-audit-days/index.js';

/** GraphQL enums generated from the domain's and read model's lists, so the schema cannot drift. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const ThemeOriginEnum = enumOf<ThemeOrigin>(THEME_ORIGINS);
registerEnumType(ThemeOriginEnum, {
  name: 'ThemeOrigin',
  description: 'TAD-1: where a themed audit day\'s theme is taken from (framework section 7).',
  valuesMap: Object.fromEntries(THEME_ORIGINS.map((origin) => [origin, { description: THEME_ORIGIN_LABELS[origin] }])),
});

export const ThemedAuditDaySessionEnum = enumOf<ThemedAuditDaySession>(THEMED_AUDIT_DAY_SESSIONS);
registerEnumType(ThemedAuditDaySessionEnum, { name: 'ThemedAuditDaySession', description: 'TAD-1: a themed audit day is a half-day.' });

export const ThemedAuditModeEnum = enumOf<ThemedAuditMode>(THEMED_AUDIT_MODES);
registerEnumType(ThemedAuditModeEnum, {
  name: 'ThemedAuditMode',
  description: 'TAD-1: how a case was audited on the day.',
  valuesMap: {
    LIVE: { description: 'Audited live during the day, led by S&QA.' },
    PREPARED: { description: 'Audited beforehand and brought to the day.' },
  },
});

export const THEMED_AUDIT_DAY_STATUSES: readonly ThemedAuditDayDocumentStatus[] = ['PLANNED', 'CLOSED', 'ACTION_PLAN_AGREED', 'ACTION_PLAN_CLOSED'];
export const ThemedAuditDayStatusEnum = enumOf(THEMED_AUDIT_DAY_STATUSES);
registerEnumType(ThemedAuditDayStatusEnum, {
  name: 'ThemedAuditDayStatus',
  description: "TAD-1: a themed audit day's life.",
  valuesMap: {
    PLANNED: { description: 'Planned; its audits are recorded on the day.' },
    CLOSED: { description: 'The day is over; its targeted action plan is to be agreed.' },
    ACTION_PLAN_AGREED: { description: 'The task-and-finish group owns the plan; its actions are tracked as remedial actions.' },
    ACTION_PLAN_CLOSED: { description: 'Every action verified done; the group closed the plan.' },
  },
});

export const ThemedAuditDayActionStatusEnum = enumOf<TrackedActionStatus>(TRACKED_ACTION_STATUSES);
registerEnumType(ThemedAuditDayActionStatusEnum, {
  name: 'ThemedAuditDayActionStatus',
  description: "A plan action's remedial action status (CFA-7); NOT_RAISED until the service raises it.",
});

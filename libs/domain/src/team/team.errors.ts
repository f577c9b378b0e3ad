/** Stable codes of the team's broken rules; clients may depend on them. */
export const TeamErrorCode = {
  NOT_FOUND: 'TEAM.NOT_FOUND',
  ALREADY_REGISTERED: 'TEAM.ALREADY_REGISTERED',
  CLOSED: 'TEAM.CLOSED',
  FIELD_REQUIRED: 'TEAM.FIELD_REQUIRED',
  INVALID_DATE: 'TEAM.INVALID_DATE',
  INVALID_ID: 'TEAM.INVALID_ID',
  EFFECTIVE_DATE_OUT_OF_ORDER: 'TEAM.EFFECTIVE_DATE_OUT_OF_ORDER',
} as const;

export type TeamErrorCode = (typeof TeamErrorCode)[keyof typeof TeamErrorCode];

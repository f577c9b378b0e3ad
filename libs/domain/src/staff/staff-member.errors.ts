/** Stable codes of a staff member's broken rules; clients may depend on them. */
export const StaffMemberErrorCode = {
  NOT_FOUND: 'STAFF.NOT_FOUND',
  ALREADY_REGISTERED: 'STAFF.ALREADY_REGISTERED',
  LEFT: 'STAFF.LEFT',
  FIELD_REQUIRED: 'STAFF.FIELD_REQUIRED',
  INVALID_DATE: 'STAFF.INVALID_DATE',
  INVALID_ID: 'STAFF.INVALID_ID',
  ROLE_UNKNOWN: 'STAFF.ROLE_UNKNOWN',
  OWN_LINE_MANAGER: 'STAFF.OWN_LINE_MANAGER',
  LEAVING_BEFORE_START: 'STAFF.LEAVING_BEFORE_START',
  EFFECTIVE_BEFORE_START: 'STAFF.EFFECTIVE_BEFORE_START',
  EFFECTIVE_DATE_OUT_OF_ORDER: 'STAFF.EFFECTIVE_DATE_OUT_OF_ORDER',
  /** An import restates a recorded staff member with another start date. */
  START_DATE_DIFFERS: 'STAFF.START_DATE_DIFFERS',
} as const;

export type StaffMemberErrorCode = (typeof StaffMemberErrorCode)[keyof typeof StaffMemberErrorCode];

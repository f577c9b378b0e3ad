/** Stable codes of the case key's broken rules; clients may depend on them. */
export const CaseKeyErrorCode = {
  NOT_PERMITTED: 'CASE_KEY.NOT_PERMITTED',
  FIELD_REQUIRED: 'CASE_KEY.FIELD_REQUIRED',
  INVALID_ID: 'CASE_KEY.INVALID_ID',
  INVALID_DATE: 'CASE_KEY.INVALID_DATE',
  /** Child text cannot be recorded for a case whose key was shredded (raised by the event store's encryption). */
  SHREDDED: 'CASE_KEY.SHREDDED',
} as const;

export type CaseKeyErrorCode = (typeof CaseKeyErrorCode)[keyof typeof CaseKeyErrorCode];

/** Stable codes of the service area's broken rules; clients may depend on them. */
export const ServiceAreaErrorCode = {
  NOT_FOUND: 'SERVICE_AREA.NOT_FOUND',
  ALREADY_REGISTERED: 'SERVICE_AREA.ALREADY_REGISTERED',
  CLOSED: 'SERVICE_AREA.CLOSED',
  FIELD_REQUIRED: 'SERVICE_AREA.FIELD_REQUIRED',
  INVALID_DATE: 'SERVICE_AREA.INVALID_DATE',
  INVALID_ID: 'SERVICE_AREA.INVALID_ID',
} as const;

export type ServiceAreaErrorCode = (typeof ServiceAreaErrorCode)[keyof typeof ServiceAreaErrorCode];

/** Stable codes of the read log's broken rules; clients may depend on them. */
export const ReadLogErrorCode = {
  READER_REQUIRED: 'READ_LOG.READER_REQUIRED',
  KIND_UNKNOWN: 'READ_LOG.KIND_UNKNOWN',
  ID_REQUIRED: 'READ_LOG.ID_REQUIRED',
  ID_TOO_LONG: 'READ_LOG.ID_TOO_LONG',
  OPERATION_INVALID: 'READ_LOG.OPERATION_INVALID',
  OTHER_READERS_STREAM: 'READ_LOG.OTHER_READERS_STREAM',
} as const;

export type ReadLogErrorCode = (typeof ReadLogErrorCode)[keyof typeof ReadLogErrorCode];

/** One stream per case's key, `caseKey-<azeusNumber>`: it records that the key was shredded. */
export const CASE_KEY_STREAM_CATEGORY = 'caseKey';

export function caseKeyStreamId(azeusNumber: string): string {
  return `${CASE_KEY_STREAM_CATEGORY}-${azeusNumber}`;
}

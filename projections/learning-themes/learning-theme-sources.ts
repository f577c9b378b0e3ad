import { LEARNING_INPUT_KINDS } from '../../libs/domain/src/index.js';

/**
 * REP-2: where learning themes come from. Audits (case file audits, tagged after submission, and a
 * thematic audit's theme), themed audit days, the Heads of Service's quarterly summaries of learning
 * from supervision audits (SUP-6) and annual reports of learning from observation (OBS-6), and the
 * learning inputs (complaints, compliments, feedback from children, young people and families, the
 * staff survey, LSCB audits, fostering and adoption QA).
 */
export const LEARNING_THEME_SOURCE_KINDS = [
  'CASE_FILE_AUDIT',
  'THEMED_AUDIT_DAY',
  'SUPERVISION_LEARNING_SUMMARY',
  'OBSERVATION_LEARNING_REPORT',
  ...LEARNING_INPUT_KINDS,
] as const;
export type LearningThemeSourceKind = (typeof LEARNING_THEME_SOURCE_KINDS)[number];

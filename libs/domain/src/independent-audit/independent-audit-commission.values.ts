/**
 * CFA-10: "Where required the Manager will commission the Safeguarding and Quality Assurance team
 * to undertake an independent audit to test out the learning and improvement" (framework section 3).
 */

/** Whether the independent audit found the learning and improvement it was commissioned to test. */
export const LEARNING_EVIDENCED = ['YES', 'PARTLY', 'NO'] as const;
export type LearningEvidenced = (typeof LEARNING_EVIDENCED)[number];

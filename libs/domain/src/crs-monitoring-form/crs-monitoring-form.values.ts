/**
 * The monitoring form an independent chair completes after each CP conference and LAC review
 * (appendix D, CRS-3): "These forms highlight the preparation for conference/ review, quality of
 * assessment and plan and any concerns. Team Managers can use these forms as part of supervision."
 */

/** The three judged sections of the form, keys and titles in the appendix's words. */
export const MONITORING_FORM_SECTIONS = [
  { key: 'preparation', title: 'Preparation for conference/ review' },
  { key: 'assessment', title: 'Quality of assessment' },
  { key: 'plan', title: 'Quality of plan' },
] as const;
export type MonitoringFormSection = (typeof MONITORING_FORM_SECTIONS)[number]['key'];

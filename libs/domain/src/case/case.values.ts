import { CASE_CATEGORIES, type CaseCategory } from '../case-file-audit/case-file-audit.values.js';
import { normalizeHeader } from '../csv/csv-table.js';

export { CASE_CATEGORIES, type CaseCategory };

/**
 * The names a category of case goes by: the code, the words of appendix A ("CAF/ TAC; CiN; CP;
 * LAC; CwD; Care Leaver") and their long forms. Compared without case, spaces or punctuation.
 */
export const CASE_CATEGORY_NAMES: Readonly<Record<CaseCategory, readonly string[]>> = {
  CAF_TAC: ['CAF/TAC', 'CAF', 'TAC', 'Early help'],
  CIN: ['CiN', 'Child in need'],
  CP: ['Child protection'],
  LAC: ['Looked after child', 'Child looked after', 'CLA', 'CiC', 'Child in care'],
  CWD: ['CwD', 'Children with disabilities', 'Child with disabilities', 'Child with a disability'],
  CARE_LEAVER: ['Care leaver', 'Leaving care'],
};

const CATEGORY_BY_NAME: ReadonlyMap<string, CaseCategory> = new Map(
  CASE_CATEGORIES.flatMap((category) =>
    [category, ...CASE_CATEGORY_NAMES[category]].map((name) => [normalizeHeader(name), category] as const),
  ),
);

/** The category a name stands for, or null when it names none. */
export function caseCategoryFromName(name: string): CaseCategory | null {
  return CATEGORY_BY_NAME.get(normalizeHeader(name)) ?? null;
}

export function isCaseCategory(value: unknown): value is CaseCategory {
  return typeof value === 'string' && (CASE_CATEGORIES as readonly string[]).includes(value);
}

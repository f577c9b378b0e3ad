import * as domain from '../../domain/src/index.js';
import { CHILD_TEXT_FIELDS, childTextFieldsOf, mapChildText } from './child-text-registry.js';

const declaredTypes = new Set(
  Object.entries(domain)
    .filter(([name, value]) => name.endsWith('_EVENT_TYPES') && Array.isArray(value))
    .flatMap(([, value]) => value as string[]),
);

describe('The registry of child text (issue 6 item 5)', () => {
  describe('When its entries are read', () => {
    it('should name only event types a strand declares', () => {
      expect(Object.keys(CHILD_TEXT_FIELDS).filter((type) => !declaredTypes.has(type))).toEqual([]);
    });

    it('should cover the pen picture, the evaluations and the family feedback of appendix A', () => {
      expect(childTextFieldsOf('CaseFileAuditKeyInformationRecorded')?.paths).toContain('penPicture');
      expect(childTextFieldsOf('CaseFileAuditCriterionGraded')?.paths).toEqual(['evaluation']);
      expect(childTextFieldsOf('CaseFileAuditFamilyFeedbackRecorded')?.paths).toEqual(['answers.*', 'givenBy']);
    });

    it('should never name an id, a date or an action description (they must stay readable and joinable)', () => {
      const paths = Object.values(CHILD_TEXT_FIELDS).flatMap((fields) => fields!.paths);
      expect(paths.filter((path) => /(Id|Ids|At|On|Date|description|azeusNumber)$/.test(path))).toEqual([]);
    });

    it('should let only records that may name no case go without a key', () => {
      const optional = Object.entries(CHILD_TEXT_FIELDS).filter(([, fields]) => fields!.caseOptional).map(([type]) => type);
      expect(optional.sort()).toEqual([
        'MeetingObservationAreaJudged',
        'MeetingObservationDiscussedWithChair',
        'MeetingObservationLearningAndActionsAgreed',
        'RemedialActionCompleted',
      ]);
    });

    it('should answer nothing for an event type without child text', () => {
      expect(childTextFieldsOf('CaseFileAuditScheduled')).toBeUndefined();
      expect(childTextFieldsOf('toString')).toBeUndefined();
    });
  });

  describe('When the text at its paths is mapped', () => {
    const data = {
      auditId: 'a-1',
      answers: { meetings: 'We felt heard', supportAndDifference: 'Yes' },
      outcomes: [{ actionId: 'x', comment: 'Done' }, { actionId: 'y', comment: null }],
      driftOrDelay: { found: false },
    };

    it('should change every string the paths reach, wildcards included, and nothing else', () => {
      const seen: string[] = [];
      const mapped = mapChildText(data, ['answers.*', 'outcomes.*.comment', 'driftOrDelay.details', 'missing.path'], (value, path) => {
        seen.push(path);
        return value.toUpperCase();
      });
      expect(seen).toEqual(['answers.meetings', 'answers.supportAndDifference', 'outcomes.0.comment']);
      expect(mapped).toEqual({
        ...data,
        answers: { meetings: 'WE FELT HEARD', supportAndDifference: 'YES' },
        outcomes: [{ actionId: 'x', comment: 'DONE' }, { actionId: 'y', comment: null }],
      });
      expect(data.answers.meetings).toBe('We felt heard');
    });

    it('should answer the same object when nothing changes', () => {
      expect(mapChildText(data, ['answers.*'], (value) => value)).toBe(data);
    });
  });
});

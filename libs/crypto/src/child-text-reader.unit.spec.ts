import { sealChildText } from './child-text-envelope.js';
import { ChildTextReader, WITHHELD_TEXT_PLACEHOLDER } from './child-text-reader.js';
import { SqliteCaseKeyStore } from './sqlite-case-key-store.js';

const SHREDDER = { staffId: 'sqam-001', at: '2031-04-01T09:00:00.000Z' };

class AuditModel {
  constructor(readonly id: string) {}
}

describe('Reading child text (issue 6 item 5)', () => {
  let keys: SqliteCaseKeyStore;
  beforeEach(() => {
    keys = new SqliteCaseKeyStore(':memory:');
  });
  afterEach(() => keys.close());

  const seal = async (text: string, caseId: string) => sealChildText(text, caseId, await keys.keyForWriting(caseId));

  describe('Given an answer holding envelopes of two cases', () => {
    it('should open every envelope, whole, in a title and in JSON text, and leave the rest as it was', async () => {
      const penPicture = await seal('J is 9 and lives with her mother', 'AZ-1');
      const reason = await seal('No visit for 8 weeks', 'AZ-2');
      const unchanged = { grade: 'GOOD', evaluation: 'plain, recorded before encryption' };
      const answer = {
        audit: { penPicture, criteria: [unchanged, { evaluation: await seal('Risk reduced "well"', 'AZ-1') }] },
        late: { title: `Acknowledge the Inadequate grade of case AZ-2 (${reason})` },
        history: { data: JSON.stringify({ reason, grade: 'INADEQUATE' }) },
      };

      const revealed = await new ChildTextReader(keys).reveal(answer);

      expect(revealed.audit.penPicture).toBe('J is 9 and lives with her mother');
      expect(revealed.audit.criteria[1]!.evaluation).toBe('Risk reduced "well"');
      expect(revealed.audit.criteria[0]).toBe(unchanged);
      expect(revealed.late.title).toBe('Acknowledge the Inadequate grade of case AZ-2 (No visit for 8 weeks)');
      expect(JSON.parse(revealed.history.data)).toEqual({ reason: 'No visit for 8 weeks', grade: 'INADEQUATE' });
      expect(answer.audit.penPicture).toBe(penPicture);
      expect(revealed).not.toHaveProperty('withheldChildText');
    });
  });

  describe('Given the key of one case was shredded', () => {
    it('should answer its text as null, mark where from each object up, and still open the other case', async () => {
      const penPicture = await seal('J is 9', 'AZ-1');
      const other = await seal('K is 4', 'AZ-2');
      await keys.shred('AZ-1', SHREDDER);
      const audit = Object.assign(new AuditModel('a-1'), { penPicture, criteria: [{ evaluation: penPicture }], other });

      const revealed = await new ChildTextReader(keys).reveal({ caseFileAudit: audit });

      expect(revealed.caseFileAudit).toBeInstanceOf(AuditModel);
      expect(revealed.caseFileAudit).toMatchObject({ penPicture: null, other: 'K is 4', criteria: [{ evaluation: null }] });
      expect((revealed.caseFileAudit as unknown as Record<string, unknown>)['withheldChildText']).toEqual([
        { path: 'penPicture', reason: 'SHREDDED', azeusNumber: 'AZ-1' },
        { path: 'criteria.0.evaluation', reason: 'SHREDDED', azeusNumber: 'AZ-1' },
      ]);
      expect((revealed.caseFileAudit.criteria[0] as Record<string, unknown>)['withheldChildText']).toEqual([
        { path: 'evaluation', reason: 'SHREDDED', azeusNumber: 'AZ-1' },
      ]);
    });

    it('should put a placeholder in longer text and null in JSON text', async () => {
      const reason = await seal('No visit', 'AZ-1');
      await keys.shred('AZ-1', SHREDDER);
      const reader = new ChildTextReader(keys);
      expect(await reader.revealText(`Reason: ${reason}`)).toBe(`Reason: ${WITHHELD_TEXT_PLACEHOLDER.SHREDDED}`);
      expect(await reader.revealText(reason)).toBe(WITHHELD_TEXT_PLACEHOLDER.SHREDDED);
      expect(JSON.parse((await reader.reveal({ data: JSON.stringify({ reason }) })).data)).toEqual({ reason: null });
    });
  });

  describe('Given an envelope that cannot be opened', () => {
    it('should withhold it as UNREADABLE and say why, for a case this store has no key for and for an altered one', async () => {
      const told: string[] = [];
      const foreign = sealChildText('text', 'AZ-9', Buffer.alloc(32, 7));
      const sealed = await seal('text', 'AZ-1');
      // The tag's first character, changed: still an envelope's shape, no longer authentic.
      const altered = `${sealed.slice(0, -22)}${sealed.at(-22) === 'A' ? 'B' : 'A'}${sealed.slice(-21)}`;
      const revealed = await new ChildTextReader(keys, { onUnreadable: (caseId, why) => told.push(`${caseId}: ${why}`) }).reveal({ foreign, altered });
      expect(revealed).toMatchObject({ foreign: null, altered: null });
      expect(told).toEqual([expect.stringMatching(/^AZ-9: .*no key/), expect.stringMatching(/^AZ-1: .*altered/)]);
    });
  });

  describe('Given one reader and a key shredded after it looked the key up', () => {
    it('should keep the key for that reader only: a new reader sees the shredding at once', async () => {
      const text = await seal('J is 9', 'AZ-1');
      const first = new ChildTextReader(keys);
      expect(await first.reveal(text)).toBe('J is 9');
      await keys.shred('AZ-1', SHREDDER);
      expect(await new ChildTextReader(keys).reveal(text)).toBeNull();
    });
  });
});

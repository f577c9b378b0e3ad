import { randomBytes } from 'node:crypto';
import { compactDecrypt } from 'jose';
import {
  ChildTextEnvelopeError,
  findChildTextEnvelopes,
  looksLikeChildTextEnvelope,
  openChildText,
  parseChildTextEnvelope,
  sealChildText,
} from './child-text-envelope.js';

const KEY = randomBytes(32);
const PEN_PICTURE = 'J is 9, lives with her mother and two brothers; she told us school is "the safe place". 🌱';

/** The envelope with one of its five compact parts replaced. */
function withPart(envelope: string, index: number, change: (part: string) => string): string {
  const parts = envelope.split('.');
  parts[index] = change(parts[index]!);
  return parts.join('.');
}

function flipFirstByte(part: string): string {
  const bytes = Buffer.from(part, 'base64url');
  bytes[0] = bytes[0]! ^ 0x01;
  return bytes.toString('base64url');
}

describe('The child text envelope (issue 6 item 5)', () => {
  describe('Given a pen picture sealed for case AZ-1 with its key', () => {
    const envelope = sealChildText(PEN_PICTURE, 'AZ-1', KEY);

    it('should not contain the text, and should name the case', () => {
      expect(envelope).not.toContain('mother');
      expect(looksLikeChildTextEnvelope(envelope)).toBe(true);
      expect(parseChildTextEnvelope(envelope)?.caseId).toBe('AZ-1');
    });

    it('should open to the same text, Unicode and quotes included', () => {
      expect(openChildText(envelope, KEY, 'AZ-1')).toBe(PEN_PICTURE);
    });

    it('should be a standard JWE (dir, A256GCM) that another JOSE library opens', async () => {
      const { plaintext, protectedHeader } = await compactDecrypt(envelope, KEY);
      expect(new TextDecoder().decode(plaintext)).toBe(PEN_PICTURE);
      expect(protectedHeader).toEqual({ alg: 'dir', enc: 'A256GCM', kid: 'case:AZ-1' });
    });

    it('should differ each time the same text is sealed (a fresh IV)', () => {
      expect(sealChildText(PEN_PICTURE, 'AZ-1', KEY)).not.toBe(envelope);
    });

    describe('When any byte of the ciphertext, the tag or the IV is changed', () => {
      it('should refuse to open it', () => {
        for (const index of [2, 3, 4]) {
          expect(() => openChildText(withPart(envelope, index, flipFirstByte), KEY, 'AZ-1')).toThrow(ChildTextEnvelopeError);
        }
      });
    });

    describe('When its header is relabelled to another case (the AAD)', () => {
      it('should refuse to open it even with the right key', () => {
        const relabelled = withPart(envelope, 0, () =>
          Buffer.from(JSON.stringify({ alg: 'dir', enc: 'A256GCM', kid: 'case:AZ-2' })).toString('base64url'),
        );
        expect(parseChildTextEnvelope(relabelled)?.caseId).toBe('AZ-2');
        expect(() => openChildText(relabelled, KEY)).toThrow(/does not authenticate/);
      });
    });

    describe('When it is opened as another case, or with another key', () => {
      it('should refuse', () => {
        expect(() => openChildText(envelope, KEY, 'AZ-2')).toThrow(/for case AZ-1, not AZ-2/);
        expect(() => openChildText(envelope, randomBytes(32), 'AZ-1')).toThrow(/does not authenticate/);
      });
    });
  });

  describe('When a value is not an envelope', () => {
    it('should say so for plain text, a JWE of another shape and a truncated envelope', () => {
      const envelope = sealChildText('x', 'AZ-1', KEY);
      expect(parseChildTextEnvelope('She is safe.')).toBeNull();
      expect(parseChildTextEnvelope(envelope.slice(0, -1))).toBeNull();
      const withZip = withPart(envelope, 0, () =>
        Buffer.from(JSON.stringify({ alg: 'dir', enc: 'A256GCM', kid: 'case:AZ-1', zip: 'DEF' })).toString('base64url'),
      );
      expect(parseChildTextEnvelope(withZip)).toBeNull();
      expect(() => openChildText('She is safe.', KEY)).toThrow(ChildTextEnvelopeError);
    });

    it('should refuse to seal without a case or with a key of the wrong size', () => {
      expect(() => sealChildText('x', ' ', KEY)).toThrow(ChildTextEnvelopeError);
      expect(() => sealChildText('x', 'AZ-1', randomBytes(16))).toThrow(/32 bytes/);
    });
  });

  describe('When envelopes sit inside longer text', () => {
    it('should find each one, bare or quoted in JSON, and nothing in plain text', () => {
      const a = sealChildText('reason A', 'AZ-1', KEY);
      const b = sealChildText('', 'AZ-2', KEY);
      const text = `Acknowledge the Inadequate grade of case AZ-1 (${a}) and ${JSON.stringify({ b })}`;
      expect(findChildTextEnvelopes(text).map((f) => f.envelope)).toEqual([a, b]);
      expect(findChildTextEnvelopes('no envelope here')).toEqual([]);
    });
  });
});

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Issue 6 item 5: one free-text value about a child, encrypted with its case's key.
 *
 * The envelope is a JWE in compact serialisation (RFC 7516), direct encryption with AES-256-GCM
 * (`alg: dir`, `enc: A256GCM`, RFC 7518 §4.5 and §5.3), and the case named in the protected header
 * (`kid: "case:<Azeus number>"`). The protected header is the GCM additional authenticated data,
 * so a ciphertext moved to another case, or a header relabelled to another case, is refused.
 *
 * It is a string, not an object, so an encrypted field keeps its type everywhere the plaintext
 * went before: a decider's state, a projection's `text(...)`, a read-model document, a copy made
 * into another event by a reaction. Any JOSE library opens it given the key.
 */

export const CHILD_TEXT_ALGORITHM = 'A256GCM';
export const CASE_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KID_PREFIX = 'case:';

export class ChildTextEnvelopeError extends Error {
  override readonly name = 'ChildTextEnvelopeError';
}

export interface ChildTextEnvelope {
  readonly caseId: string;
  readonly protectedHeader: string;
  readonly iv: Buffer;
  readonly ciphertext: Buffer;
  readonly tag: Buffer;
}

function header(caseId: string): string {
  // Fixed member order: every envelope of one case starts with the same characters.
  return Buffer.from(JSON.stringify({ alg: 'dir', enc: CHILD_TEXT_ALGORITHM, kid: `${KID_PREFIX}${caseId}` }), 'utf8').toString('base64url');
}

/** What every envelope begins with (the header up to the case id, whole base64 groups only). */
export const CHILD_TEXT_ENVELOPE_PREFIX = ((): string => {
  const start = `{"alg":"dir","enc":"${CHILD_TEXT_ALGORITHM}","kid":"${KID_PREFIX}`;
  return Buffer.from(start.slice(0, start.length - (start.length % 3)), 'utf8').toString('base64url');
})();

const B64 = '[A-Za-z0-9_-]';
// header..iv.ciphertext.tag: a 12-byte IV is 16 characters, a 16-byte tag 22.
const ENVELOPE_SOURCE = `${CHILD_TEXT_ENVELOPE_PREFIX}${B64}*\\.\\.${B64}{16}\\.${B64}*\\.${B64}{22}`;
const WHOLE = new RegExp(`^${ENVELOPE_SOURCE}$`);

function assertKey(key: Uint8Array): void {
  if (key.length !== CASE_KEY_BYTES) throw new ChildTextEnvelopeError(`A case key is ${CASE_KEY_BYTES} bytes (AES-256), not ${key.length}`);
}

function assertCaseId(caseId: string): void {
  if (typeof caseId !== 'string' || caseId.trim() === '') throw new ChildTextEnvelopeError('A case id is needed to encrypt child text');
}

/** Encrypts one value for the case; a fresh random IV each time, so equal texts give different envelopes. */
export function sealChildText(plaintext: string, caseId: string, key: Uint8Array): string {
  assertKey(key);
  assertCaseId(caseId);
  const protectedHeader = header(caseId);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(protectedHeader, 'ascii'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `${protectedHeader}..${iv.toString('base64url')}.${ciphertext.toString('base64url')}.${tag.toString('base64url')}`;
}

/** True when the whole string has the shape of an envelope (it may still fail to open). */
export function looksLikeChildTextEnvelope(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(CHILD_TEXT_ENVELOPE_PREFIX) && WHOLE.test(value);
}

/** The parts of an envelope, or null when the string is not one (a plaintext, or a mangled envelope). */
export function parseChildTextEnvelope(value: unknown): ChildTextEnvelope | null {
  if (!looksLikeChildTextEnvelope(value)) return null;
  const [protectedHeader, encryptedKey, iv, ciphertext, tag] = value.split('.') as [string, string, string, string, string];
  if (encryptedKey !== '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(protectedHeader, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { alg, enc, kid, ...rest } = parsed as Record<string, unknown>;
  if (alg !== 'dir' || enc !== CHILD_TEXT_ALGORITHM || typeof kid !== 'string' || !kid.startsWith(KID_PREFIX)) return null;
  // Only what we write: a header with other members (`crit`, `zip`, ...) is not ours to open.
  if (Object.keys(rest).length > 0) return null;
  const caseId = kid.slice(KID_PREFIX.length);
  if (caseId.trim() === '') return null;
  const parts = { iv: Buffer.from(iv, 'base64url'), ciphertext: Buffer.from(ciphertext, 'base64url'), tag: Buffer.from(tag, 'base64url') };
  if (parts.iv.length !== IV_BYTES || parts.tag.length !== TAG_BYTES) return null;
  return { caseId, protectedHeader, ...parts };
}

/**
 * Decrypts an envelope with its case's key. Refuses (ChildTextEnvelopeError) an envelope of
 * another case than `expectedCaseId`, and any envelope whose header, IV, ciphertext or tag was
 * changed or whose key is not this one: GCM authenticates all of them.
 */
export function openChildText(envelope: string | ChildTextEnvelope, key: Uint8Array, expectedCaseId?: string): string {
  assertKey(key);
  const parsed = typeof envelope === 'string' ? parseChildTextEnvelope(envelope) : envelope;
  if (parsed === null) throw new ChildTextEnvelopeError('Not an encrypted child text envelope');
  if (expectedCaseId !== undefined && parsed.caseId !== expectedCaseId) {
    throw new ChildTextEnvelopeError(`The envelope is for case ${parsed.caseId}, not ${expectedCaseId}`);
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, parsed.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(parsed.protectedHeader, 'ascii'));
    decipher.setAuthTag(parsed.tag);
    return Buffer.concat([decipher.update(parsed.ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw new ChildTextEnvelopeError(`The envelope for case ${parsed.caseId} does not authenticate (altered, or another key)`);
  }
}

/** Every envelope inside a longer string (a title that quotes a reason, JSON text of an event), in order. */
export function findChildTextEnvelopes(text: string): { readonly envelope: string; readonly index: number }[] {
  if (!text.includes(CHILD_TEXT_ENVELOPE_PREFIX)) return [];
  const found: { envelope: string; index: number }[] = [];
  for (const match of text.matchAll(new RegExp(`(?<!${B64})${ENVELOPE_SOURCE}(?!${B64})`, 'g'))) {
    if (parseChildTextEnvelope(match[0]) !== null) found.push({ envelope: match[0], index: match.index });
  }
  return found;
}

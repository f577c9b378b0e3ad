import type { CaseKeyLookup, CaseKeyStore } from './case-key-store.port.js';
import { findChildTextEnvelopes, looksLikeChildTextEnvelope, openChildText, parseChildTextEnvelope } from './child-text-envelope.js';

/** Why a child text was not shown: its case key was shredded, or it cannot be opened (no key here, or altered). */
export type ChildTextWithheldReason = 'SHREDDED' | 'UNREADABLE';

export interface WithheldChildText {
  /** Where, from the object that carries the marker: `penPicture`, `criteria.3.evaluation`, `entries.5.data`. */
  readonly path: string;
  readonly reason: ChildTextWithheldReason;
  /** The case whose key it needed. */
  readonly azeusNumber: string;
}

/** The property `reveal` sets on every object under which a child text was withheld. */
export const WITHHELD_CHILD_TEXT = 'withheldChildText';

/** What stands in for a withheld text inside a longer one (a title quoting a reason, an e-mail). */
export const WITHHELD_TEXT_PLACEHOLDER: Readonly<Record<ChildTextWithheldReason, string>> = {
  SHREDDED: '[withheld: the case key was shredded]',
  UNREADABLE: '[withheld: the text cannot be decrypted]',
};

export interface ChildTextReaderOptions {
  /** Told (without any text) of each envelope that could not be opened though its key was not shredded. */
  readonly onUnreadable?: (azeusNumber: string, why: string) => void;
}

/**
 * Opens child text envelopes for someone reading them now. One reader serves one request: each
 * case's key is looked up once and kept for the reader's life only, so a key shredded a moment
 * ago is never used by the next request, and nothing needs rebuilding.
 *
 * `reveal` answers a copy of any value (a GraphQL answer, a report) with every envelope opened:
 * - a string that is an envelope becomes its plaintext, or null when withheld (a placeholder
 *   with `withheldAs: 'placeholder'`, for print);
 * - an envelope inside a longer string (a title quoting an escalation's reason) is replaced by its
 *   plaintext or a placeholder, and inside JSON text (a history entry's data) by the JSON string or
 *   `null`;
 * - every object above a withheld text gets `withheldChildText`: the paths, from that object, of
 *   what was withheld and why.
 * Parts with no envelope are the same objects as before (the read model's documents are never
 * changed in place).
 */
export class ChildTextReader {
  private readonly keys = new Map<string, Promise<CaseKeyLookup>>();

  constructor(
    private readonly store: CaseKeyStore,
    private readonly options: ChildTextReaderOptions = {},
  ) {}

  async reveal<T>(value: T, options: { readonly withheldAs?: 'null' | 'placeholder' } = {}): Promise<T> {
    return (await this.walk(value, options.withheldAs ?? 'null')) as T;
  }

  /** One text (an e-mail body, a PDF line): every envelope in it opened, or replaced by a placeholder. */
  async revealText(text: string): Promise<string> {
    return (await this.walk(text, 'placeholder')) as string;
  }

  private async walk(value: unknown, withheldAs: 'null' | 'placeholder'): Promise<unknown> {
    const cases = new Set<string>();
    collectCases(value, cases, new WeakSet());
    if (cases.size === 0) return value;
    const opened = new Map<string, CaseKeyLookup>();
    await Promise.all([...cases].map(async (caseId) => opened.set(caseId, await this.lookup(caseId))));
    // Once: a plaintext that itself looks like an envelope (someone typed one) is shown as typed.
    return new Walk(opened, withheldAs, this.options).value(value, new WeakMap()).value;
  }

  private lookup(caseId: string): Promise<CaseKeyLookup> {
    let found = this.keys.get(caseId);
    if (found === undefined) this.keys.set(caseId, (found = this.store.lookup(caseId)));
    return found;
  }
}

function collectCases(value: unknown, cases: Set<string>, seen: WeakSet<object>): void {
  if (typeof value === 'string') {
    for (const { envelope } of findChildTextEnvelopes(value)) cases.add(parseChildTextEnvelope(envelope)!.caseId);
    return;
  }
  if (!isWalkable(value) || seen.has(value)) return;
  seen.add(value);
  for (const item of Array.isArray(value) ? value : Object.values(value)) collectCases(item, cases, seen);
}

function isWalkable(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  return !(value instanceof Date || value instanceof Map || value instanceof Set || value instanceof RegExp || value instanceof Promise || ArrayBuffer.isView(value));
}

/** A shallow copy of the same class, so a GraphQL type resolved by class still resolves. */
function copyOf(value: object): Record<string, unknown> {
  return Object.assign(Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>, value);
}

type Withheld = { readonly path: string; readonly reason: ChildTextWithheldReason; readonly azeusNumber: string };

class Walk {
  constructor(
    private readonly keys: ReadonlyMap<string, CaseKeyLookup>,
    private readonly withheldAs: 'null' | 'placeholder',
    private readonly options: ChildTextReaderOptions,
  ) {}

  value(value: unknown, done: WeakMap<object, { value: unknown; withheld: Withheld[] }>): { value: unknown; withheld: Withheld[] } {
    if (typeof value === 'string') return this.text(value);
    if (!isWalkable(value)) return { value, withheld: [] };
    const finished = done.get(value);
    if (finished !== undefined) return finished;
    // A cycle comes back here before the copy exists: it keeps the original object.
    done.set(value, { value, withheld: [] });
    const withheld: Withheld[] = [];
    let copy: Record<string, unknown> | unknown[] | null = null;
    const entries: [string, unknown][] = Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value);
    for (const [key, item] of entries) {
      const result = this.value(item, done);
      withheld.push(...result.withheld.map((w) => ({ ...w, path: w.path === '' ? key : `${key}.${w.path}` })));
      if (result.value !== item) {
        copy ??= Array.isArray(value) ? [...value] : copyOf(value);
        (copy as Record<string, unknown>)[key] = result.value;
      }
    }
    if (withheld.length > 0 && !Array.isArray(value)) {
      copy ??= copyOf(value);
      (copy as Record<string, unknown>)[WITHHELD_CHILD_TEXT] = withheld.map((w) => ({ ...w }));
    }
    const result = { value: copy ?? value, withheld };
    done.set(value, result);
    return result;
  }

  private text(text: string): { value: string | null; withheld: Withheld[] } {
    if (looksLikeChildTextEnvelope(text)) {
      const opened = this.open(text);
      if (opened !== null && typeof opened !== 'string') {
        return { value: this.withheldAs === 'null' ? null : WITHHELD_TEXT_PLACEHOLDER[opened.reason], withheld: [{ path: '', ...opened }] };
      }
      if (opened !== null) return { value: opened, withheld: [] };
    }
    const found = findChildTextEnvelopes(text);
    if (found.length === 0) return { value: text, withheld: [] };
    const withheld: Withheld[] = [];
    let result = '';
    let from = 0;
    for (const { envelope, index } of found) {
      const opened = this.open(envelope);
      if (opened === null) continue;
      const quoted = text[index - 1] === '"' && text[index + envelope.length] === '"';
      const start = quoted ? index - 1 : index;
      const end = index + envelope.length + (quoted ? 1 : 0);
      let replacement: string;
      if (typeof opened === 'string') replacement = quoted ? JSON.stringify(opened) : opened;
      else {
        withheld.push({ path: '', ...opened });
        replacement = quoted ? 'null' : WITHHELD_TEXT_PLACEHOLDER[opened.reason];
      }
      result += text.slice(from, start) + replacement;
      from = end;
    }
    return { value: result + text.slice(from), withheld };
  }

  /** The plaintext, what was withheld, or null when the envelope's case was not looked up (it is left as it is). */
  private open(envelope: string): string | { reason: ChildTextWithheldReason; azeusNumber: string } | null {
    const parsed = parseChildTextEnvelope(envelope);
    if (parsed === null) return null;
    const key = this.keys.get(parsed.caseId);
    if (key === undefined) return null;
    const withheld = (reason: ChildTextWithheldReason) => ({ reason, azeusNumber: parsed.caseId });
    if (key.state === 'SHREDDED') return withheld('SHREDDED');
    if (key.state === 'NONE') {
      this.options.onUnreadable?.(parsed.caseId, 'the case key store has no key for this case (is CASE_KEYS_PATH the right file?)');
      return withheld('UNREADABLE');
    }
    try {
      return openChildText(parsed, key.key, parsed.caseId);
    } catch {
      this.options.onUnreadable?.(parsed.caseId, 'the envelope does not authenticate with the case key (altered)');
      return withheld('UNREADABLE');
    }
  }
}

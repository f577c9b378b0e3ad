import { createHash } from 'node:crypto';
import { v5 } from 'uuid';
import type { Actor, CommandMetadata } from '../shared/decider.js';
import type { ImportRowError } from './csv-table.js';

/**
 * What an import plans: either the problems found in the file (and then nothing is dispatched),
 * or the commands to dispatch, in order. Command ids are derived from the file's SHA-256, the
 * line and the command's purpose, so dispatching the same file again is a no-op twice over:
 * the command handler recognises each command id already in its stream, and the deciders decide
 * nothing for facts already recorded.
 */
export type ImportPlan<Planned> =
  | { readonly ok: false; readonly fileSha256: string; readonly errors: readonly ImportRowError[] }
  | {
      readonly ok: true;
      readonly fileSha256: string;
      /** Correlation id of every command of this import: the same file gives the same id. */
      readonly importId: string;
      readonly commands: readonly Planned[];
    };

/** Who imports and when; the rest of each command's metadata is derived from the file. */
export interface ImportContext {
  readonly actor: Actor;
  /** Business time of the import, ISO-8601. */
  readonly now: string;
}

/** Namespace of import command ids (UUID v5). Never change it: re-imports depend on it. */
export const IMPORT_COMMAND_NAMESPACE = 'b8a4f0e2-5c1d-5e8f-9b7a-2d4c6e8f0a13';

export function fileSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function importId(sha256: string, kind: string): string {
  return v5(`${kind}:${sha256}`, IMPORT_COMMAND_NAMESPACE);
}

/** The command id of one planned command: the file, the line it comes from, and what it does. */
export function importCommandId(sha256: string, line: number, purpose: string): string {
  return v5(`${sha256}:${line}:${purpose}`, IMPORT_COMMAND_NAMESPACE);
}

export function importMetadata(
  context: ImportContext,
  correlationId: string,
  sha256: string,
  line: number,
  purpose: string,
): CommandMetadata {
  return {
    actor: context.actor,
    now: context.now,
    commandId: importCommandId(sha256, line, purpose),
    correlationId,
    causationId: correlationId,
  };
}

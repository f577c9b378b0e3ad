import type { NewEvent, RecordedEvent } from '../../event-store/src/event-store.port.js';
import type { SignedCheckpoint } from './checkpoint.js';

/** The one stream every signed checkpoint is recorded in, in the order they were signed. */
export const LOG_CHECKPOINT_STREAM = 'logCheckpoint';
export const LOG_CHECKPOINT_SIGNED = 'LogCheckpointSigned';
export const CHECKPOINT_SCHEMA_VERSION = 1;

/** A checkpoint as recorded in the log: with the frontier the next checkpoint continues from. */
export interface LogCheckpointSignedData extends SignedCheckpoint {
  /** Hex roots of the tree's perfect subtrees, largest first (see MerkleFrontier). */
  readonly frontier: readonly string[];
}

/** The leaf hashes a checkpoint added to the tree since the previous one, by position. */
export interface CheckpointLeaves {
  /** Index of the first of `leaves` in the tree (the previous checkpoint's tree size). */
  readonly firstLeaf: number;
  /** [position as decimal, leaf hash as hex] */
  readonly leaves: readonly (readonly [string, string])[];
}

/** A line of the exported checkpoints file (JSON lines). */
export interface CheckpointLine extends SignedCheckpoint, CheckpointLeaves {}

export function checkpointEvent(eventId: string, data: LogCheckpointSignedData): NewEvent {
  return {
    eventId,
    type: LOG_CHECKPOINT_SIGNED,
    data: { ...data, frontier: [...data.frontier] },
    metadata: { schemaVersion: CHECKPOINT_SCHEMA_VERSION, now: data.issuedAt },
  };
}

/** Thrown when a recorded checkpoint or a line of the file is not one. */
export class CheckpointFormatError extends Error {
  override readonly name = 'CheckpointFormatError';
}

export function readCheckpointEvent(event: RecordedEvent): LogCheckpointSignedData {
  const where = `${event.streamId} revision ${event.revision}`;
  if (event.type !== LOG_CHECKPOINT_SIGNED) throw new CheckpointFormatError(`${where} is a ${event.type}, not a ${LOG_CHECKPOINT_SIGNED}`);
  const checkpoint = readSignedCheckpoint(event.data, where);
  const frontier = event.data['frontier'];
  if (!Array.isArray(frontier) || frontier.some((hash) => typeof hash !== 'string' || !HEX64.test(hash))) {
    throw new CheckpointFormatError(`${where}: frontier must be a list of hex SHA-256 hashes`);
  }
  return { ...checkpoint, frontier: frontier as string[] };
}

export function formatCheckpointLine(line: CheckpointLine): string {
  const { treeSize, lastPosition, rootHash, issuedAt, keyId, signature, firstLeaf, leaves } = line;
  return `${JSON.stringify({ treeSize, lastPosition, rootHash, issuedAt, keyId, signature, firstLeaf, leaves })}\n`;
}

/** Parses a checkpoints file; blank lines are skipped. `name` is how errors call the file. */
export function parseCheckpointLines(text: string, name: string): CheckpointLine[] {
  const lines: CheckpointLine[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    if (raw.trim() === '') continue;
    const where = `${name} line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new CheckpointFormatError(`${where} is not JSON`);
    }
    if (!isRecord(value)) throw new CheckpointFormatError(`${where} is not a JSON object`);
    const checkpoint = readSignedCheckpoint(value, where);
    const { firstLeaf, leaves } = value;
    if (!isWholeNumber(firstLeaf)) throw new CheckpointFormatError(`${where}: firstLeaf must be a whole number from 0`);
    if (
      !Array.isArray(leaves) ||
      !leaves.every((leaf) => Array.isArray(leaf) && leaf.length === 2 && POSITION.test(String(leaf[0])) && HEX64.test(String(leaf[1])))
    ) {
      throw new CheckpointFormatError(`${where}: leaves must be a list of [position, leaf hash]`);
    }
    if (firstLeaf + leaves.length > checkpoint.treeSize) {
      throw new CheckpointFormatError(`${where}: firstLeaf + leaves.length passes the tree size ${checkpoint.treeSize}`);
    }
    lines.push({ ...checkpoint, firstLeaf, leaves: leaves as [string, string][] });
  }
  return lines;
}

const HEX64 = /^[0-9a-f]{64}$/;
const POSITION = /^(0|[1-9][0-9]*)$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function readSignedCheckpoint(value: Record<string, unknown>, where: string): SignedCheckpoint {
  const { treeSize, lastPosition, rootHash, issuedAt, keyId, signature } = value;
  const problems: string[] = [];
  if (!isWholeNumber(treeSize) || treeSize === 0) problems.push('treeSize must be a whole number from 1');
  if (typeof lastPosition !== 'string' || !POSITION.test(lastPosition)) problems.push('lastPosition must be a decimal position');
  if (typeof rootHash !== 'string' || !HEX64.test(rootHash)) problems.push('rootHash must be a hex SHA-256 hash');
  if (typeof issuedAt !== 'string' || Number.isNaN(Date.parse(issuedAt))) problems.push('issuedAt must be an ISO 8601 instant');
  if (typeof keyId !== 'string' || !HEX64.test(keyId)) problems.push('keyId must be a hex SHA-256 key id');
  if (typeof signature !== 'string' || !BASE64.test(signature)) problems.push('signature must be base64');
  if (problems.length > 0) throw new CheckpointFormatError(`${where}: ${problems.join('; ')}`);
  return {
    treeSize: treeSize as number,
    lastPosition: lastPosition as string,
    rootHash: rootHash as string,
    issuedAt: issuedAt as string,
    keyId: keyId as string,
    signature: signature as string,
  };
}

function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

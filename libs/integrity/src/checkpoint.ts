import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../../event-store/src/canonical-json.js';

/**
 * A checkpoint: the log's first `treeSize` events, in global-position order, ending with the
 * event at `lastPosition`, have the Merkle root `rootHash`. Signed with Ed25519 by the key
 * `keyId` names.
 */
export interface Checkpoint {
  readonly treeSize: number;
  /** Decimal string: a global position, which may pass 2^53. */
  readonly lastPosition: string;
  /** Hex SHA-256. */
  readonly rootHash: string;
  /** ISO 8601 instant the checkpoint was signed. */
  readonly issuedAt: string;
  /** Hex SHA-256 of the public key's DER (SPKI) encoding. */
  readonly keyId: string;
}

export interface SignedCheckpoint extends Checkpoint {
  /** Base64 Ed25519 signature over `checkpointMessage`. */
  readonly signature: string;
}

export interface SigningKeyPair {
  readonly privateKeyPem: string;
  readonly publicKeyPem: string;
}

/**
 * The signed bytes: a context line (so a signature made here can never be passed off as one over
 * anything else the key might sign) and the canonical JSON of the five fields.
 */
const MESSAGE_CONTEXT = 'qa-event-log-checkpoint/v1\n';

export function checkpointMessage(checkpoint: Checkpoint): Buffer {
  const { treeSize, lastPosition, rootHash, issuedAt, keyId } = checkpoint;
  return Buffer.from(MESSAGE_CONTEXT + canonicalJson({ treeSize, lastPosition, rootHash, issuedAt, keyId }), 'utf8');
}

export function generateSigningKeyPair(): SigningKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** Thrown for a PEM that is not an Ed25519 key of the kind asked for. */
export class SigningKeyError extends Error {
  override readonly name = 'SigningKeyError';
}

export function loadPrivateKey(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch (error) {
    throw new SigningKeyError(`Not a private key in PEM: ${(error as Error).message}`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new SigningKeyError(`The signing key must be Ed25519, not ${key.asymmetricKeyType ?? 'unknown'}`);
  return key;
}

export function loadPublicKey(pem: string): KeyObject {
  // createPublicKey would derive the public half of a private key: a verifier is never handed one.
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
    throw new SigningKeyError('Expected a public key, found a private key: give the .pub.pem file');
  }
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch (error) {
    throw new SigningKeyError(`Not a public key in PEM: ${(error as Error).message}`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new SigningKeyError(`The public key must be Ed25519, not ${key.asymmetricKeyType ?? 'unknown'}`);
  return key;
}

/** The key id of a public key (or of a private key's public half). */
export function keyIdOf(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex');
}

/** Signs the checkpoint's root; `keyId` is filled in from the key. */
export function signCheckpoint(checkpoint: Omit<Checkpoint, 'keyId'>, privateKey: KeyObject): SignedCheckpoint {
  const unsigned: Checkpoint = {
    treeSize: checkpoint.treeSize,
    lastPosition: checkpoint.lastPosition,
    rootHash: checkpoint.rootHash,
    issuedAt: checkpoint.issuedAt,
    keyId: keyIdOf(privateKey),
  };
  return { ...unsigned, signature: sign(null, checkpointMessage(unsigned), privateKey).toString('base64') };
}

export type SignatureVerdict = { readonly valid: true } | { readonly valid: false; readonly reason: string };

/** Checks the key id and the signature; any change to the five fields or the signature fails. */
export function verifyCheckpointSignature(checkpoint: SignedCheckpoint, publicKey: KeyObject): SignatureVerdict {
  const expectedKeyId = keyIdOf(publicKey);
  if (checkpoint.keyId !== expectedKeyId) {
    return { valid: false, reason: `signed by key ${checkpoint.keyId}, not by the given public key ${expectedKeyId}` };
  }
  const signature = Buffer.from(checkpoint.signature, 'base64');
  let valid: boolean;
  try {
    valid = verify(null, checkpointMessage(checkpoint), publicKey, signature);
  } catch {
    valid = false;
  }
  return valid ? { valid: true } : { valid: false, reason: 'the signature does not verify with the given public key' };
}

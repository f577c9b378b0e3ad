import { generateKeyPairSync } from 'node:crypto';
import {
  checkpointMessage,
  generateSigningKeyPair,
  keyIdOf,
  loadPrivateKey,
  loadPublicKey,
  signCheckpoint,
  SigningKeyError,
  verifyCheckpointSignature,
  type SignedCheckpoint,
} from './checkpoint.js';

const pair = generateSigningKeyPair();
const privateKey = loadPrivateKey(pair.privateKeyPem);
const publicKey = loadPublicKey(pair.publicKeyPem);
const checkpoint = {
  treeSize: 19,
  lastPosition: '20',
  rootHash: 'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  issuedAt: '2026-11-26T10:00:00.000Z',
};

describe('Signed checkpoints (Ed25519)', () => {
  describe('When a checkpoint is signed', () => {
    const signed = signCheckpoint(checkpoint, privateKey);

    it('should name the key by the SHA-256 of its public key, the same from either half', () => {
      expect(signed.keyId).toMatch(/^[0-9a-f]{64}$/);
      expect(signed.keyId).toBe(keyIdOf(publicKey));
    });

    it('should verify with the matching public key', () => {
      expect(verifyCheckpointSignature(signed, publicKey)).toEqual({ valid: true });
    });

    it('should sign a context line and the canonical JSON of the five fields', () => {
      expect(checkpointMessage(signed).toString('utf8')).toBe(
        `qa-event-log-checkpoint/v1\n{"issuedAt":"2026-11-26T10:00:00.000Z","keyId":"${signed.keyId}","lastPosition":"20",` +
          `"rootHash":"${checkpoint.rootHash}","treeSize":19}`,
      );
    });
  });

  describe('When it is checked with another key', () => {
    const signed = signCheckpoint(checkpoint, privateKey);
    const other = loadPublicKey(generateSigningKeyPair().publicKeyPem);

    it('should fail, naming both key ids', () => {
      const verdict = verifyCheckpointSignature(signed, other);
      expect(verdict).toEqual({ valid: false, reason: `signed by key ${signed.keyId}, not by the given public key ${keyIdOf(other)}` });
    });

    it('should fail even when the key id was rewritten to the other key', () => {
      const relabelled = { ...signed, keyId: keyIdOf(other) };
      expect(verifyCheckpointSignature(relabelled, other)).toEqual({ valid: false, reason: 'the signature does not verify with the given public key' });
    });
  });

  describe('When a signed checkpoint is tampered with', () => {
    const signed = signCheckpoint(checkpoint, privateKey);
    const tampered: [string, SignedCheckpoint][] = [
      ['treeSize', { ...signed, treeSize: 18 }],
      ['lastPosition', { ...signed, lastPosition: '19' }],
      ['rootHash', { ...signed, rootHash: signed.rootHash.replace(/^a/, 'b') }],
      ['issuedAt', { ...signed, issuedAt: '2026-11-27T10:00:00.000Z' }],
      ['signature', { ...signed, signature: Buffer.from(Buffer.from(signed.signature, 'base64').map((b, i) => (i === 0 ? b ^ 1 : b))).toString('base64') }],
      ['signature (truncated)', { ...signed, signature: signed.signature.slice(0, 20) }],
    ];

    it.each(tampered)('should fail when %s changed', (_field, changed) => {
      expect(verifyCheckpointSignature(changed, publicKey).valid).toBe(false);
    });
  });

  describe('When a key of the wrong kind is given', () => {
    it('should refuse an RSA key and a private key given as the public one', () => {
      const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      expect(() => loadPrivateKey(rsa)).toThrow(new SigningKeyError('The signing key must be Ed25519, not rsa'));
      expect(() => loadPublicKey(pair.privateKeyPem)).toThrow('give the .pub.pem file');
      expect(() => loadPublicKey('not a pem')).toThrow(SigningKeyError);
    });
  });
});

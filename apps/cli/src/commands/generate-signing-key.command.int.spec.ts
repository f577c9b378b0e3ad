import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { keyIdOf, loadPrivateKey, loadPublicKey, signCheckpoint, verifyCheckpointSignature } from '../../../../libs/integrity/src/checkpoint.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../cli-context.js';
import { runCli } from '../cli.js';
import { captureContext, tempDirectory } from '../testing/cli-test-support.js';
import { PUBLIC_KEY_FILE, SIGNING_KEY_FILE } from './generate-signing-key.command.js';

describe('generate-signing-key', () => {
  describe('When asked for a key pair in a new directory', () => {
    const temp = tempDirectory();
    const out = join(temp.dir, 'keys', 'checkpoints');
    const run = captureContext({});
    let code: number | string;
    beforeAll(async () => (code = await runCli(['generate-signing-key', '--out', out], run.context)));
    afterAll(() => temp.remove());

    it('should write an Ed25519 pair that signs and verifies, the private half readable by its owner only', () => {
      expect(code).toBe(EXIT_OK);
      const privateKey = loadPrivateKey(readFileSync(join(out, SIGNING_KEY_FILE), 'utf8'));
      const publicKey = loadPublicKey(readFileSync(join(out, PUBLIC_KEY_FILE), 'utf8'));
      const signed = signCheckpoint({ treeSize: 1, lastPosition: '1', rootHash: '00'.repeat(32), issuedAt: '2026-11-26T10:00:00Z' }, privateKey);
      expect(verifyCheckpointSignature(signed, publicKey)).toEqual({ valid: true });
      expect(statSync(join(out, SIGNING_KEY_FILE)).mode & 0o777).toBe(0o600);
    });

    it('should print both paths and the key id', () => {
      const publicKey = loadPublicKey(readFileSync(join(out, PUBLIC_KEY_FILE), 'utf8'));
      expect(run.stdout()).toBe(
        `private key: ${join(out, SIGNING_KEY_FILE)}\npublic key:  ${join(out, PUBLIC_KEY_FILE)}\nkey id:      ${keyIdOf(publicKey)}\n`,
      );
    });

    it('should refuse to overwrite the key, leaving it as it was', async () => {
      const before = readFileSync(join(out, SIGNING_KEY_FILE), 'utf8');
      const again = captureContext({});
      expect(await runCli(['generate-signing-key', '--out', out], again.context)).toBe(EXIT_FAILURE);
      expect(again.stderr()).toContain(`${join(out, SIGNING_KEY_FILE)} already exists: a signing key is never overwritten`);
      expect(readFileSync(join(out, SIGNING_KEY_FILE), 'utf8')).toBe(before);
    });
  });

  describe('When --out is missing', () => {
    it('should exit 2 asking for it', async () => {
      const run = captureContext({});
      expect(await runCli(['generate-signing-key'], run.context)).toBe(EXIT_USAGE);
      expect(run.stderr()).toContain('--out <dir> is required');
    });
  });
});

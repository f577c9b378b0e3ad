import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateSigningKeyPair, keyIdOf, loadPublicKey } from '../../../../libs/integrity/src/checkpoint.js';
import { parseOptions, type OptionSpecs } from '../args.js';
import { CommandFailure, EXIT_OK, type CliContext, type CommandOutcome } from '../cli-context.js';
import type { CliCommand } from '../command.js';

export const SIGNING_KEY_FILE = 'log-signing-key.pem';
export const PUBLIC_KEY_FILE = 'log-signing-key.pub.pem';

const options = {
  out: { type: 'string', valueName: '<dir>', description: 'Directory to write the two PEM files to (created if missing)', required: true },
} as const satisfies OptionSpecs;

export const generateSigningKeyCommand: CliCommand = {
  name: 'generate-signing-key',
  summary: 'Write a new Ed25519 key pair for signing log checkpoints (private and public PEM)',
  options,
  description: [
    `Writes <dir>/${SIGNING_KEY_FILE} (PKCS#8, readable by its owner only) and <dir>/${PUBLIC_KEY_FILE} (SPKI),`,
    'and prints the key id (SHA-256 of the public key) that checkpoints signed with it carry.',
    'Existing files are never overwritten. Keep the private key away from the event store\'s host;',
    'the public key is what verify-log needs.',
  ],
  async run(argv: readonly string[], context: CliContext): Promise<CommandOutcome> {
    const { out } = parseOptions(argv, options);
    const { privateKeyPem, publicKeyPem } = generateSigningKeyPair();
    const privatePath = resolve(join(out, SIGNING_KEY_FILE));
    const publicPath = resolve(join(out, PUBLIC_KEY_FILE));
    mkdirSync(resolve(out), { recursive: true });
    try {
      writeFileSync(privatePath, privateKeyPem, { flag: 'wx', mode: 0o600 });
      writeFileSync(publicPath, publicKeyPem, { flag: 'wx', mode: 0o644 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new CommandFailure(`${(error as NodeJS.ErrnoException).path ?? 'A key file'} already exists: a signing key is never overwritten`);
      }
      throw error;
    }
    context.stdout.write(`private key: ${privatePath}\npublic key:  ${publicPath}\nkey id:      ${keyIdOf(loadPublicKey(publicKeyPem))}\n`);
    return EXIT_OK;
  },
};

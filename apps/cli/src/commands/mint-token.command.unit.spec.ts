import { verifyToken } from '../../../../libs/auth/src/jwt.js';
import { ROLES } from '../../../../libs/domain/src/shared/decider.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../cli-context.js';
import { runCli } from '../cli.js';
import { captureContext, TEST_SECRET } from '../testing/cli-test-support.js';
import { mintToken } from './mint-token.command.js';

describe('When minting a development token', () => {
  it('should print a token whose subject is the staff id and whose role claim is the role', async () => {
    const run = captureContext({});
    const code = await runCli(['mint-token', '--staff-id', 'staff-sqa-0101', '--role', 'SQA_OFFICER'], run.context);
    expect(code).toBe(EXIT_OK);
    expect(run.stdout()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    await expect(verifyToken(run.stdout().trim(), TEST_SECRET)).resolves.toEqual({ staffId: 'staff-sqa-0101', role: 'SQA_OFFICER' });
  });

  it('should make the token expire after --expires-in', async () => {
    const now = new Date('2025-06-12T14:00:00Z');
    const token = await mintToken({ staffId: 's-1', role: 'IRO', expiresIn: '30m' }, TEST_SECRET, now);
    await expect(verifyToken(token, TEST_SECRET, { now: new Date('2025-06-12T14:29:00Z') })).resolves.toEqual({ staffId: 's-1', role: 'IRO' });
    await expect(verifyToken(token, TEST_SECRET, { now: new Date('2025-06-12T14:31:00Z') })).rejects.toMatchObject({ reason: 'EXPIRED_TOKEN' });
  });

  it('should sign with JWT_SECRET, so a token does not verify under another secret', async () => {
    const run = captureContext({});
    await runCli(['mint-token', '--staff-id', 's-1', '--role', 'IRO'], run.context);
    await expect(verifyToken(run.stdout().trim(), 'another-secret-that-is-long-enough-for-hs256')).rejects.toMatchObject({ reason: 'INVALID_TOKEN' });
  });

  it('should warn on stderr, not stdout, when the public development secret is used', async () => {
    const run = captureContext({ JWT_SECRET: undefined });
    expect(await runCli(['mint-token', '--staff-id', 's-1', '--role', 'IRO'], run.context)).toBe(EXIT_OK);
    expect(run.stderr()).toContain('JWT_SECRET is not set');
    expect(run.stdout().trim()).not.toContain(' ');
  });
});

describe('When the mint-token command line is wrong', () => {
  it('should refuse an unknown role with exit code 2 and list the roles', async () => {
    const run = captureContext({});
    expect(await runCli(['mint-token', '--staff-id', 's-1', '--role', 'SUPERUSER'], run.context)).toBe(EXIT_USAGE);
    expect(run.stderr()).toContain('Unknown role "SUPERUSER"');
    for (const role of ROLES) expect(run.stderr()).toContain(role);
    expect(run.stdout()).toBe('');
  });

  it.each([
    [['--role', 'IRO'], '--staff-id <id> is required'],
    [['--staff-id', 's-1'], '--role <ROLE> is required'],
    [['--staff-id', 's-1', '--role', 'IRO', '--expires-in', 'soon'], '--expires-in must be a positive number'],
    [['--staff-id', 's-1', '--role', 'IRO', '--expires-in', '0'], '--expires-in must be a positive number'],
  ])('should refuse %j with exit code 2 and the usage', async (argv, message) => {
    const run = captureContext({});
    expect(await runCli(['mint-token', ...argv], run.context)).toBe(EXIT_USAGE);
    expect(run.stderr()).toContain(message);
    expect(run.stderr()).toContain('Usage: npm run cli -- mint-token --staff-id <id> --role <ROLE>');
  });

  it('should refuse to mint when NODE_ENV=production, with exit code 1', async () => {
    const run = captureContext({ NODE_ENV: 'production' });
    expect(await runCli(['mint-token', '--staff-id', 's-1', '--role', 'IRO'], run.context)).toBe(EXIT_FAILURE);
    expect(run.stderr()).toContain('JWT_SECRET is set but NODE_ENV=production');
    expect(run.stdout()).toBe('');
  });

  it('should report bad configuration with exit code 1', async () => {
    const run = captureContext({ JWT_SECRET: 'short' });
    expect(await runCli(['mint-token', '--staff-id', 's-1', '--role', 'IRO'], run.context)).toBe(EXIT_FAILURE);
    expect(run.stderr()).toContain('JWT_SECRET must be at least 32 characters');
  });
});

describe('When the command is missing or unknown', () => {
  it('should print the usage with exit code 2', async () => {
    const missing = captureContext({});
    expect(await runCli([], missing.context)).toBe(EXIT_USAGE);
    expect(missing.stderr()).toContain('Usage: npm run cli -- <command> [options]');

    const unknown = captureContext({});
    expect(await runCli(['frobnicate'], unknown.context)).toBe(EXIT_USAGE);
    expect(unknown.stderr()).toContain('Unknown command "frobnicate"');
  });

  it('should print help on stdout with exit code 0', async () => {
    const run = captureContext({});
    expect(await runCli(['--help'], run.context)).toBe(EXIT_OK);
    for (const command of ['serve', 'verify', 'mint-token']) expect(run.stdout()).toContain(command);
  });
});

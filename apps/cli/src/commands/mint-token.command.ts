import { DEFAULT_TOKEN_LIFETIME, isRole, signDevToken } from '../../../../libs/auth/src/jwt.js';
import { ROLES, type Role } from '../../../../libs/domain/src/shared/decider.js';
import { parseOptions, type OptionSpecs } from '../args.js';
import { EXIT_FAILURE, EXIT_OK, UsageError, type CliContext, type CommandOutcome } from '../cli-context.js';
import { configFrom, type CliCommand } from '../command.js';

const options = {
  'staff-id': { type: 'string', valueName: '<id>', description: 'The staff id the token names (its subject)', required: true },
  role: { type: 'string', valueName: '<ROLE>', description: `Written into the token's role claim, for other tools; the service acts on the person's role in the staff registry, never on this`, required: true },
  'expires-in': {
    type: 'string',
    valueName: '<duration>',
    description: 'Lifetime: seconds, or a number with s, m, h or d',
    default: DEFAULT_TOKEN_LIFETIME,
  },
} as const satisfies OptionSpecs;

export interface MintTokenRequest {
  readonly staffId: string;
  readonly role: string;
  readonly expiresIn: string;
}

/** Checks the request as typed by an operator; UsageError says what is wrong. */
export function parseMintTokenRequest(request: MintTokenRequest): { staffId: string; role: Role; expiresIn: number | string } {
  if (!isRole(request.role)) {
    throw new UsageError(`Unknown role "${request.role}". Roles: ${ROLES.join(', ')}`);
  }
  const lifetime = request.expiresIn.trim();
  const match = /^(\d+)\s*([smhd]?)$/.exec(lifetime);
  if (!match || Number(match[1]) === 0) {
    throw new UsageError(`--expires-in must be a positive number of seconds or a duration like 30m, 8h, 7d; got "${request.expiresIn}"`);
  }
  return { staffId: request.staffId.trim(), role: request.role, expiresIn: match[2] === '' ? Number(match[1]) : lifetime };
}

/** A development HS256 token for a staff id and role, signed with the configured JWT_SECRET. */
export async function mintToken(request: MintTokenRequest, secret: string, now: Date = new Date()): Promise<string> {
  const { staffId, role, expiresIn } = parseMintTokenRequest(request);
  return signDevToken({ staffId, role, secret, expiresIn, now });
}

export const mintTokenCommand: CliCommand = {
  name: 'mint-token',
  summary: 'Print a development bearer token (HS256, signed with JWT_SECRET) for a staff id and role',
  options,
  description: [
    'The token goes to stdout alone, so it can be captured: TOKEN=$(npm run --silent cli -- mint-token ...).',
    `Roles: ${ROLES.join(', ')}.`,
    'Refused when NODE_ENV=production: there, identities come from the council\'s identity provider.',
  ],
  async run(argv: readonly string[], context: CliContext): Promise<CommandOutcome> {
    const parsed = parseOptions(argv, options);
    const request = { staffId: parsed['staff-id'], role: parsed.role, expiresIn: parsed['expires-in'] };
    parseMintTokenRequest(request);
    const config = configFrom(context);
    if (config.nodeEnv === 'production') {
      // A token for any staff id and any role is a way to act as anyone: not a production tool.
      context.stderr.write('mint-token makes development tokens and is refused when NODE_ENV=production\n');
      return EXIT_FAILURE;
    }
    if (config.jwt.secret === null) {
      context.stderr.write('mint-token signs with JWT_SECRET, and this configuration accepts no such tokens\n');
      return EXIT_FAILURE;
    }
    context.stdout.write(`${await mintToken(request, config.jwt.secret)}\n`);
    return EXIT_OK;
  },
};

import { parseOptions, type OptionSpecs } from '../args.js';
import { SERVING, type CliContext, type CommandOutcome } from '../cli-context.js';
import { configFrom, type CliCommand } from '../command.js';

const options = {} as const satisfies OptionSpecs;

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Start the GraphQL service (what npm start runs), configured from the environment',
  options,
  description: [
    'Serves GraphQL at http://localhost:${PORT:-3000}/graphql and GET /health until SIGINT or SIGTERM.',
    'Configuration: PORT, SQLITE_PATH or EVENTSTORE_CONNECTION_STRING, READ_STORE, REDIS_URL, JWT_SECRET, ...',
  ],
  async run(argv: readonly string[], context: CliContext): Promise<CommandOutcome> {
    parseOptions(argv, options);
    // Warnings are logged by the app itself; validating here reports bad configuration before Nest starts.
    const config = configFrom({ ...context, stderr: { write: () => undefined } });
    // Loaded here, not at the top: the other commands should not pay for starting Nest and GraphQL.
    const { serve } = await import('../../../api/src/serve.js');
    await serve(config);
    return SERVING;
  },
};

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
    const [{ createApp }, { Logger }] = await Promise.all([import('../../../api/src/app.js'), import('@nestjs/common')]);
    const app = await createApp(config);
    await app.listen(config.port);
    const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
    const logger = new Logger('Cli');
    logger.log(`GraphQL at ${url}/graphql`);
    logger.log(`Health at ${url}/health`);
    return SERVING;
  },
};

import { SERVING } from './cli-context.js';
import { runCli } from './cli.js';

const outcome = await runCli(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr });
// A server keeps the process alive until a signal; any other command is done, whatever handles
// a driver may still hold open.
if (outcome !== SERVING) process.exit(outcome);

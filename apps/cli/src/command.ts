import { loadConfig, type AppConfig } from '../../../libs/config/src/config.js';
import type { OptionSpecs } from './args.js';
import type { CliContext, CommandOutcome } from './cli-context.js';

export interface CliCommand {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  readonly options: OptionSpecs;
  /** Further paragraphs of `<command> --help`: what it reads, what it prints, its exit codes. */
  readonly description: readonly string[];
  run(argv: readonly string[], context: CliContext): Promise<CommandOutcome>;
}

/**
 * The service's configuration from the same variables as the api (throws ConfigError naming
 * every bad variable); its warnings go to stderr, where they do not mix with a command's result.
 */
export function configFrom(context: CliContext): AppConfig {
  const config = loadConfig(context.env);
  for (const warning of config.warnings) context.stderr.write(`warning: ${warning}\n`);
  return config;
}

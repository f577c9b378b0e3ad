import { ConfigError, loadConfig, type AppConfig } from '../../../libs/config/src/config.js';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  // Loaded once the configuration is known to be good: a bad one is reported without starting Nest.
  const { serve } = await import('./serve.js');
  await serve(config);
}

main().catch((error: unknown) => {
  process.stderr.write(`The service failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

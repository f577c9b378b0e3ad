import { Logger, type INestApplication } from '@nestjs/common';
import type { AppConfig } from '../../../libs/config/src/config.js';
import { createApp } from './app.js';

/** Builds the app, listens on the configured port and says where. Used by npm start and `cli serve`. */
export async function serve(config: AppConfig): Promise<INestApplication> {
  const app = await createApp(config);
  await app.listen(config.port);
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  const logger = new Logger('Main');
  logger.log(`GraphQL at ${url}/graphql`);
  logger.log(`Health at ${url}/health`);
  return app;
}

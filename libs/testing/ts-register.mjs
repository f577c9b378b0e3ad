// Lets `node --import ./libs/testing/ts-register.mjs file.ts` run this repository's TypeScript
// sources directly (child processes in tests, the CLI in development). Same SWC settings as jest.
import { register } from 'node:module';

register('./ts-loader.mjs', import.meta.url);

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { startApp, tempSqlitePath } from './api-test-support.js';

// The schema is generated from the code at start; this committed copy shows every API change in
// review. Regenerate it with: UPDATE_SCHEMA=1 npm test -- apps/api/test/schema
const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));

describe('GraphQL schema', () => {
  const db = tempSqlitePath();
  let app: INestApplication;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  describe('When the service builds its schema from the code', () => {
    it('should match the committed apps/api/schema.graphql', () => {
      const generated = `${printSchema(app.get(GraphQLSchemaHost).schema)}\n`;
      if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, generated);
      expect(generated).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
    });
  });
});

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  isLeafType,
  parse,
  validate,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import request from 'supertest';
import { ROLES, type Role } from '../../../libs/domain/src/shared/decider.js';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { SqliteEventStore } from '../../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { runCli } from '../../cli/src/cli.js';
import { EXIT_OK } from '../../cli/src/cli-context.js';
import { captureContext } from '../../cli/src/testing/cli-test-support.js';
import { ACCESS_ROLE_NOT_PERMITTED, PERMISSIONS, permissionFor, type OperationType } from '../src/access/permissions.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { FIXTURE_EFFECTIVE_FROM, STAFF_CSV, withRowsAfter } from '../src/people/testing/people-fixtures.js';
import { graphql, startApp, tempSqlitePath, tokenFor, type GraphQLResponse } from './api-test-support.js';

// Issue 6 item 2: every operation of the schema, run over HTTP as every role, answers as the
// permission table says: a role the table refuses gets FORBIDDEN with ACCESS.ROLE_NOT_PERMITTED;
// a role it allows gets past the table (a validation, not-found or scope error is fine: it shows
// the access guard let it through). The table and the schema name the same fields.

/** Some 2,500 requests on a busy two-core machine. */
const SWEEP_TIMEOUT_MS = 300_000;

/** One member of staff per role, in post in the staff registry (the fixture, plus a DMT and an SLT member). */
const PERSON: Readonly<Record<Role, string>> = {
  SOCIAL_WORKER: 'sw-001',
  ADVANCED_PRACTITIONER: 'ap-001',
  TEAM_MANAGER: 'tm-001',
  HEAD_OF_SERVICE: 'hos-001',
  CHIEF_OFFICER: 'co-001',
  DIRECTOR: 'dir-001',
  SQA_OFFICER: 'sqao-001',
  SQA_MANAGER: 'sqam-001',
  IRO: 'iro-001',
  CP_CHAIR: 'cpc-001',
  CRS_TEAM_MANAGER: 'crs-001',
  // Not in the registry: an inspector's access is a grant (issue 6 item 3).
  INSPECTOR: 'ofsted-insp-001',
  DMT_MEMBER: 'dmt-001',
  SLT_MEMBER: 'slt-001',
};
const LEADERSHIP_ROWS = ['dmt-001,Quentin Marlowe,DMT member,dir-001,,,,,2019-05-07,,,,', 'slt-001,Wren Adeyemi,SLT member,co-001,,,,,2020-02-03,,,,'];

/** Valid values of the custom scalars a required argument may have; a new one needs a line here. */
const CUSTOM_SCALAR_PLACEHOLDERS: Readonly<Record<string, unknown>> = {
  DateTime: '2026-03-02T09:00:00.000Z',
  Date: '2026-03-02',
  JSON: {},
  JSONObject: {},
};

/** A value of the type that GraphQL accepts: required fields only, enums' first values, lists of one. */
function placeholder(type: GraphQLInputType): unknown {
  if (type instanceof GraphQLNonNull) return placeholder(type.ofType);
  if (type instanceof GraphQLList) return [placeholder(type.ofType)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0]!.value;
  if (type instanceof GraphQLInputObjectType) {
    const required = Object.values(type.getFields()).filter((field) => field.type instanceof GraphQLNonNull && field.defaultValue === undefined);
    return Object.fromEntries(required.map((field) => [field.name, placeholder(field.type)]));
  }
  const scalar = type as GraphQLScalarType;
  switch (scalar.name) {
    case 'ID':
      return 'placeholder-id';
    case 'String':
      return 'placeholder';
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    default:
      if (!Object.hasOwn(CUSTOM_SCALAR_PLACEHOLDERS, scalar.name)) throw new Error(`No placeholder for the custom scalar ${scalar.name}: add one to CUSTOM_SCALAR_PLACEHOLDERS`);
      return CUSTOM_SCALAR_PLACEHOLDERS[scalar.name];
  }
}

/** The operation for one root field: its required arguments as variables, the smallest selection. */
function operationFor(type: 'Query' | 'Mutation', field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((arg) => arg.type instanceof GraphQLNonNull && arg.defaultValue === undefined);
  const declarations = required.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const argumentList = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `${type.toLowerCase()} Run${declarations ? `(${declarations})` : ''} { ${field.name}${argumentList ? `(${argumentList})` : ''}${selection} }`;
  return { query, variables: Object.fromEntries(required.map((arg) => [arg.name, placeholder(arg.type)])) };
}

/** Codes that say the request never reached the table's check, so it proves nothing either way. */
const NOT_EXECUTED = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'UNAUTHENTICATED', 'PERSISTED_QUERY_NOT_FOUND'];

function refusedByTable(response: GraphQLResponse, field: string): boolean {
  return (response.errors ?? []).some((e) => e.extensions['errorCode'] === ACCESS_ROLE_NOT_PERMITTED && e.path?.[0] === field);
}

function accessCodes(response: GraphQLResponse): unknown[] {
  return (response.errors ?? []).map((e) => e.extensions['errorCode']).filter((code) => typeof code === 'string' && code.startsWith('ACCESS.') && code !== 'ACCESS.OUT_OF_SCOPE');
}

function rootFields(schema: GraphQLSchema, type: 'Query' | 'Mutation'): Array<GraphQLField<unknown, unknown>> {
  const root = type === 'Query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(root?.getFields() ?? {});
}

const mayRun = (type: OperationType, name: string, role: Role): boolean => permissionFor(type, name)?.roles.includes(role) ?? false;

/** A path of each route row with its parameters filled in. */
const ROUTE_PARAMETERS: Readonly<Record<string, string>> = { ':file': '2026-03.pdf' };
function routeRequest(row: string): { method: string; path: string } {
  const [method, pattern] = row.split(' ') as [string, string];
  return { method, path: pattern.replace(/:[A-Za-z]+/g, (parameter) => ROUTE_PARAMETERS[parameter] ?? parameter) };
}

describe('Permissions: every operation as every role (issue 6 item 2)', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let schema: GraphQLSchema;
  let store: EventStore;
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    // Who is who comes from the staff registry at the time of each request (issue 6 item 1): the
    // operator imports it with the CLI before the service starts, so no token is needed to seed it.
    await new SqliteEventStore(db.path).close();
    const staffFile = join(dirname(db.path), 'staff.csv');
    writeFileSync(staffFile, withRowsAfter(STAFF_CSV, 24, LEADERSHIP_ROWS));
    const cli = captureContext({ SQLITE_PATH: db.path });
    expect(await runCli(['import-staff', staffFile, '--actor', PERSON.SQA_MANAGER, '--effective-from', FIXTURE_EFFECTIVE_FROM], cli.context)).toBe(EXIT_OK);

    app = await startApp({ SQLITE_PATH: db.path, RATE_LIMIT_ENABLED: 'false' });
    // Listening once lets the roles' requests run side by side on one server.
    await app.listen(0, '127.0.0.1');
    schema = app.get(GraphQLSchemaHost).schema;
    store = app.get<EventStore>(EVENT_STORE);
    for (const role of ROLES) tokens.set(role, await tokenFor(PERSON[role], role));

    // An inspector signs in on an access grant an S&QA manager made (issue 6 item 3).
    const granted = await graphql(
      app,
      `mutation Grant($input: GrantInspectorAccessInput!) { grantInspectorAccess(input: $input) { __typename } }`,
      {
        input: {
          inspectorId: PERSON.INSPECTOR,
          name: 'Ada Inspector',
          organisation: 'Ofsted',
          until: new Date(Date.now() + 86_400_000).toISOString(),
          reason: 'Inspection of local authority children’s services',
        },
      },
      tokens.get('SQA_MANAGER'),
    );
    expect(granted.errors).toBeUndefined();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    db.remove();
  });

  describe('When the table and the schema are compared', () => {
    it.each(['Query', 'Mutation'] as const)('should have a row for every %s field of the schema, and no row that is not one', (type) => {
      const inSchema = rootFields(schema, type).map((field) => field.name).sort();
      expect(Object.keys(PERMISSIONS[type]).sort()).toEqual(inSchema);
    });
  });

  describe('When each operation is built from the schema', () => {
    it('should be a valid GraphQL operation, so a refusal or an allowance is the access check speaking', () => {
      for (const type of ['Query', 'Mutation'] as const) {
        for (const field of rootFields(schema, type)) {
          const { query } = operationFor(type, field);
          expect({ field: field.name, errors: validate(schema, parse(query)).map((e) => e.message) }).toEqual({ field: field.name, errors: [] });
        }
      }
    });
  });

  describe('When every role runs every query', () => {
    it('should refuse exactly the roles the table does not list, and let the others through', async () => {
      const mismatches: string[] = [];
      await Promise.all(
        ROLES.map(async (role) => {
          for (const field of rootFields(schema, 'Query')) {
            const { query, variables } = operationFor('Query', field);
            const response = await graphql(app, query, variables, tokens.get(role));
            const verdict = check(response, field.name, mayRun('Query', field.name, role));
            if (verdict) mismatches.push(`query ${field.name} as ${role}: ${verdict}`);
          }
        }),
      );
      expect(mismatches).toEqual([]);
    }, SWEEP_TIMEOUT_MS);
  });

  describe('When every role runs every mutation', () => {
    it('should refuse the roles the table does not list and append nothing', async () => {
      const head = await store.headPosition();
      const mismatches: string[] = [];
      await Promise.all(
        ROLES.map(async (role) => {
          for (const field of rootFields(schema, 'Mutation').filter((f) => !mayRun('Mutation', f.name, role))) {
            const { query, variables } = operationFor('Mutation', field);
            const response = await graphql(app, query, variables, tokens.get(role));
            const verdict = check(response, field.name, false);
            if (verdict) mismatches.push(`mutation ${field.name} as ${role}: ${verdict}`);
          }
        }),
      );
      expect(mismatches).toEqual([]);
      expect(await store.headPosition()).toBe(head);
    }, SWEEP_TIMEOUT_MS);

    it('should let the roles the table lists through to the rules', async () => {
      const mismatches: string[] = [];
      await Promise.all(
        ROLES.map(async (role) => {
          for (const field of rootFields(schema, 'Mutation').filter((f) => mayRun('Mutation', f.name, role))) {
            const { query, variables } = operationFor('Mutation', field);
            const response = await graphql(app, query, variables, tokens.get(role));
            const verdict = check(response, field.name, true);
            if (verdict) mismatches.push(`mutation ${field.name} as ${role}: ${verdict}`);
          }
        }),
      );
      expect(mismatches).toEqual([]);
    }, SWEEP_TIMEOUT_MS);

    it('should list no role for the inspector in any mutation row, and refuse an inspector every mutation (issue 6 item 3)', () => {
      expect(Object.entries(PERMISSIONS.Mutation).filter(([, row]) => (row.roles as readonly Role[]).includes('INSPECTOR'))).toEqual([]);
    });
  });

  describe('When every role asks for every HTTP route behind a token', () => {
    it('should answer 403 ACCESS.ROLE_NOT_PERMITTED to the roles the table does not list, and not to the others', async () => {
      const mismatches: string[] = [];
      for (const row of Object.keys(PERMISSIONS.Route)) {
        const { method, path } = routeRequest(row);
        for (const role of ROLES) {
          const response = await request(app.getHttpServer())[method.toLowerCase() as 'get'](path).set('authorization', `Bearer ${tokens.get(role)}`);
          const refused = response.status === 403 && response.body?.errorCode === ACCESS_ROLE_NOT_PERMITTED;
          const allowed = mayRun('Route', row, role);
          if (allowed && (refused || response.status === 401 || response.status === 404)) mismatches.push(`${row} as ${role}: ${response.status}`);
          if (!allowed && !refused) mismatches.push(`${row} as ${role}: ${response.status} ${JSON.stringify(response.body)}`);
        }
      }
      expect(mismatches).toEqual([]);
    }, SWEEP_TIMEOUT_MS);

    it('should have a row for every route that asks for a token (fail closed otherwise)', async () => {
      const routes = expressRoutes(app).filter((route) => route !== 'POST /graphql' && route !== 'GET /graphql');
      const guarded: string[] = [];
      for (const route of routes) {
        const { method, path } = routeRequest(route);
        const response = await request(app.getHttpServer())[method.toLowerCase() as 'get'](path);
        if (response.status === 401) guarded.push(route);
      }
      expect(guarded.sort()).toEqual(Object.keys(PERMISSIONS.Route).sort());
    });
  });
});

/** What is wrong with a response, or null when it is as the table says. */
function check(response: GraphQLResponse, field: string, allowed: boolean): string | null {
  const codes = (response.errors ?? []).map((e) => e.extensions.code);
  if (codes.some((code) => NOT_EXECUTED.includes(code))) return `not executed: ${JSON.stringify(response.errors)}`;
  if (!allowed) return refusedByTable(response, field) && response.data?.[field] == null ? null : `expected ACCESS.ROLE_NOT_PERMITTED, got ${JSON.stringify(response.errors ?? response.data)}`;
  const access = accessCodes(response);
  return access.length === 0 ? null : `expected to pass the table, got ${access.join(', ')}`;
}

/** The routes the HTTP server holds, as `METHOD /path`. */
function expressRoutes(app: INestApplication): string[] {
  const instance = app.getHttpAdapter().getInstance() as { router?: { stack: RouterLayer[] }; _router?: { stack: RouterLayer[] } };
  const stack = (instance.router ?? instance._router)?.stack ?? [];
  return stack
    .filter((layer) => layer.route?.path !== undefined)
    .flatMap((layer) => Object.keys(layer.route!.methods).map((method) => `${method.toUpperCase()} ${layer.route!.path}`));
}

interface RouterLayer {
  readonly route?: { readonly path: string; readonly methods: Record<string, boolean> };
}

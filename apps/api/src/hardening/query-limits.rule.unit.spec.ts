import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate, type GraphQLError } from 'graphql';
import { HARDENING_DEFAULTS } from '../../../../libs/config/src/hardening-config.js';
import { measureOperation, queryLimitsRule } from './query-limits.rule.js';

const schema = buildSchema(`
  type Query {
    me: Person
    people(first: Int, teamId: ID): [Person!]!
    teams: [Team!]!
    matrix: [[Int!]!]!
    node(id: ID!): Node
  }
  interface Node { id: ID! }
  type Person implements Node { id: ID! name: String! team: Team manager: Person reports(limit: Int): [Person!]! }
  type Team implements Node { id: ID! name: String! members: [Person!]! }
`);

const LIMITS = { maxDepth: 5, maxCost: 1_000, maxRootFields: 3, defaultListSize: 10 };

function measure(query: string, defaultListSize = LIMITS.defaultListSize) {
  const document = parse(query);
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d] as const] : [])));
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
  if (operation?.kind !== 'OperationDefinition') throw new Error('no operation');
  return measureOperation(schema, operation, fragments, defaultListSize);
}

function refusals(query: string, limits = LIMITS): GraphQLError[] {
  return [...validate(schema, parse(query), [queryLimitsRule(limits)])];
}

describe('Query limits (issue 6 item 6)', () => {
  describe('When an operation is measured', () => {
    it('should count depth as the longest chain of nested fields', () => {
      expect(measure('{ me { id } }').depth).toBe(2);
      expect(measure('{ me { manager { manager { name } } } teams { id } }').depth).toBe(4);
    });

    it('should count depth through fragment spreads and inline fragments, which add no level', () => {
      const query = `
        query { me { ...Boss } }
        fragment Boss on Person { manager { ... on Person { manager { name } } } }
      `;
      expect(measure(query).depth).toBe(4);
    });

    it('should cost one per field and multiply what is under a list by the default size', () => {
      // me 1 + id 1; people 1 + 10 × (id 1 + name 1)
      expect(measure('{ me { id } people { id name } }').cost).toBe(2 + 1 + 10 * 2);
    });

    it('should take a literal first/limit argument as the list size', () => {
      expect(measure('{ people(first: 3) { id reports(limit: 2) { id } } }').cost).toBe(1 + 3 * (1 + 1 + 2 * 1));
    });

    it('should use the default size when the size is a variable (validation sees no values)', () => {
      expect(measure('query ($n: Int) { people(first: $n) { id } }').cost).toBe(1 + 10);
    });

    it('should multiply each level of a nested list', () => {
      expect(measure('{ matrix }').cost).toBe(1);
      expect(measure('{ teams { members { reports { id } } } }').cost).toBe(1 + 10 * (1 + 10 * (1 + 10 * 1)));
    });

    it('should count each alias as a field of its own, at the root and below', () => {
      const measured = measure('{ a: me { id } b: me { id } c: me { x: id y: id z: id } }');
      expect(measured.rootFields).toBe(3);
      expect(measured.cost).toBe(2 + 2 + 4);
    });

    it('should count root fields brought in by a fragment', () => {
      expect(measure('query { ...Roots } fragment Roots on Query { me { id } teams { id } }').rootFields).toBe(2);
    });

    it('should not charge for __typename', () => {
      expect(measure('{ __typename me { __typename } }').cost).toBe(1);
    });

    it('should terminate on fragments that spread each other in a cycle', () => {
      const query = `
        query { me { ...A } }
        fragment A on Person { manager { ...B } }
        fragment B on Person { manager { ...A } }
      `;
      // me > manager (A) > manager (B); the spread of A inside B counts nothing.
      expect(measure(query).depth).toBe(3);
    });

    it('should measure a fragment bomb (each fragment spreading the next twice under aliases) in linear time, at its full cost', () => {
      const levels = 40;
      const fragments = Array.from(
        { length: levels },
        (_, i) => `fragment F${i} on Person { a: manager { ...F${i + 1} } b: manager { ...F${i + 1} } }`,
      ).join('\n');
      const query = `query { me { ...F0 } }\n${fragments}\nfragment F${levels} on Person { id }`;
      const started = Date.now();
      const measured = measure(query);
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(measured.cost).toBeGreaterThan(2 ** levels);
    });
  });

  describe('When a document passes a limit (validation rule)', () => {
    it('should refuse a deep operation with REQUEST.TOO_DEEP naming the limit and the depth', () => {
      const [error, ...more] = refusals('{ me { manager { manager { manager { manager { manager { id } } } } } } }');
      expect(more).toEqual([]);
      expect(error?.message).toBe('The operation is nested 7 levels deep; the limit is 5');
      expect(error?.extensions).toEqual({ errorCode: 'REQUEST.TOO_DEEP', limit: 5, measured: 7, setting: 'GRAPHQL_MAX_DEPTH' });
    });

    it('should refuse a costly operation with REQUEST.TOO_COSTLY naming the limit and the cost', () => {
      const [error] = refusals('query Everyone { teams { members { reports { reports { id } } } } }');
      expect(error?.message).toMatch(/^Operation "Everyone" costs 11111 .*the limit is 1000$/);
      expect(error?.extensions).toMatchObject({ errorCode: 'REQUEST.TOO_COSTLY', limit: 1_000, measured: 11_111 });
    });

    it('should refuse too many root fields (aliases) with REQUEST.TOO_MANY_ROOT_FIELDS', () => {
      const [error] = refusals('{ a: me { id } b: me { id } c: me { id } d: me { id } }');
      expect(error?.extensions).toMatchObject({ errorCode: 'REQUEST.TOO_MANY_ROOT_FIELDS', limit: 3, measured: 4 });
    });

    it('should report every limit passed, and measure every operation of the document', () => {
      const errors = refusals('query A { me { id } } query B { a: me { manager { manager { manager { manager { manager { id } } } } } } b: me { id } c: me { id } d: me { id } }');
      expect(errors.map((e) => e.extensions['errorCode'])).toEqual(['REQUEST.TOO_MANY_ROOT_FIELDS', 'REQUEST.TOO_DEEP']);
    });

    it('should let an operation within every limit through', () => {
      expect(refusals('{ me { id manager { name } } people(first: 5) { id name } }')).toEqual([]);
    });

    it('should leave a fragment cycle to graphql-js, which refuses it, and not hang', () => {
      const document = parse('query { me { ...A } } fragment A on Person { manager { ...A } }');
      const errors = validate(schema, document, [...specifiedRules, queryLimitsRule(LIMITS)]);
      expect(errors.map((e) => e.message)).toEqual(['Cannot spread fragment "A" within itself.']);
    });
  });

  describe('When GraphiQL introspects the schema outside production', () => {
    it('should charge introspection as one field, but count its depth', () => {
      expect(measure('{ __schema { types { name fields { name type { name } } } } }')).toEqual({ depth: 5, cost: 1, rootFields: 1 });
    });

    it('should pass the default limits', () => {
      const { maxDepth, maxCost, maxRootFields, defaultListSize } = HARDENING_DEFAULTS.limits;
      expect(refusals(getIntrospectionQuery(), { maxDepth, maxCost, maxRootFields, defaultListSize })).toEqual([]);
    });
  });
});

import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { QueryLimits } from '../../../../libs/config/src/hardening-config.js';

/**
 * Issue 6 item 6: how deep, how costly and how wide one GraphQL operation is, measured on the
 * document before anything runs.
 *
 * - depth: the longest chain of nested fields, counted through fragment spreads and inline
 *   fragments (which add no level of their own); `{ a { b } }` is 2.
 * - cost: every field selected costs 1 (`__typename` nothing), and everything under a list field
 *   costs its size times over: the literal `first`/`limit`/`last`/`take` argument where the field
 *   has one, otherwise the default list size. Aliases are separate fields and each is counted.
 *   Inline fragments on different types are added up, an upper bound. Introspection (`__schema`,
 *   `__type`) costs 1 whatever is under it: production refuses it, and GraphiQL's own query must pass.
 * - rootFields: the fields at the root of the operation, aliases (and fields from fragments) included.
 *
 * Each fragment is measured once (memoised), so a document whose fragments spread each other many
 * times over is measured in linear time even though its cost is exponential; a fragment that
 * spreads itself, directly or not, counts nothing the second time round (graphql-js's own
 * NoFragmentCycles rule refuses the document).
 */
export interface OperationMeasure {
  readonly depth: number;
  readonly cost: number;
  readonly rootFields: number;
}

/** The arguments read as a list's size; a variable or an absent argument means the default. */
export const LIST_SIZE_ARGUMENTS: readonly string[] = ['first', 'last', 'limit', 'take'];

/** Past this a cost is reported as this (numbers stay exact and printable). */
const COST_CEILING = Number.MAX_SAFE_INTEGER;

interface SelectionMeasure {
  readonly depth: number;
  readonly cost: number;
  readonly fields: number;
}

const NOTHING: SelectionMeasure = { depth: 0, cost: 0, fields: 0 };

export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  defaultListSize: number,
): OperationMeasure {
  const memo = new Map<string, SelectionMeasure>();
  const inProgress = new Set<string>();

  const selections = (set: SelectionSetNode, parent: GraphQLCompositeType | undefined): SelectionMeasure => {
    let depth = 0;
    let cost = 0;
    let fields = 0;
    for (const selection of set.selections) {
      let measured: SelectionMeasure;
      switch (selection.kind) {
        case Kind.FIELD:
          measured = field(selection, parent);
          break;
        case Kind.INLINE_FRAGMENT:
          measured = selections(selection.selectionSet, typeCondition(selection.typeCondition?.name.value) ?? parent);
          break;
        case Kind.FRAGMENT_SPREAD:
          measured = spread(selection.name.value);
          break;
      }
      depth = Math.max(depth, measured.depth);
      cost = add(cost, measured.cost);
      fields += measured.fields;
    }
    return { depth, cost, fields };
  };

  const field = (node: FieldNode, parent: GraphQLCompositeType | undefined): SelectionMeasure => {
    const name = node.name.value;
    if (name === '__typename') return { depth: 1, cost: 0, fields: 1 };
    const definition = fieldDefinition(schema, parent, name);
    const type = definition?.type;
    const below = node.selectionSet ? selections(node.selectionSet, compositeOf(type)) : NOTHING;
    // Introspection is refused in production; elsewhere (GraphiQL) it is bounded by the schema and only its depth counts.
    if (definition === SchemaMetaFieldDef || definition === TypeMetaFieldDef) return { depth: 1 + below.depth, cost: 1, fields: 1 };
    const times = type === undefined ? 1 : listMultiplier(type, node, defaultListSize);
    return { depth: 1 + below.depth, cost: add(1, multiply(times, below.cost)), fields: 1 };
  };

  const spread = (name: string): SelectionMeasure => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(name)) return NOTHING;
    inProgress.add(name);
    const measured = selections(fragment.selectionSet, typeCondition(fragment.typeCondition.name.value));
    inProgress.delete(name);
    memo.set(name, measured);
    return measured;
  };

  const typeCondition = (name: string | undefined): GraphQLCompositeType | undefined => {
    if (name === undefined) return undefined;
    const type = schema.getType(name);
    return type && isCompositeType(type) ? type : undefined;
  };

  const root = schema.getRootType(operation.operation) ?? undefined;
  const measured = selections(operation.selectionSet, root);
  return { depth: measured.depth, cost: measured.cost, rootFields: measured.fields };
}

function fieldDefinition(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (parent === undefined) return undefined;
  if (parent === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

function compositeOf(type: GraphQLOutputType | undefined): GraphQLCompositeType | undefined {
  if (type === undefined) return undefined;
  const named = getNamedType(type);
  return isCompositeType(named) ? named : undefined;
}

/** How many times a field's selection runs: each list level multiplies (the outer one by its argument). */
function listMultiplier(type: GraphQLOutputType, node: FieldNode, defaultListSize: number): number {
  let times = 1;
  let current = getNullableType(type);
  let outer = true;
  while (isListType(current)) {
    times = multiply(times, outer ? (sizeArgument(node) ?? defaultListSize) : defaultListSize);
    outer = false;
    current = getNullableType(current.ofType);
  }
  return times;
}

function sizeArgument(node: FieldNode): number | undefined {
  for (const argument of node.arguments ?? []) {
    if (!LIST_SIZE_ARGUMENTS.includes(argument.name.value)) continue;
    if (argument.value.kind === Kind.INT) return Math.max(0, Number(argument.value.value));
  }
  return undefined;
}

function add(a: number, b: number): number {
  return Math.min(COST_CEILING, a + b);
}

function multiply(a: number, b: number): number {
  return Math.min(COST_CEILING, a * b);
}

/** The errors a validation rule reports, with the limit, the measured value and the variable that sets it. */
export const QueryLimitErrorCode = {
  TOO_DEEP: 'REQUEST.TOO_DEEP',
  TOO_COSTLY: 'REQUEST.TOO_COSTLY',
  TOO_MANY_ROOT_FIELDS: 'REQUEST.TOO_MANY_ROOT_FIELDS',
} as const;

function limitError(
  node: OperationDefinitionNode,
  errorCode: string,
  message: string,
  limit: number,
  measured: number,
  setting: string,
): GraphQLError {
  return new GraphQLError(message, { nodes: [node], extensions: { errorCode, limit, measured, setting } });
}

/**
 * A validation rule: every operation of the document is measured once the whole document has been
 * seen (fragments may come after the operations that spread them) and each limit it passes is an
 * error naming the limit and the measured value. Apollo reports them as GRAPHQL_VALIDATION_FAILED
 * (HTTP 400) and runs nothing.
 */
export function queryLimitsRule(limits: Pick<QueryLimits, 'maxDepth' | 'maxCost' | 'maxRootFields' | 'defaultListSize'>): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Document: {
      leave(document) {
        const fragments = new Map<string, FragmentDefinitionNode>();
        for (const definition of document.definitions) {
          if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
        }
        for (const definition of document.definitions) {
          if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
          const { depth, cost, rootFields } = measureOperation(context.getSchema(), definition, fragments, limits.defaultListSize);
          const name = definition.name ? `Operation "${definition.name.value}"` : 'The operation';
          if (rootFields > limits.maxRootFields) {
            context.reportError(
              limitError(
                definition,
                QueryLimitErrorCode.TOO_MANY_ROOT_FIELDS,
                `${name} asks for ${rootFields} root fields (aliases included); the limit is ${limits.maxRootFields}`,
                limits.maxRootFields,
                rootFields,
                'GRAPHQL_MAX_ROOT_FIELDS',
              ),
            );
          }
          if (depth > limits.maxDepth) {
            context.reportError(
              limitError(
                definition,
                QueryLimitErrorCode.TOO_DEEP,
                `${name} is nested ${depth} levels deep; the limit is ${limits.maxDepth}`,
                limits.maxDepth,
                depth,
                'GRAPHQL_MAX_DEPTH',
              ),
            );
          }
          if (cost > limits.maxCost) {
            context.reportError(
              limitError(
                definition,
                QueryLimitErrorCode.TOO_COSTLY,
                `${name} costs ${cost} (fields, with lists counted ${limits.defaultListSize} items unless given first/limit); the limit is ${limits.maxCost}`,
                limits.maxCost,
                cost,
                'GRAPHQL_MAX_COST',
              ),
            );
          }
        }
      },
    },
  });
}

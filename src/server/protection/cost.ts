import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInputObjectType,
  isInterfaceType,
  Kind,
  parse,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLInputType,
  type GraphQLSchema,
  type SelectionSetNode,
  type TypeNode,
} from 'graphql';
import { STATISTICS_LIST_SIZE } from '../../subgraphs/assistance/statistics/statistics.pricing';

/*
 * Static cost of an operation, in the spirit of Apollo Router's demand control (IBM's cost spec):
 * weights and list sizes are declared in the subgraph schemas with Federation's @cost and @listSize,
 * compose into the supergraph, and are read back here from either SDL.
 *
 *   field cost = weight + list size × (object weight if it returns objects, 0 for leaves + cost of its selections)
 *   object weight = @cost(weight) of the type (a statistics row: an aggregate), else 1
 *   weight     = @cost(weight) of the field (the work of resolving it once: an aggregate, a count), else 0
 *   list size  = the largest slicing argument given (`first`/`last`), else @listSize(assumedSize),
 *                else DEFAULT_LIST_SIZE; a connection's @listSize(sizedFields: ["edges", "nodes"])
 *                sizes those children instead of the connection itself
 *   `_entities(representations)` is sized by the number of representations sent.
 *   + inputs: an argument's input field that declares @cost(weight) adds it when given, per character
 *                for text (`contains` and `startsWith`, whose work is rows × pattern length)
 *   A list of statistics rows is sized by its `groupBy`: the product of its dimensions' buckets,
 *                at most the row cap that the statistics enforce (statistics.pricing.ts).
 * Introspection: `__schema` weighs INTROSPECTION_WEIGHT (its answer is the whole schema, about half a
 * megabyte) and an operation may ask for it once (shape-rules.ts); `__type` weighs 1.
 */

/** Size assumed for a list that declares none. */
export const DEFAULT_LIST_SIZE = 10;

interface ListSize {
  assumedSize?: number;
  slicingArguments: string[];
  sizedFields: string[];
}

/**
 * A list whose rows grow with an enum-list argument (statistics by their `groupBy` dimensions): its
 * size is the product of the values' sizes (1 with none), at most `max`.
 */
export interface ArgumentSizes {
  argument: string;
  sizes: Readonly<Record<string, number>>;
  max: number;
  /** Sizes that differ on a field of this parent type. */
  byParent?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

interface FieldCost {
  weight?: number;
  listSize?: ListSize;
  sizedBy?: ArgumentSizes;
}

/** Lists sized by an argument, by the type of their items (every field returning them, in every SDL). */
const ARGUMENT_SIZED_LISTS: Readonly<Record<string, ArgumentSizes>> = { StatisticsRow: STATISTICS_LIST_SIZE };

/** Declared weights and list sizes by `Type.field`. */
export type CostModel = ReadonlyMap<string, FieldCost>;

/** Reads @cost and @listSize from SDL (subgraph or supergraph; several documents are merged). */
export function costModelFromSdl(...sdls: string[]): CostModel {
  const model = new Map<string, FieldCost>();
  for (const sdl of sdls) {
    for (const definition of parse(sdl).definitions) {
      if (!('fields' in definition) || !definition.fields || !('name' in definition)) continue;
      // @cost on a type: the price of each object of it (1 unless declared), keyed by the type's name.
      const typeCost = definition.directives?.find((directive) => directive.name.value === 'cost');
      const typeWeight = typeCost?.arguments?.find((arg) => arg.name.value === 'weight');
      if (typeWeight) model.set(definition.name!.value, { weight: Number(valueFromASTUntyped(typeWeight.value)) });
      for (const field of definition.fields) {
        if (field.kind !== Kind.FIELD_DEFINITION && field.kind !== Kind.INPUT_VALUE_DEFINITION) continue;
        const entry: FieldCost = {};
        for (const directive of field.directives ?? []) {
          const args = Object.fromEntries(
            (directive.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value)]),
          ) as Record<string, unknown>;
          if (directive.name.value === 'cost') entry.weight = Number(args.weight);
          if (directive.name.value === 'listSize') {
            entry.listSize = {
              assumedSize: typeof args.assumedSize === 'number' ? args.assumedSize : undefined,
              slicingArguments: (args.slicingArguments as string[] | undefined) ?? [],
              sizedFields: (args.sizedFields as string[] | undefined) ?? [],
            };
          }
        }
        const sized = ARGUMENT_SIZED_LISTS[namedTypeOf(field.type)];
        const args = field.kind === Kind.FIELD_DEFINITION ? (field.arguments ?? []) : [];
        if (sized && args.some((arg) => arg.name.value === sized.argument)) {
          const parent = sized.byParent?.[definition.name.value];
          entry.sizedBy = parent ? { ...sized, sizes: { ...sized.sizes, ...parent } } : sized;
        }
        if (entry.weight !== undefined || entry.listSize || entry.sizedBy)
          model.set(`${definition.name.value}.${field.name.value}`, entry);
      }
    }
  }
  return model;
}

/** The operation's estimated cost (see the formula above). */
export function estimateCost(
  schema: GraphQLSchema,
  model: CostModel,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName)) {
      operation ??= definition;
    }
  }
  if (!operation) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  // Variables the request leaves out take their declared defaults (`$first: Int = 20`).
  const vars: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) vars[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
  }
  Object.assign(vars, variables);

  const argument = (field: FieldNode, name: string): unknown => {
    const node = field.arguments?.find((arg) => arg.name.value === name);
    return node ? valueFromASTUntyped(node.value, vars) : undefined;
  };

  const listSizeOf = (field: FieldNode, declared: ListSize | undefined, sizedBy?: ArgumentSizes): number => {
    if (sizedBy) {
      const values = argument(field, sizedBy.argument);
      const product = (Array.isArray(values) ? values : values === undefined ? [] : [values]).reduce<number>(
        (size, value) => size * (sizedBy.sizes[String(value)] ?? sizedBy.max),
        1,
      );
      return Math.min(product, sizedBy.max);
    }
    if (field.name.value === '_entities') {
      const representations = argument(field, 'representations');
      return Array.isArray(representations) ? representations.length : DEFAULT_LIST_SIZE;
    }
    const sliced = (declared?.slicingArguments ?? [])
      .map((name) => argument(field, name))
      .filter((value): value is number => typeof value === 'number');
    if (sliced.length) return Math.max(0, ...sliced);
    return declared?.assumedSize ?? DEFAULT_LIST_SIZE;
  };

  /**
   * What an argument's value costs: each input field given that declares @cost(weight) adds it, per
   * character for text (a text match's work grows with its pattern), once for anything else.
   */
  const inputCost = (value: unknown, declared: GraphQLInputType): number => {
    const type = getNullableType(declared);
    if (value === null || value === undefined) return 0;
    if (isListType(type)) {
      const item = type.ofType as GraphQLInputType;
      return Array.isArray(value) ? value.reduce<number>((sum, entry) => sum + inputCost(entry, item), 0) : 0;
    }
    if (!isInputObjectType(type) || typeof value !== 'object') return 0;
    let total = 0;
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      const field = type.getFields()[key];
      if (!field) continue;
      const weight = model.get(`${type.name}.${key}`)?.weight;
      if (weight && inner !== null && inner !== undefined) {
        total += weight * (typeof inner === 'string' ? Math.max(1, inner.length) : 1);
      }
      total += inputCost(inner, field.type);
    }
    return total;
  };

  const fragmentCosts = new Map<string, number>();

  // `sized`: sizes a parent connection imposes on its sizedFields (edges, nodes).
  const selectionCost = (
    selectionSet: SelectionSetNode | undefined,
    parent: GraphQLCompositeType,
    sized: ReadonlyMap<string, number>,
    visiting: Set<string>,
  ): number => {
    if (!selectionSet) return 0;
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(selection, parent, sized, visiting);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typed = selection.typeCondition && schema.getType(selection.typeCondition.name.value);
        total += selectionCost(selection.selectionSet, isCompositeType(typed) ? typed : parent, sized, visiting);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue; // cycles are a validation error
        const typed = schema.getType(fragment.typeCondition.name.value);
        const on = isCompositeType(typed) ? typed : parent;
        // Each fragment is priced once per place it can stand: spreading it twice is not work twice
        // for the estimator (a fragment doubling itself 30 times must not cost 2^30 walks).
        const key = `${name}|${on.name}|${[...sized].join(',')}`;
        let cost = fragmentCosts.get(key);
        if (cost === undefined) {
          visiting.add(name);
          cost = selectionCost(fragment.selectionSet, on, sized, visiting);
          visiting.delete(name);
          fragmentCosts.set(key, cost);
        }
        total += cost;
      }
    }
    return total;
  };

  const fieldCost = (
    field: FieldNode,
    parent: GraphQLCompositeType,
    sized: ReadonlyMap<string, number>,
    visiting: Set<string>,
  ): number => {
    const name = field.name.value;
    if (name === '__schema') return INTROSPECTION_WEIGHT;
    if (name.startsWith('__')) return name === '__type' ? 1 : 0;
    if (!isObjectType(parent) && !isInterfaceType(parent)) return 0;
    const definition = parent.getFields()[name];
    if (!definition) return 0;
    const declared = model.get(`${parent.name}.${name}`);
    const type = getNamedType(definition.type);
    const weight = declared?.weight ?? 0;
    const perItem = isCompositeType(type) ? (model.get(type.name)?.weight ?? 1) : 0;
    const isList = isListType(getNullableType(definition.type));
    const size = sized.get(name) ?? (isList ? listSizeOf(field, declared?.listSize, declared?.sizedBy) : 1);
    let childSizes: ReadonlyMap<string, number> = NO_SIZES;
    if (!isList && declared?.listSize?.sizedFields.length) {
      const n = listSizeOf(field, declared.listSize);
      childSizes = new Map(declared.listSize.sizedFields.map((child) => [child, n]));
    }
    const children = isCompositeType(type) ? selectionCost(field.selectionSet, type, childSizes, visiting) : 0;
    let inputs = 0;
    for (const arg of definition.args) {
      const value = argument(field, arg.name);
      if (value !== undefined) inputs += inputCost(value, arg.type);
    }
    return weight + inputs + size * (perItem + children);
  };

  return selectionCost(operation.selectionSet, root, NO_SIZES, new Set());
}

const NO_SIZES: ReadonlyMap<string, number> = new Map();

/** The price of a whole-schema introspection (a few thousand types, fields and values to print). */
export const INTROSPECTION_WEIGHT = 1_000;

function namedTypeOf(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);
}

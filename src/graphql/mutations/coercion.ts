import {
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';

/*
 * GraphQL's coercion of input values (coerceInputValue), compiled once per input type for the rows of
 * an import: the same values for an input it accepts, without its paths and error objects per field.
 * It only says whether it coerced: on any problem it answers FAILED and the caller asks coerceInputValue
 * again, which words every problem (so the messages stay graphql-js's own).
 */

export const FAILED: unique symbol = Symbol('not coerced');

type Coerce = (value: unknown) => unknown;

const compiled = new WeakMap<GraphQLInputType, Coerce>();

/** The type's compiled coercion: the coerced value, or FAILED (coerceInputValue reports why). */
export function quickCoercion(type: GraphQLInputType): Coerce {
  let known = compiled.get(type);
  if (!known) {
    known = compile(type);
    compiled.set(type, known);
  }
  return known;
}

/** A coercion compiled on its first use (input types may refer to themselves). */
function later(type: GraphQLInputType): Coerce {
  let coerce: Coerce | undefined;
  return (value) => (coerce ??= quickCoercion(type))(value);
}

function compile(type: GraphQLInputType): Coerce {
  if (isNonNullType(type)) {
    const inner = later(type.ofType);
    return (value) => (value === null || value === undefined ? FAILED : inner(value));
  }
  if (isListType(type)) {
    const item = later(type.ofType);
    return (value) => {
      if (value === null || value === undefined) return null;
      if (Array.isArray(value)) {
        const items: unknown[] = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
          const coerced = item(value[i]);
          if (coerced === FAILED) return FAILED;
          items[i] = coerced;
        }
        return items;
      }
      // Other iterables (sets, maps): left to coerceInputValue.
      if (typeof value === 'object' && Symbol.iterator in value) return FAILED;
      // A list accepts a value that is not one as a list of one.
      const coerced = item(value);
      return coerced === FAILED ? FAILED : [coerced];
    };
  }
  if (isInputObjectType(type)) {
    if (type.isOneOf) return () => FAILED;
    let fields: { field: GraphQLInputField; required: boolean; coerce: Coerce }[] | undefined;
    return (value) => {
      if (value === null || value === undefined) return null;
      if (typeof value !== 'object' || Array.isArray(value)) return FAILED;
      const given = value as Record<string, unknown>;
      const defined = type.getFields();
      fields ??= Object.values(defined).map((field) => ({
        field,
        required: isNonNullType(field.type),
        coerce: later(field.type),
      }));
      const coerced: Record<string, unknown> = {};
      for (const { field, required, coerce } of fields) {
        const fieldValue = given[field.name];
        if (fieldValue === undefined) {
          if (field.defaultValue !== undefined) coerced[field.name] = field.defaultValue;
          else if (required) return FAILED;
          continue;
        }
        const result = coerce(fieldValue);
        if (result === FAILED) return FAILED;
        coerced[field.name] = result;
      }
      // Every field given is defined (graphql-js's own test of it).
      for (const name of Object.keys(given)) if (!defined[name]) return FAILED;
      return coerced;
    };
  }
  if (isLeafType(type)) {
    return (value) => {
      if (value === null || value === undefined) return null;
      try {
        const parsed: unknown = type.parseValue(value);
        return parsed === undefined ? FAILED : parsed;
      } catch {
        return FAILED;
      }
    };
  }
  return () => FAILED;
}

import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import type { Limits } from '../../config';
import { LimitError, type LimitCode } from './limit-error';

/*
 * Limits on the shape of a document, checked while it is validated (once per distinct document;
 * Apollo Server caches validated documents): depth, aliases and directives by GraphQL Armor, root
 * fields here. Armor's own errors are replaced by coded ones that carry the count and the limit.
 */

/** Armor reports "…limit of N exceeded, found M."; the count is read from it (exposeLimits is on). */
function armorRejection(code: LimitCode, what: string, limit: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)/.exec(error.message)?.[1];
    const count = found === undefined ? undefined : Number(found);
    context?.reportError(
      new LimitError(code, `The operation has ${count ?? 'more than ' + limit} ${what}; the limit is ${limit}.`, {
        count,
        limit,
      }),
    );
  };
}

function armorOptions(code: LimitCode, what: string, limit: number) {
  return { n: limit, exposeLimits: true, propagateOnRejection: false, onReject: [armorRejection(code, what, limit)] };
}

/** Fields selected at the root of each operation, through fragments. */
function maxRootFieldsRule(limit: number): ValidationRule {
  return (context) => {
    const count = (selectionSet: SelectionSetNode, seen: Set<string>): number => {
      let total = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) total += 1;
        else if (selection.kind === Kind.INLINE_FRAGMENT) total += count(selection.selectionSet, seen);
        else if (!seen.has(selection.name.value)) {
          seen.add(selection.name.value);
          const fragment = context.getFragment(selection.name.value);
          if (fragment) total += count(fragment.selectionSet, seen);
        }
      }
      return total;
    };
    return {
      OperationDefinition(operation) {
        const fields = count(operation.selectionSet, new Set());
        if (fields > limit) {
          context.reportError(
            new LimitError(
              'ROOT_FIELD_LIMIT_EXCEEDED',
              `The operation selects ${fields} root fields; the limit is ${limit}.`,
              {
                count: fields,
                limit,
              },
            ),
          );
        }
      },
    };
  };
}

/**
 * `__schema` at most `limit` times per operation (anywhere, through fragments, counted each time a
 * fragment is spread): each is the whole schema, about half a megabyte of answer.
 */
function maxSchemaIntrospectionsRule(limit: number): ValidationRule {
  return (context) => {
    const count = (selectionSet: SelectionSetNode, fragments: Map<string, number>, path: Set<string>): number => {
      let total = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value === '__schema') total += 1;
          if (selection.selectionSet) total += count(selection.selectionSet, fragments, path);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          total += count(selection.selectionSet, fragments, path);
        } else {
          const name = selection.name.value;
          if (path.has(name)) continue; // a cycle, refused by validation anyway
          let inner = fragments.get(name);
          if (inner === undefined) {
            const fragment = context.getFragment(name);
            path.add(name);
            inner = fragment ? count(fragment.selectionSet, fragments, path) : 0;
            path.delete(name);
            fragments.set(name, inner);
          }
          total += inner;
        }
      }
      return total;
    };
    return {
      OperationDefinition(operation) {
        const found = count(operation.selectionSet, new Map(), new Set());
        if (found > limit) {
          context.reportError(
            new LimitError(
              'INTROSPECTION_LIMIT_EXCEEDED',
              `The operation asks for __schema ${found} times; the limit is ${limit}.`,
              { count: found, limit },
            ),
          );
        }
      },
    };
  };
}

/** An operation of a kind the API has no root type for (this API has no subscriptions). */
const KnownRootTypeRule: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (context.getSchema().getRootType(operation.operation)) return;
    context.reportError(new GraphQLError(`This API has no ${operation.operation} operations.`, { nodes: operation }));
  },
});

export function shapeRules(limits: Limits): ValidationRule[] {
  return [
    KnownRootTypeRule,
    // flattenFragments: depth counts fields, not the fragments that group them.
    maxDepthRule({
      ...armorOptions('DEPTH_LIMIT_EXCEEDED', 'levels of fields', limits.maxDepth),
      flattenFragments: true,
    }) as unknown as ValidationRule,
    maxAliasesRule(armorOptions('ALIAS_LIMIT_EXCEEDED', 'aliases', limits.maxAliases)) as unknown as ValidationRule,
    maxDirectivesRule(
      armorOptions('DIRECTIVE_LIMIT_EXCEEDED', 'directives', limits.maxDirectives),
    ) as unknown as ValidationRule,
    maxRootFieldsRule(limits.maxRootFields),
    maxSchemaIntrospectionsRule(1),
  ];
}

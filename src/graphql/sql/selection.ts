import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type SelectionSetNode,
} from 'graphql';

export interface SelectionScope {
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * The fields selected on an object type, by response key, as graphql-js's executor collects them
 * (fragments whose condition is the type itself, @skip and @include). A fragment on another type
 * (an interface or union) is not expanded: the compiler only walks concrete object types, and a
 * condition naming anything else makes the caller give up (`abstract` is set).
 */
export function selectedFields(
  scope: SelectionScope,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
): { fields: Map<string, FieldNode[]>; abstract: boolean } {
  const fields = new Map<string, FieldNode[]>();
  let abstract = false;
  const visited = new Set<string>();
  const included = (node: FieldNode | SelectionSetNode['selections'][number]) =>
    getDirectiveValues(GraphQLSkipDirective, node, scope.variables)?.if !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, scope.variables)?.if !== false;
  const walk = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const list = fields.get(key);
        if (list) list.push(selection);
        else fields.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition?.name.value;
        if (condition && condition !== type.name) abstract = true;
        else walk(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = scope.fragments[name];
        if (visited.has(name) || !fragment) continue;
        visited.add(name);
        if (fragment.typeCondition.name.value !== type.name) abstract = true;
        else walk(fragment.selectionSet);
      }
    }
  };
  for (const selectionSet of selectionSets) walk(selectionSet);
  return { fields, abstract };
}

/** The sub-selections of several nodes of one response key. */
export function subSelections(nodes: readonly FieldNode[]): SelectionSetNode[] {
  return nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, visit, type ASTNode, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import { STARTING_QUERY } from '../../src/server/graphiql';

const ROOT = path.resolve(__dirname, '../..');

export interface DocumentedOperation {
  /** Where it is written: a file, or README block n. */
  source: string;
  name: string;
  /** The operation with the fragments of its document. */
  document: DocumentNode;
  /** Which schema it is sent to: the client-facing supergraph, or one subgraph directly. */
  target: 'api' | 'directory';
}

function graphqlFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder))
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => path.join(folder, file));
}

function readmeBlocks(): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

/** Splits a document into one document per operation, each with every fragment of the file. */
function operationsOf(source: string, text: string, target: DocumentedOperation['target']): DocumentedOperation[] {
  const document = parse(text);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // The fragments an operation spreads, directly or through other fragments.
  const used = (node: ASTNode, found = new Map<string, FragmentDefinitionNode>()) => {
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !found.has(spread.name.value)) {
          found.set(spread.name.value, fragment);
          used(fragment, found);
        }
      },
    });
    return found;
  };
  return document.definitions
    .filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
    .map((operation, index) => ({
      source,
      name: operation.name?.value ?? `#${index + 1}`,
      document: { kind: Kind.DOCUMENT, definitions: [operation, ...used(operation).values()] },
      target,
    }));
}

/**
 * Every operation the project documents or runs: the README's examples, the example dashboard
 * operations, the test and bench operations, and GraphiQL's starting query. The default limits
 * must admit each of them.
 */
export function documentedOperations(): DocumentedOperation[] {
  const files = [
    ...graphqlFiles('schema/operations'),
    ...graphqlFiles('test/operations'),
    ...graphqlFiles('test/bench/operations'),
  ];
  return [
    ...readmeBlocks().flatMap((block, index) => operationsOf(`README block ${index + 1}`, block, 'api')),
    ...files.flatMap((file) =>
      operationsOf(
        file,
        readFileSync(path.join(ROOT, file), 'utf8'),
        file.endsWith('school-entities.graphql') ? 'directory' : 'api',
      ),
    ),
    ...operationsOf('GraphiQL starting query', STARTING_QUERY, 'api'),
  ];
}

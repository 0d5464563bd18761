import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, parse, print, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/config';
import { directory } from '../src/subgraphs';
import { costModelFromSdl, estimateCost, type CostModel } from '../src/server/protection/cost';
import { shapeRules } from '../src/server/protection/shape-rules';
import { documentedOperations } from './support/documented-operations';

const SCHEMA_DIR = path.resolve(__dirname, '../schema');
const read = (file: string) => readFileSync(path.join(SCHEMA_DIR, file), 'utf8');

let targets: Record<'api' | 'directory', { schema: GraphQLSchema; model: CostModel }>;

beforeAll(async () => {
  targets = {
    api: { schema: buildSchema(read('api.graphql')), model: costModelFromSdl(read('supergraph.graphql')) },
    directory: { schema: (await directory.build()).schema, model: costModelFromSdl(read('directory.graphql')) },
  };
});

/** Slicing variables at the largest page, and 100 keys for _entities: the worst each operation can ask. */
function worstVariables(document: ReturnType<typeof parse>): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const name = variable.variable.name.value;
      if (name === 'first' || name === 'last') variables[name] = 100;
      if (name === 'representations') variables[name] = Array.from({ length: 100 }, () => ({}));
    }
  }
  return variables;
}

describe('the default limits', () => {
  const operations = documentedOperations();

  it('find every documented operation', () => {
    expect(operations.length).toBeGreaterThan(30);
    expect(new Set(operations.map((operation) => operation.source)).size).toBeGreaterThan(10);
  });

  it.each(operations.map((operation) => [`${operation.source}: ${operation.name}`, operation] as const))(
    'admit %s',
    (_label, operation) => {
      const { schema, model } = targets[operation.target];
      const text = print(operation.document);
      const document = parse(text, { maxTokens: DEFAULT_LIMITS.maxTokens });
      const errors = validate(schema, document, [...specifiedRules, ...shapeRules(DEFAULT_LIMITS)]);
      expect(errors.map((error) => error.message)).toEqual([]);
      const cost = estimateCost(schema, model, document, operation.name, worstVariables(document));
      expect(cost).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
    },
  );
});

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { execute, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_DIR } from '../src/config';
import { buildAllSubgraphs } from '../src/gateway/subgraphs';
import { expectedSchemaFiles } from '../src/cli/schema';
import { createContext } from '../src/graphql/context';
import type { Subgraph } from '../src/graphql/federation';
import { startTestApi, type TestApi } from './support/api';

let api: TestApi;
let subgraphs: Subgraph[];

beforeAll(async () => {
  api = await startTestApi();
  subgraphs = await buildAllSubgraphs();
});
afterAll(() => api?.close());

describe('composition', () => {
  it('composes the three subgraphs into the committed schema/ files', async () => {
    const expected = await expectedSchemaFiles();
    expect(Object.keys(expected).sort()).toEqual([
      'api.graphql',
      'assistance.graphql',
      'directory.graphql',
      'people.graphql',
      'supergraph.graphql',
    ]);
    for (const [name, content] of Object.entries(expected)) {
      const committed = await readFile(path.join(SCHEMA_DIR, name), 'utf8');
      expect(committed, `schema/${name} is stale: run npm run schema`).toBe(content);
    }
  });

  it('documents every type, field, argument and enum value of the client-facing schema', async () => {
    const sdl = await readFile(path.join(SCHEMA_DIR, 'api.graphql'), 'utf8');
    const undocumented: string[] = [];
    const document = parse(sdl);
    for (const definition of document.definitions) {
      if (!('name' in definition) || !definition.name) continue;
      const typeName = definition.name.value;
      if (
        'description' in definition &&
        !definition.description &&
        !['Query', 'Mutation', 'Subscription'].includes(typeName)
      ) {
        undocumented.push(typeName);
      }
      const members = [
        ...('fields' in definition ? (definition.fields ?? []) : []),
        ...('values' in definition ? (definition.values ?? []) : []),
      ];
      for (const member of members) {
        if (!member.description) undocumented.push(`${typeName}.${member.name.value}`);
        for (const argument of 'arguments' in member ? (member.arguments ?? []) : []) {
          if (!argument.description) undocumented.push(`${typeName}.${member.name.value}(${argument.name.value})`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});

/** The `@key` field sets a subgraph declares for an object type. */
function keysOf(schema: GraphQLSchema, typeName: string): string[] {
  const type = schema.getType(typeName);
  const directives = (isObjectType(type) && type.astNode?.directives) || [];
  return directives
    .filter((directive) => directive.name.value === 'key')
    .map((directive) => {
      const fields = directive.arguments?.find((argument) => argument.name.value === 'fields')?.value;
      return fields && fields.kind === 'StringValue' ? fields.value : '';
    });
}

describe('_entities', () => {
  it('resolves every owned entity type by every key, in key order, null for unknown keys, one statement per key kind', async () => {
    const checked: string[] = [];
    for (const subgraph of subgraphs) {
      const owned = api.orm.getMetadata().getAll();
      for (const meta of Object.values(owned)) {
        if (meta.abstract || meta.schema !== subgraph.name || !subgraph.schema.getType(meta.className)) continue;
        const keys = keysOf(subgraph.schema, meta.className);
        expect(keys, `${meta.className} keys`).toContain('id');
        for (const key of keys) {
          const column = key === 'id' ? 'id' : meta.properties[key as never]?.fieldNames[0];
          const rows = await api.sql<{ key: string }>(
            `select ${column}::text as key from "${meta.schema}"."${meta.tableName}" order by id desc limit 3`,
          );
          expect(rows.length, `${meta.className} has seed rows`).toBeGreaterThan(0);
          const unknown = key === 'id' ? '00000000-0000-7000-8000-000000000000' : 'no-such-code';
          const wanted = [...rows.map((row) => row.key), unknown];
          const { value: result, statements } = await api.statementsDuring(() =>
            Promise.resolve(
              execute({
                schema: subgraph.schema,
                document: parse(
                  `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${meta.className} { ${key} } } }`,
                ),
                variableValues: {
                  representations: wanted.map((value) => ({ __typename: meta.className, [key]: value })),
                },
                contextValue: createContext(api.orm),
              }),
            ),
          );
          expect(result.errors, `${meta.className} by ${key}`).toBeUndefined();
          const entities = (result.data?._entities ?? []) as ({ [k: string]: string } | null)[];
          expect(entities.map((entity) => entity?.[key] ?? null)).toEqual([...rows.map((row) => row.key), null]);
          expect(statements.length, `${meta.className} by ${key}: statements`).toBe(1);
          checked.push(`${meta.className}.${key}`);
        }
      }
    }
    // Every entity type of DESIGN.md's federation table, by id, and the natural-code keys.
    for (const typeName of [
      'Province',
      'Prefecture',
      'County',
      'School',
      'University',
      'EducationBureau',
      'Agency',
      'Person',
      'Appointment',
      'Program',
      'Partnership',
      'AssistancePlan',
      'Activity',
      'Participation',
      'Event',
      'Attendance',
      'Committee',
      'SchoolMetric',
    ]) {
      expect(checked).toContain(`${typeName}.id`);
    }
    for (const typeName of ['Province', 'Prefecture', 'County', 'University'])
      expect(checked).toContain(`${typeName}.code`);
  });
});

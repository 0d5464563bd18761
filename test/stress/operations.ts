import { Kind, print, type OperationDefinitionNode } from 'graphql';
import pg from 'pg';
import { OPERATIONS, type Sql, type Variables } from '../bench/operations';
import { documentedOperations } from '../support/documented-operations';

/*
 * The "good" traffic of the soak and of the outage phase: every operation of schema/operations and
 * test/bench/operations sent to the API, with variables from the bench's entries where it has them
 * (codes picked by SQL, the deep-page cursor, the search texts), from the table below, or by name.
 */

export interface GoodOperation {
  /** Operation name, with the bench entry's name when the bench has several variable sets. */
  name: string;
  body: string;
}

const TRUSTEESHIP = { programCodes: ['COUNTY-HIGH-SCHOOL-TRUSTEESHIP'] };
const statistics = (groupBy: string[], extra: Variables = {}) => ({ groupBy, filter: TRUSTEESHIP, ...extra });

/** Variables of some operations the bench does not drive (for variety); `university` is a code picked by SQL. */
const VARIABLES: Record<string, (university: string) => Variables[]> = {
  SearchHitKeys: () => [{ text: '中学' }, { text: 'wang', types: ['PERSON'], first: 5 }],
  SearchScores: () => [{ text: 'guyuan' }],
  StatisticsActivities: () => [statistics(['REGION', 'YEAR'])],
  StatisticsSelected: () => [statistics(['UNIVERSITY'], { coverage: true, activity: true, metric: false })],
  StatisticsBuckets: () => [statistics(['MONTH'])],
  StatisticsNamed: () => [statistics(['PROVINCE', 'UNIVERSITY'])],
  StatisticsPerProgram: () => [statistics(['YEAR'])],
  StatisticsPerProvince: () => [statistics(['YEAR'])],
  StatisticsOfUniversity: (university) => [statistics(['COUNTY'], { code: university })],
};

/** Any other operation: each variable by its name (or, for flags, its type); undefined when one has none. */
function defaultVariables(operation: OperationDefinitionNode, university: string): Variables | undefined {
  const byName: Variables = { ...statistics(['PROVINCE']), text: '中学', code: university };
  const variables: Variables = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = print(definition.type);
    if (name in byName) variables[name] = byName[name];
    else if (type.startsWith('Boolean')) variables[name] = true;
    else if (type.endsWith('!') && !definition.defaultValue) return undefined;
  }
  return variables;
}

export async function goodOperations(databaseUrl: string, log: (line: string) => void): Promise<GoodOperation[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const sql: Sql = async (text, values) => (await client.query(text, values)).rows;
    const partner = OPERATIONS.find((operation) => operation.operationName === 'PartnerNestedFetch')!;
    const university = String((await partner.variables(sql)).code);
    const out: GoodOperation[] = [];
    const documented = documentedOperations().filter(
      (operation) =>
        operation.target === 'api' &&
        (operation.source.startsWith('schema/operations/') || operation.source.startsWith('test/bench/operations/')),
    );
    for (const operation of documented) {
      const query = print(operation.document);
      const bench = OPERATIONS.filter((entry) => entry.operationName === operation.name);
      const sets: { name: string; variables: Variables }[] = [];
      for (const entry of bench) sets.push({ name: entry.name, variables: await entry.variables(sql) });
      if (!bench.length && VARIABLES[operation.name]) {
        for (const variables of VARIABLES[operation.name]!(university)) sets.push({ name: operation.name, variables });
      }
      const definition = operation.document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
      const fallback = definition && defaultVariables(definition, university);
      if (!sets.length && fallback) sets.push({ name: operation.name, variables: fallback });
      if (!sets.length) {
        log(`  ${operation.name} (${operation.source}): no variables for it in test/stress/operations.ts; not sent`);
        continue;
      }
      for (const { name, variables } of sets) {
        out.push({ name, body: JSON.stringify({ operationName: operation.name, query, variables }) });
      }
    }
    return out;
  } finally {
    await client.end();
  }
}

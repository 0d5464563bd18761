/*
 * PostgreSQL's CPU per execution of the compiled statement of bench operations, without HTTP or Node
 * in the figure: each operation is compiled as the in-process gateway compiles it (a nationwide
 * viewer), then run serially N times as a named prepared statement on one connection (as the API
 * sends it, so PostgreSQL's plan cache decides between custom and generic plans as in production),
 * reading the backend's time on a CPU from /proc/<pid>/schedstat (ns); the least of R rounds is reported.
 * The bench databases must exist (`npm run bench` prepares them) on a server on this machine.
 *
 *   node -r @swc-node/register test/bench/pg-cpu.ts [--scales 1,10] [--runs 1000] [--rounds 3]
 *        [--only a,c,i] [--plan-cache auto|force_custom_plan|force_generic_plan] [--print] [--explain]
 *        [--anchor FILE]
 *
 * --print shows each statement and its values; --explain its EXPLAIN (ANALYZE, BUFFERS) with these
 * values and its generic plan. --anchor FILE: run the statements in FILE instead (a JSON object of
 * "<scale> <operation>" or "<operation>" → { text, values }, e.g. PostGraphile's, taken from
 * pg_stat_statements or the server's log), measured the same way: anchor/postgraphile-statements.json holds
 * PostGraphile 5.1.5's statements for (a), (c) and (i) with the bench's values at scales 1 and 10 (as its
 * pg client sent them, unnamed). BENCH_PG_PORT (default 54339) names the server's port.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'graphql';
import pg from 'pg';
import { openOrm } from '../../src/db/orm';
import { buildAllSubgraphs } from '../../src/gateway/subgraphs';
import { inProcessSchema } from '../../src/gateway/in-process-schema';
import { SCOPES, type Viewer } from '../../src/graphql/auth/viewer';
import { OperationCompiler } from '../../src/graphql/sql/compile';
import { ENTITIES } from '../../src/subgraphs/entities';
import { documentText, OPERATIONS } from './operations';

const { values: options } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,10' },
    runs: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '3' },
    only: { type: 'string', default: 'a,c,i' },
    'plan-cache': { type: 'string' },
    print: { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
    anchor: { type: 'string' },
  },
});

/** The backend's time on a CPU, in ms: schedstat's nanoseconds (/proc/<pid>/stat's ticks are 10 ms). */
function backendCpuMs(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
}

const VIEWER: Viewer = { role: 'ministry_admin', subject: 'bench', org: null, scopes: new Set([SCOPES.personalRead]) };

async function main(): Promise<void> {
  const port = Number(process.env.BENCH_PG_PORT || 54339);
  const subgraphs = await buildAllSubgraphs();
  const schema = inProcessSchema(subgraphs);
  const entities = new Map(subgraphs.flatMap((subgraph) => Object.entries(subgraph.owned)));
  const compiler = new OperationCompiler({ schema, entities });
  const anchor = options.anchor
    ? (JSON.parse(readFileSync(options.anchor, 'utf8')) as Record<string, { text: string; values: unknown[] }>)
    : undefined;
  const prefixes = options.only.split(',');
  const runs = Number(options.runs);
  for (const scale of options.scales.split(',').map(Number)) {
    const url = `postgres://postgres:postgres@127.0.0.1:${port}/agapi_bench_s${scale}`;
    const orm = await openOrm({ entities: ENTITIES, clientUrl: url, poolSize: 1 });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      if (options['plan-cache'])
        await client.query(`set plan_cache_mode = ${client.escapeIdentifier(options['plan-cache'])}`);
      const sql = async <R>(text: string, values: unknown[] = []) => (await client.query(text, values)).rows as R[];
      const [{ pid } = { pid: 0 }] = await sql<{ pid: number }>('select pg_backend_pid() as pid');
      for (const operation of OPERATIONS.filter((o) => prefixes.some((prefix) => o.name.startsWith(`${prefix}-`)))) {
        const variables = await operation.variables(sql as never);
        const statement =
          (anchor && (anchor[`${scale} ${operation.name}`] ?? anchor[operation.name])) ??
          compiler.compile(
            { em: orm.em.fork() as never, viewer: VIEWER },
            parse(documentText(operation)),
            operation.operationName,
            variables,
          );
        if (!statement) {
          console.log(`scale ${scale} ${operation.name}: not compiled`);
          continue;
        }
        const { text, values } = statement;
        if (options.print)
          console.log(`-- scale ${scale} ${operation.name}\n${text}\n-- values ${JSON.stringify(values)}`);
        if (options.explain) {
          const plan = await sql<Record<string, string>>(`explain (analyze, buffers) ${text}`, values);
          const generic = await sql<Record<string, string>>(`explain (generic_plan) ${text}`);
          console.log(
            `-- scale ${scale} ${operation.name}, these values:\n${plan.map((row) => row['QUERY PLAN']).join('\n')}`,
          );
          console.log(`-- generic plan:\n${generic.map((row) => row['QUERY PLAN']).join('\n')}`);
          continue;
        }
        const name = `pg_cpu_${operation.name}`.slice(0, 60);
        const run = () => client.query({ name, text, values, types: { getTypeParser: () => (raw: string) => raw } });
        for (let i = 0; i < 20; i++) await run(); // past the plan cache's first five custom plans
        const perRun: number[] = [];
        for (let round = 0; round < Number(options.rounds); round++) {
          const before = backendCpuMs(pid);
          for (let i = 0; i < runs; i++) await run();
          perRun.push((backendCpuMs(pid) - before) / runs);
        }
        console.log(
          `scale ${scale} ${operation.name.padEnd(30)} PostgreSQL CPU ms/execution ${Math.min(...perRun).toFixed(3)} (rounds ${perRun.map((ms) => ms.toFixed(3)).join(' ')})`,
        );
      }
    } finally {
      await client.end();
      await orm.close();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

import 'reflect-metadata';
import type { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import pg from 'pg';
import { inject } from 'vitest';
import { openOrm } from '../../src/db/orm';
import { keptAnswersOf } from '../../src/db/read-cache';
import { inProcessExecutor } from '../../src/gateway/in-process-executor';
import { buildAllSubgraphs } from '../../src/gateway/subgraphs';
import { DEFAULT_LIMITS, loadSettings, type Limits, type Settings } from '../../src/config';
import { startInProcessApi } from '../../src/server/api';
import type { RunningServer } from '../../src/server/http';
import { createContext, type Context } from '../../src/graphql/context';
import { createApolloServer } from '../../src/server/apollo';
import { silentLogger } from '../../src/server/observability/logger';
import { countStatement } from '../../src/server/observability/operation-plugin';
import { costModelFromSdl } from '../../src/server/protection/cost';
import type { ScopedContext } from '../../src/server/protection/demand-control';
import { SCOPES, type Viewer } from '../../src/graphql/auth/viewer';
import { ENTITIES } from '../../src/subgraphs/entities';
import { RawJson } from '../../src/graphql/sql/shape-text';

/**
 * Who `run` asks as unless told otherwise: a nationwide role with every scope, so that tests of data
 * see all of it. Tests of rights (test/auth.test.ts) say who is asking.
 */
export const FULL_VIEWER: Viewer = {
  role: 'ministry_admin',
  subject: 'test:ministry-admin',
  org: null,
  scopes: new Set([SCOPES.personalRead]),
};

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface RunOptions {
  batch?: boolean;
  /** `false`: through the resolvers, not one compiled statement (implied by `batch: false`). */
  compile?: boolean;
  /** Who is asking (FULL_VIEWER unless given). */
  viewer?: Viewer;
}

export interface TestApi {
  orm: MikroORM;
  databaseUrl: string;
  /** Runs an operation through the in-process gateway, as a client would. */
  run<T = Record<string, unknown>, V = Record<string, unknown>>(
    document: TypedDocumentNode<T, V> | DocumentNode | string,
    variables?: V,
    options?: RunOptions,
  ): Promise<GraphQLResult<T>>;
  /** Like run, and counts the SQL statements the operation sent. */
  measure<T = Record<string, unknown>, V = Record<string, unknown>>(
    document: TypedDocumentNode<T, V> | DocumentNode | string,
    variables?: V,
    options?: RunOptions,
  ): Promise<{ result: GraphQLResult<T>; statements: string[] }>;
  /** Runs `work` and returns the SQL statements the ORM sent meanwhile. */
  statementsDuring<R>(work: () => Promise<R>): Promise<{ value: R; statements: string[] }>;
  /** Plain SQL on the test database, for independent checks. */
  sql<R extends pg.QueryResultRow = Record<string, unknown>>(text: string, values?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Clones the seeded template into a database of this test file's own and serves the supergraph over it. */
export async function createTestDatabase(): Promise<string> {
  const serverUrl = inject('pgServerUrl');
  const name = `agapi_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${inject('templateDatabase')}`);
  } finally {
    await admin.end();
  }
  return withDatabase(serverUrl, name);
}

/**
 * The API as `npm start` builds it (same limits, cost model and error formatting, with the budget
 * off unless asked for), over a database of this test file's own.
 */
export async function startTestApi(options: { limits?: Partial<Limits> } = {}): Promise<TestApi> {
  const databaseUrl = await createTestDatabase();
  let recording: string[] | null = null;
  const orm = await openOrm({
    entities: ENTITIES,
    clientUrl: databaseUrl,
    poolSize: 4,
    onStatement: countStatement, // as the CLI's ORM does: per-request SQL counts for logs and metrics
    onQuery: (message) => {
      if (/^\[query\]/.test(message)) recording?.push(message);
    },
  });
  // As the server does at start: the write counts for the first answer kept (src/db/read-cache.ts).
  await keptAnswersOf(orm.em).prime(orm.em);
  const subgraphs = await buildAllSubgraphs();
  const apollo: ApolloServer<Context & ScopedContext> = createApolloServer<Context & ScopedContext>({
    gateway: inProcessExecutor(subgraphs),
    costModel: costModelFromSdl(...subgraphs.map((subgraph) => subgraph.sdl)),
    limits: { ...DEFAULT_LIMITS, costBudget: 0, ...options.limits },
    production: false,
    logger: silentLogger,
  });
  await apollo.start();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });

  const run: TestApi['run'] = async (document, variables, options) => {
    const query = typeof document === 'string' ? document : print(document);
    const response = await apollo.executeOperation(
      { query, variables: variables as Record<string, unknown> | undefined },
      {
        contextValue: createContext(orm, {
          batch: options?.batch ?? true,
          compile: options?.compile ?? options?.batch ?? true,
          viewer: options?.viewer ?? FULL_VIEWER,
        }),
      },
    );
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    const result = response.body.singleResult;
    // The compiled path's data is JSON text, written into HTTP responses as it is (server/apollo.ts).
    if (result.data instanceof RawJson)
      return { ...result, data: JSON.parse(result.data.text) } as GraphQLResult<never>;
    return result as GraphQLResult<never>;
  };

  const statementsDuring: TestApi['statementsDuring'] = async (work) => {
    const statements: string[] = [];
    recording = statements;
    try {
      return { value: await work(), statements };
    } finally {
      recording = null;
    }
  };

  return {
    orm,
    databaseUrl,
    run,
    statementsDuring,
    async measure(document, variables, options) {
      const { value, statements } = await statementsDuring(() => run(document, variables, options));
      return { result: value, statements };
    },
    async sql(text, values) {
      return (await pool.query(text, values)).rows;
    },
    async close() {
      await apollo.stop();
      await pool.end();
      await orm.close();
    },
  };
}

/** The data of a result, failing the test with the errors when there are any. */
export function dataOf<T>(result: GraphQLResult<T>): T {
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  if (!result.data) throw new Error('no data');
  return result.data;
}

/**
 * The in-process HTTP server over the test database: settings from `env` (over DATABASE_URL), with
 * `limits` and `extra` laid over them; on a free port, silent.
 */
export async function serveInProcess(
  api: Pick<TestApi, 'databaseUrl' | 'orm'>,
  env: Record<string, string>,
  limits: Partial<Limits> = {},
  extra: Partial<Settings> = {},
): Promise<RunningServer> {
  const settings = loadSettings({ DATABASE_URL: api.databaseUrl, ...env });
  return startInProcessApi(
    { ...settings, ...extra, limits: { ...settings.limits, ...limits } },
    api.orm,
    silentLogger,
    0,
  );
}

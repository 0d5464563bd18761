import type {
  GatewayExecutionResult,
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
} from '@apollo/server-gateway-interface';
import { trace, type Span } from '@opentelemetry/api';
import { execute as graphqlExecute } from 'graphql';
import type { Context } from '../graphql/context';
import { OperationCompiler, type CompiledStatement } from '../graphql/sql/compile';
import type { Subgraph } from '../graphql/federation';
import { inProcessSchema } from './in-process-schema';

/** A pg client as knex's pool hands it out: enough to send a named (prepared) statement. */
interface PgClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: { data: unknown }[] }>;
}

const tracer = trace.getTracer('assistance-graph-api');

/** How many statements are prepared (per connection, for the life of the process) at most. */
export const MAX_PREPARED = 200;

/**
 * Names of prepared statements by their text. PostgreSQL plans a named statement once per connection
 * and keeps it as long as the connection: only statements sent again (operations in use) are
 * prepared, and at most MAX_PREPARED of them, so that clients sending ever new shapes cannot grow
 * the database's memory; the others go unnamed (parsed and planned each time).
 */
export class StatementNames {
  private readonly names = new Map<string, string>();
  private readonly seenOnce = new Set<string>();

  nameOf(text: string): string | undefined {
    const name = this.names.get(text);
    if (name || this.names.size >= MAX_PREPARED) return name;
    if (!this.seenOnce.has(text)) {
      if (this.seenOnce.size >= 10 * MAX_PREPARED) this.seenOnce.clear();
      this.seenOnce.add(text);
      return undefined;
    }
    this.seenOnce.delete(text);
    const named = `gql_${this.names.size}`;
    this.names.set(text, named);
    return named;
  }
}

/**
 * The default in-process API as Apollo Server sees it (through its gateway interface, the one way to
 * give it an executor of our own): the one executable schema of in-process-schema.ts, and an
 * executor that sends an operation the compiler can express as ONE prepared SQL statement
 * (sql/compile.ts), and runs any other through graphql-js and the resolvers.
 */
export function inProcessExecutor(subgraphs: Subgraph[]): GatewayInterface {
  const schema = inProcessSchema(subgraphs);
  const entities = new Map(subgraphs.flatMap((subgraph) => Object.entries(subgraph.owned)));
  const compiler = new OperationCompiler({ schema, entities });
  const names = new StatementNames();

  const execute = async (request: GatewayGraphQLRequestContext, span: Span): Promise<GatewayExecutionResult> => {
    const context = request.context as Context;
    const statement =
      context.compile && request.operation.operation === 'query'
        ? compiler.compile(
            context.em,
            context.viewer,
            request.document,
            request.operationName,
            request.request.variables,
          )
        : null;
    if (statement) {
      try {
        const data = (await send(context, statement, names)) as Record<string, unknown>;
        span.setAttribute('api.execution', 'one statement');
        return { data };
      } catch (error) {
        // A failed statement (the database gone, a timeout) runs again through the resolvers, which
        // report it per field with its path, as they do for any operation. Logged: a statement the
        // compiler got wrong would otherwise only show as a slower answer.
        request.logger.warn(`compiled statement failed, answering through the resolvers: ${String(error)}`);
      }
    }
    span.setAttribute('api.execution', 'resolvers');
    return graphqlExecute({
      schema,
      document: request.document,
      operationName: request.operationName,
      variableValues: request.request.variables,
      contextValue: context,
    }) as Promise<GatewayExecutionResult>;
  };

  // One span per operation (with tracing on), above its statements: what the gateway's spans were.
  const executor: GatewayExecutor = (request) =>
    tracer.startActiveSpan(
      'in-process.execute',
      {
        attributes: {
          'graphql.operation.name': request.operationName ?? '',
          'graphql.operation.type': request.operation.operation,
        },
      },
      (span) => execute(request, span).finally(() => span.end()),
    );

  return {
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    stop: async () => undefined,
  };
}

async function send(context: Context, statement: CompiledStatement, names: StatementNames): Promise<unknown> {
  // The request's own EntityManager: a replica's for a query when one is up, refusing once aborted.
  const em = context.em;
  const started = Date.now();
  const knex = em.getConnection().getKnex();
  const client = (await knex.client.acquireConnection()) as PgClient;
  try {
    const result = await client.query({
      name: names.nameOf(statement.text),
      text: statement.text,
      values: statement.values,
    });
    const data = result.rows[0]?.data;
    return typeof data === 'string' ? (JSON.parse(data) as unknown) : data;
  } finally {
    await knex.client.releaseConnection(client);
    em.config.getLogger().logQuery({ query: statement.text, took: Date.now() - started, level: 'info' });
  }
}

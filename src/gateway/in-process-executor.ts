import type {
  GatewayExecutionResult,
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
} from '@apollo/server-gateway-interface';
import { trace, type Span } from '@opentelemetry/api';
import {
  execute as graphqlExecute,
  GraphQLError,
  isUnionType,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { RequestAbortedError, type Context } from '../graphql/context';
import { OperationCompiler, type CompiledStatement, type CompilerModel } from '../graphql/sql/compile';
import { RawJson, ShapeTextError } from '../graphql/sql/shape-text';
import type { Cell } from '../graphql/sql/rows';
import type { Subgraph } from '../graphql/federation';
import { isStatementCancelled, query } from '../db/statements';
import { keepingAnswers } from '../graphql/kept-answers';
import { inProcessSchema } from './in-process-schema';

const tracer = trace.getTracer('assistance-graph-api');

/**
 * The default in-process API as Apollo Server sees it (through its gateway interface, the one way to
 * give it an executor of our own): the one executable schema of in-process-schema.ts, and an
 * executor that sends an operation the compiler can express as ONE prepared SQL statement
 * (sql/compile.ts), and runs any other through graphql-js and the resolvers.
 */
export function inProcessExecutor(
  subgraphs: Subgraph[],
): GatewayInterface & { schema: GraphQLSchema; lane: LaneExecutor } {
  const schema = inProcessSchema(subgraphs);
  const entities = new Map(subgraphs.flatMap((subgraph) => Object.entries(subgraph.owned)));
  return compiledExecutor({ schema, entities }, true);
}

/** A query document the full pipeline parsed, validated and answered with one compiled statement. */
export interface PreparedOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** The operation's name as resolved (the memos' keys use it). */
  operationName: string | null;
  /** Apollo Server's hash of the text (a gateway's query plans are stored under it). */
  queryHash: string;
}

/**
 * What the fast lane (src/server/fast-lane.ts) asks of the executor: the operations already run through
 * the full pipeline once, by their text and the operation name the client sent, and their statements.
 */
export interface LaneExecutor<S = CompiledStatement> {
  prepared(text: string, operationName: string | undefined): PreparedOperation | undefined;
  /** The compiled statement for these variables and this caller's rights, or null (then the resolvers answer). */
  statement(context: Context, prepared: PreparedOperation, variables: Record<string, unknown> | undefined): S | null;
  /** The statement's answer, as the executor gives it to Apollo Server (`RawJson` where it can). */
  answer(context: Context, statement: S): Promise<Record<string, unknown>>;
  /** SQL statements an answer runs in this process, for the log line (a gateway's run in the subgraphs). */
  readonly statementsPerAnswer: number;
}

/** Characters of document text the prepared operations may hold (each text once, whatever its operation names). */
const MAX_PREPARED_CHARACTERS = 8_000_000;

/** Prepared operations by text, then by the operation name sent ('' when none). */
export class PreparedOperations {
  private readonly byText = new LRUCache<string, Map<string, PreparedOperation>>({
    max: 5_000,
    maxSize: MAX_PREPARED_CHARACTERS,
    sizeCalculation: (_names, text) => text.length + 256,
  });

  get(text: string, operationName: string | undefined): PreparedOperation | undefined {
    return this.byText.get(text)?.get(operationName ?? '');
  }

  /** Keeps the request's operation (once per text and name sent), and gives the one kept. */
  add(request: GatewayGraphQLRequestContext): PreparedOperation {
    const sent = request.request.operationName ?? '';
    let names = this.byText.get(request.source);
    const kept = names?.get(sent);
    if (kept) return kept;
    if (!names) {
      names = new Map();
      this.byText.set(request.source, names);
    }
    const operation: PreparedOperation = {
      document: request.document,
      operation: request.operation,
      operationName: request.operationName,
      queryHash: request.queryHash,
    };
    names.set(sent, operation);
    return operation;
  }
}

/**
 * One subgraph served as its own service (distributed mode): the same executor over the subgraph's
 * schema, so the gateway's fetches, its entity fetches (`_entities`) included, are answered by the same
 * compiled statements as the in-process path, where the compiler can express them.
 */
export function subgraphExecutor(subgraph: Subgraph): GatewayInterface & { schema: GraphQLSchema; lane: LaneExecutor } {
  const entityUnion = subgraph.schema.getType('_Entity');
  const keyed = isUnionType(entityUnion) ? entityUnion.getTypes().map((type) => type.name) : [];
  // With the fast lane: a gateway sends the same few documents over and over (its query plan's fetches,
  // `_entities` with new representations each time), each a full HTTP request here.
  return compiledExecutor(
    {
      schema: subgraph.schema,
      entities: new Map(Object.entries(subgraph.owned)),
      references: new Set(keyed.filter((name) => !subgraph.owned[name])),
    },
    true,
  );
}

function compiledExecutor(
  model: CompilerModel,
  lane: true,
): GatewayInterface & { schema: GraphQLSchema; lane: LaneExecutor };
function compiledExecutor(model: CompilerModel): GatewayInterface & { schema: GraphQLSchema };
function compiledExecutor(
  model: CompilerModel,
  lane?: true,
): GatewayInterface & { schema: GraphQLSchema; lane?: LaneExecutor } {
  const { schema } = model;
  const compiler = new OperationCompiler(model);
  // The executor remembers what it answered with one statement, for the fast lane.
  const prepared = lane ? new PreparedOperations() : undefined;

  const execute = async (request: GatewayGraphQLRequestContext, span: Span): Promise<GatewayExecutionResult> => {
    const context = request.context as Context;
    const statement =
      context.compile && request.operation.operation === 'query'
        ? compiler.compile(context, request.document, request.operationName, request.request.variables)
        : null;
    if (statement) {
      try {
        const data = await answer(context, statement);
        span.setAttribute('api.execution', 'one statement');
        prepared?.add(request);
        return { data };
      } catch (error) {
        // A statement stopped by the statement timeout, or a request abandoned (deadline, client gone),
        // is not run again through the resolvers: they would do the same work (and take as long) again.
        if (isStatementCancelled(error) || error instanceof RequestAbortedError) {
          span.setAttribute('api.execution', 'one statement');
          return { errors: [error instanceof RequestAbortedError ? abandoned(error) : statementTimeout(error)] };
        }
        // Any other failure runs again through the resolvers, which report it per field with its
        // path, as they do for any operation. Logged: a statement the compiler got wrong would
        // otherwise only show as a slower answer.
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
      (span) =>
        keepingAnswers(request, request.context as Context, () => execute(request, span)).finally(() => span.end()),
    );

  return {
    // Subscriptions run on the same schema, outside Apollo (src/server/live).
    schema,
    ...(prepared && {
      lane: {
        prepared: (text, operationName) => prepared.get(text, operationName),
        statement: (context, { document, operationName }, variables) =>
          context.compile ? compiler.compile(context, document, operationName, variables) : null,
        answer,
        statementsPerAnswer: 1,
      },
    }),
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    stop: async () => undefined,
  };
}

/**
 * The statement's answer: PostgreSQL's JSON text given its keys as text and written into the response
 * as it is (shape-text.ts), else parsed and reshaped.
 */
async function answer(context: Context, statement: CompiledStatement): Promise<Record<string, unknown>> {
  // The request's database: a replica's for a query when one is up, refusing once aborted.
  if (statement.rows) {
    const rows = await query<Cell[]>(context.database, statement, { text: true, arrays: true });
    return new RawJson(statement.rows(rows)) as unknown as Record<string, unknown>;
  }
  const [row] = await query<{ data: string | null }>(context.database, statement, { text: true });
  const text = row?.data ?? 'null';
  if (statement.reshapeText) {
    try {
      return new RawJson(statement.reshapeText(text)) as unknown as Record<string, unknown>;
    } catch (error) {
      if (!(error instanceof ShapeTextError)) throw error;
    }
  }
  return statement.reshape(JSON.parse(text)) as Record<string, unknown>;
}

/** The operation's one statement ran past the statement timeout (formatted for clients in apollo.ts). */
function statementTimeout(error: unknown): GraphQLError {
  return new GraphQLError('The operation was stopped at the statement timeout.', { originalError: error as Error });
}

function abandoned(error: RequestAbortedError): GraphQLError {
  return new GraphQLError('The request was abandoned.', { originalError: error });
}

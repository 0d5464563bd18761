import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import type { GraphQLSchema } from 'graphql';
import type { Context } from '../graphql/context';
import { RawJson } from '../graphql/sql/shape-text';
import type { ForwardedContext, Forward } from './gateway';
import { PreparedOperations, type LaneExecutor, type PreparedOperation } from './in-process-executor';

/** What the gateway's lane runs: a query Apollo Server once parsed and validated, with this request's variables. */
export interface GatewayStatement {
  prepared: PreparedOperation;
  variables: Record<string, unknown> | undefined;
}

/** A gateway's answer the lane cannot give as it is (errors, extensions): the full path answers instead. */
export class LaneDeclined extends Error {}

/** The request context's parts that are the server's, not the request's (taken from a request the full path ran). */
type Shared = Pick<GatewayGraphQLRequestContext, 'logger' | 'schema' | 'schemaHash' | 'cache'>;

/**
 * The fast lane (src/server/fast-lane.ts) for the distributed gateway. Apollo Server in front of a
 * gateway parses, validates, runs its plugins and formats every request again; profiled on the nested
 * fetch, that pipeline is most of the gateway's own work, while the gateway's executor keeps its query
 * plan per document already. A query the full pipeline answered without errors is remembered by its
 * text and operation name; a repeat of it (checked, priced and taken from the budget by the lane as on
 * the full path) goes straight to the executor (variables coerced, the cached plan, the subgraph fetches
 * over keep-alive, the result shaped), and an answer with errors or extensions goes back to the full path.
 */
export function withLane(
  gateway: GatewayInterface,
  options: {
    /** Counted for the metrics, by the server (the gateway layer does not import it). */
    onAnswer?: (path: 'plan' | 'forwarded') => void;
    /** The query's one subgraph fetch, when its answer is the client's as it is (gateway.ts). */
    forwarding?: (request: GatewayGraphQLRequestContext) => Forward | undefined;
  } = {},
): GatewayInterface & { readonly schema: GraphQLSchema; lane: LaneExecutor<GatewayStatement> } {
  const prepared = new PreparedOperations();
  const onAnswer = options.onAnswer ?? (() => undefined);
  let executor: GatewayExecutor | undefined;
  let apiSchema: GraphQLSchema | undefined;
  let shared: Shared | undefined;
  // Queries whose one subgraph's answer is the client's: its data's bytes go on without being parsed.
  const forwards = new WeakMap<PreparedOperation, Forward>();

  const remembering: GatewayExecutor = async (request) => {
    const result = await executor!(request);
    if (request.operation.operation === 'query' && !result.errors && !result.extensions) {
      shared ??= {
        logger: request.logger,
        schema: request.schema,
        schemaHash: request.schemaHash,
        cache: request.cache,
      };
      const kept = prepared.add(request);
      const forward = !forwards.has(kept) && options.forwarding?.(request);
      if (forward) forwards.set(kept, forward);
    }
    return result;
  };

  const lane: LaneExecutor<GatewayStatement> = {
    // Only once the full path ran one (and so gave the server's logger and schema hash).
    prepared: (text, operationName) => (shared ? prepared.get(text, operationName) : undefined),
    statement: (_context, operation, variables) => ({ prepared: operation, variables }),
    answer: async (context: Context, { prepared: operation, variables }) => {
      const forward = forwards.get(operation);
      if (forward) {
        // The subgraph coerces the variables; any error it answers with sends the request the full way.
        const data = await forward(context as unknown as ForwardedContext, variables);
        if (data === undefined) throw new LaneDeclined();
        onAnswer('forwarded');
        return new RawJson(data) as unknown as Record<string, unknown>;
      }
      const result = await executor!({
        ...shared!,
        request: { query: undefined, operationName: operation.operationName ?? undefined, variables },
        context: context as unknown as Record<string, unknown>,
        queryHash: operation.queryHash,
        document: operation.document,
        source: '',
        operationName: operation.operationName,
        operation: operation.operation,
        metrics: {},
        overallCachePolicy: undefined,
      });
      if (result.errors || result.extensions) throw new LaneDeclined();
      onAnswer('plan');
      return result.data as Record<string, unknown>;
    },
    // The statements run in the subgraph services, which count their own.
    statementsPerAnswer: 0,
  };

  return {
    get schema() {
      if (!apiSchema) throw new Error('the gateway is not loaded yet');
      return apiSchema;
    },
    lane,
    load: async (options) => {
      const loaded = await gateway.load(options);
      executor = loaded.executor ?? undefined;
      return { executor: executor ? remembering : null };
    },
    onSchemaLoadOrUpdate: (callback) =>
      gateway.onSchemaLoadOrUpdate((update) => {
        apiSchema = update.apiSchema;
        callback(update);
      }),
    stop: () => gateway.stop(),
  };
}

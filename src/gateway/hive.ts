import type { GatewayExecutionResult, GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway';
import {
  buildSchema,
  getVariableValues,
  GraphQLError,
  Kind,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { SUBGRAPH_NAMES, type SubgraphName } from '../config';
import { formatWalPosition, parseWalPosition } from '../db/wal-position';
import type { ForwardedContext } from './gateway';

/** The header of consistency tokens (src/server/consistency.ts). */
const CONSISTENCY_HEADER = 'x-consistency-token';

/** The committed supergraph names each subgraph `http://localhost/<name>`; put the real URLs in. */
export function supergraphWithUrls(sdl: string, urls: Record<SubgraphName, string>): string {
  let out = sdl;
  for (const name of SUBGRAPH_NAMES) {
    const placeholder = `@join__graph(name: "${name}", url: "http://localhost/${name}")`;
    if (!out.includes(placeholder)) throw new Error(`supergraph has no ${placeholder}`);
    out = out.replace(placeholder, `@join__graph(name: "${name}", url: ${JSON.stringify(urls[name])})`);
  }
  return out;
}

export interface HiveOptions {
  /** `rust`: @graphql-hive/router-runtime's query planner; `js`: Hive's own. */
  planner: 'js' | 'rust';
  /** Share one subgraph fetch among identical concurrent ones (Hive's default). */
  deduplicateInflight: boolean;
  onFetch?: (subgraph: string, seconds: number, ok: boolean) => void;
}

/** Hive Gateway's runtime over the subgraph servers, forwarding what the subgraphs need of the caller. */
export async function hiveRuntime(supergraphSdl: string, urls: Record<SubgraphName, string>, options: HiveOptions) {
  const nameOf = new Map(SUBGRAPH_NAMES.map((name) => [urls[name], name]));
  const timing: GatewayPlugin = {
    onFetch({ url }) {
      const started = process.hrtime.bigint();
      return ({ response }) =>
        options.onFetch?.(nameOf.get(url) ?? 'unknown', Number(process.hrtime.bigint() - started) / 1e9, response.ok);
    },
  };
  // Hive sends a subgraph its part of a mutation as an anonymous operation: named as @apollo/gateway
  // names it (`<client's name>__<subgraph>__0`), the audit trail records the client's operation name.
  const naming: GatewayPlugin = {
    onSubgraphExecute({ subgraphName, executionRequest, setExecutionRequest }) {
      const name = (executionRequest.context as { params?: { operationName?: unknown } } | undefined)?.params
        ?.operationName;
      if (typeof name !== 'string' || !/^[_A-Za-z]\w*$/.test(name)) return;
      const operation = executionRequest.document.definitions.find(
        (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      );
      if (operation?.operation !== 'mutation' || operation.name) return;
      const renamed = `${name}__${subgraphName}__0`;
      setExecutionRequest({
        ...executionRequest,
        operationName: renamed,
        document: {
          ...executionRequest.document,
          definitions: executionRequest.document.definitions.map((definition) =>
            definition === operation ? { ...operation, name: { kind: Kind.NAME, value: renamed } } : definition,
          ),
        },
      });
    },
  };
  // The package's CommonJS and ESM type declarations differ; the handler is the one Hive's CLI loads.
  const planner: { unifiedGraphHandler?: never } =
    options.planner === 'rust'
      ? { unifiedGraphHandler: (await import('@graphql-hive/router-runtime')).unifiedGraphHandler as never }
      : {};
  return createGatewayRuntime({
    supergraph: supergraphWithUrls(supergraphSdl, urls),
    graphqlEndpoint: '/graphql',
    logging: false,
    // Errors are masked (or not) by this server's own formatter (server/apollo.ts), as for @apollo/gateway.
    maskedErrors: false,
    landingPage: false,
    graphiql: false,
    ...planner,
    transportEntries: { '*': { options: { deduplicateInflightRequests: options.deduplicateInflight } } },
    plugins: () => [timing, naming],
    propagateHeaders: {
      // The verified token, the request id and the consistency token go on to every subgraph (as
      // @apollo/gateway's data source does in gateway.ts); a subgraph verifies the token itself.
      fromClientToSubgraphs: ({ request }) => {
        // No compression asked of a subgraph (its answer is read at once over a fast link; encoding
        // and decoding it cost both ends CPU on every hop), in place of the fetch's gzip, deflate, br.
        const headers: Record<string, string> = { 'accept-encoding': 'identity' };
        for (const name of ['authorization', 'x-request-id', CONSISTENCY_HEADER]) {
          const value = request.headers.get(name);
          if (value) headers[name] = value;
        }
        return headers;
      },
      // A mutation's write position, passed back to the executor below.
      fromSubgraphsToClient: ({ response }) => {
        const position = response.headers.get(CONSISTENCY_HEADER);
        return position ? { [CONSISTENCY_HEADER]: position } : {};
      },
    },
  });
}

type HiveRuntime = Awaited<ReturnType<typeof hiveRuntime>>;

/**
 * Distributed mode under Hive Gateway: this server's HTTP, trusted documents, limits, budget, metrics,
 * readiness and error masking in front (Apollo Server through its gateway interface), Hive's planner and
 * executor behind, over the subgraph servers. The client-facing schema is the committed `schema/api.graphql`
 * (the supergraph's API schema, checked by `npm run schema:check`).
 */
export function hiveGateway(runtime: HiveRuntime, apiSdl: string): GatewayInterface & { schema: GraphQLSchema } {
  const schema = buildSchema(apiSdl);
  const executor: GatewayExecutor = async (request) => {
    // Variables are checked against the client-facing schema first, as @apollo/gateway does: a bad one
    // is the caller's mistake (BAD_USER_INPUT, naming the variable and field), not a gateway failure.
    const coerced = getVariableValues(
      schema,
      request.operation.variableDefinitions ?? [],
      request.request.variables ?? {},
    );
    if (coerced.errors) {
      return {
        errors: coerced.errors.map(
          (error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT' } }),
        ),
      };
    }
    const scope = (request.context as ForwardedContext).scope;
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (scope?.token) headers.authorization = `Bearer ${scope.token}`;
    if (scope?.requestId) headers['x-request-id'] = scope.requestId;
    if (scope?.readAfter !== undefined) headers[CONSISTENCY_HEADER] = formatWalPosition(scope.readAfter);
    const response = await runtime.fetch('http://gateway/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({
        query: request.source,
        variables: request.request.variables,
        operationName: request.operationName,
      }),
    });
    // The latest write position of the subgraphs that wrote (one header value each, comma-joined).
    for (const value of (response.headers.get(CONSISTENCY_HEADER) ?? '').split(',')) {
      const position = parseWalPosition(value.trim());
      if (position !== undefined && scope && (scope.wrote === undefined || position > scope.wrote))
        scope.wrote = position;
    }
    return asResult((await response.json()) as WireResult) as GatewayExecutionResult;
  };
  return {
    schema,
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    stop: async () => {
      await runtime.dispose();
    },
  };
}

type WireError = { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> };
type WireResult = { data?: Record<string, unknown> | null; errors?: WireError[] };

function asResult(body: WireResult): ExecutionResult {
  const result: ExecutionResult = { data: body.data };
  if (body.errors?.length) {
    result.errors = body.errors.map(
      (error) => new GraphQLError(error.message, { path: error.path, extensions: error.extensions }),
    );
  }
  return result;
}

/**
 * Subscriptions through Hive Gateway (distributed mode): Hive runs the subscription on the subgraph
 * that serves it (over Server-Sent Events, the caller's token forwarded) and resolves each event's
 * fields from the other subgraphs; this reads Hive's own SSE answer (`event: next`, `event: complete`).
 * The client-facing side (graphql-ws, graphql-sse, limits, caps) is this server's (server/live).
 */
export function hiveSubscriptions(runtime: HiveRuntime) {
  return async (request: {
    query: string;
    variables: Record<string, unknown> | undefined;
    operationName: string | null | undefined;
    authorization: string;
  }): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const abort = new AbortController();
    const response = await runtime.fetch('http://gateway/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: request.authorization,
      },
      body: JSON.stringify({
        query: request.query,
        variables: request.variables,
        operationName: request.operationName,
      }),
      signal: abort.signal,
    });
    if (!response.body || !(response.headers.get('content-type') ?? '').includes('text/event-stream')) {
      const body = (await response.json().catch(() => ({}))) as WireResult;
      return asResult(
        body.errors?.length ? body : { errors: [{ message: `The gateway answered ${response.status}.` }] },
      );
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const pending: ExecutionResult[] = [];
    let buffer = '';
    let done = false;
    const close = async (): Promise<IteratorResult<ExecutionResult>> => {
      done = true;
      abort.abort();
      await reader.cancel().catch(() => undefined);
      return { done: true, value: undefined };
    };
    const iterator: AsyncIterableIterator<ExecutionResult> = {
      next: async () => {
        while (!pending.length && !done) {
          const chunk = await reader.read();
          if (chunk.done) break;
          buffer += chunk.value;
          for (let end = buffer.indexOf('\n\n'); end >= 0 && !done; end = buffer.indexOf('\n\n')) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            let event = 'message';
            const data: string[] = [];
            for (const line of block.split('\n')) {
              if (line.startsWith('event:')) event = line.slice(6).trim();
              else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
            }
            if (event === 'complete') done = true;
            else if (data.join('')) pending.push(asResult(JSON.parse(data.join('\n')) as WireResult));
          }
        }
        const value = pending.shift();
        return value ? { done: false, value } : close();
      },
      return: close,
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    return iterator;
  };
}

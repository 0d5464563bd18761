import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import http from 'node:http';
import https from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import type { GatewayConfig } from '@apollo/gateway';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { formatWalPosition, parseWalPosition } from '../db/wal-position';
import type { SubgraphName } from '../config';

/**
 * @apollo/gateway's own telemetry is on unless disabled: its constructor probes cloud metadata
 * addresses and exports usage metrics to Apollo's servers. This API reports to no one, so every
 * gateway it builds turns that off first.
 */
function newGateway(config: ConstructorParameters<typeof ApolloGateway>[0]): ApolloGateway {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  return new ApolloGateway(config);
}

/**
 * Distributed mode: the committed supergraph (schema/supergraph.graphql), each subgraph reached
 * over HTTP at its configured URL, so the gateway needs neither the database nor the subgraph code.
 */
export function remoteGateway(
  supergraphSdl: string,
  urls: Record<SubgraphName, string>,
  onFetch: (subgraph: string, seconds: number, ok: boolean) => void = () => undefined,
  maxResponseBytes = Number.POSITIVE_INFINITY,
): ApolloGateway & { forwarding: (request: GatewayGraphQLRequestContext) => Forward | undefined } {
  const sources = new Map<string, TimedDataSource>();
  // Each request's plan, for the fast lane's look at the plans of the queries it keeps (gateway-lane.ts).
  const plans = new WeakMap<GatewayGraphQLRequestContext, QueryPlan>();
  const gateway = newGateway({
    supergraphSdl,
    buildService: ({ name }) => {
      const url = urls[name as SubgraphName];
      if (!url) throw new Error(`no URL configured for subgraph ${name}`);
      const source = new TimedDataSource(name, url, onFetch, maxResponseBytes);
      sources.set(name, source);
      return source;
    },
    experimental_didResolveQueryPlan: ({ queryPlan, requestContext }) => plans.set(requestContext, queryPlan),
  });
  return Object.assign(gateway, {
    forwarding: (request: GatewayGraphQLRequestContext) => {
      const plan = plans.get(request);
      const fetch = plan && forwardable(plan, request.operation);
      const source = fetch && sources.get(fetch.serviceName);
      return fetch && source ? forward(source, fetch) : undefined;
    },
  });
}

type QueryPlan = Parameters<NonNullable<GatewayConfig['experimental_didResolveQueryPlan']>>[0]['queryPlan'];
type FetchNode = Extract<NonNullable<QueryPlan['node']>, { kind: 'Fetch' }>;

/**
 * A query's answer as the subgraph that alone answers it writes it: its `data` JSON text, or
 * undefined when the subgraph answered with errors (or in a form not read here).
 */
export type Forward = (
  context: ForwardedContext,
  variables: Record<string, unknown> | undefined,
) => Promise<string | undefined>;

/**
 * The plan's one fetch, when the subgraph's `data` is the client's answer as it is: one query to one
 * subgraph, nothing required from or rewritten for another, and the very selections the client asked
 * for (so the subgraph's graphql-js writes the same fields in the same order that the gateway's result
 * shaping would). Anything else (entity fetches, fragments, a selection the planner changed) goes
 * through the executor.
 */
function forwardable(plan: QueryPlan, operation: OperationDefinitionNode): FetchNode | undefined {
  const fetch = plan.node;
  if (fetch?.kind !== 'Fetch' || fetch.operationKind !== 'query' || operation.operation !== 'query') return undefined;
  if (fetch.requires || fetch.inputRewrites?.length || fetch.outputRewrites?.length || fetch.contextRewrites?.length)
    return undefined;
  // Parsed here, once per kept query (the planner keeps the fetch's document only when asked to).
  const sent = (fetch.operationDocumentNode ?? parse(fetch.operation)).definitions;
  if (sent.length !== 1 || sent[0]!.kind !== Kind.OPERATION_DEFINITION) return undefined;
  return print(sent[0]!.selectionSet) === print(operation.selectionSet) ? fetch : undefined;
}

function forward(source: TimedDataSource, fetch: FetchNode): Forward {
  const usages = fetch.variableUsages ?? [];
  return async (context, variables) => {
    const sent: Record<string, unknown> = {};
    for (const name of usages) if (variables?.[name] !== undefined) sent[name] = variables[name];
    const text = await source.forward(context, {
      query: fetch.operation,
      ...(fetch.operationName ? { operationName: fetch.operationName } : {}),
      variables: sent,
    });
    return text === undefined ? undefined : dataText(text);
  };
}

/**
 * The `data` of a subgraph's answer as this API's servers write it (apollo.ts' stringifyResult:
 * `{"data":…,"extensions":{"cost":…}}`, a newline): the text between, once what follows it is read as
 * the extensions object it must be. An answer with errors, or of another form, gives undefined.
 */
export function dataText(text: string): string | undefined {
  const end = text.endsWith('}\n') ? text.length - 2 : text.endsWith('}') ? text.length - 1 : -1;
  const tail = text.lastIndexOf(',"extensions":');
  if (!text.startsWith('{"data":') || end < 0 || tail < 0) return undefined;
  try {
    const extensions = JSON.parse(text.slice(tail + 14, end)) as unknown;
    if (extensions === null || typeof extensions !== 'object' || Array.isArray(extensions)) return undefined;
    if (Object.keys(extensions).some((key) => key !== 'cost')) return undefined;
  } catch {
    return undefined;
  }
  const data = text.slice(8, tail);
  return data === 'null' ? undefined : data;
}

/** The header of consistency tokens (src/server/consistency.ts). */
const CONSISTENCY_HEADER = 'x-consistency-token';

/** What the gateway's data sources read of the request's context (see server/protection/demand-control). */
export type ForwardedContext = {
  scope?: { token: string | null; requestId?: string; readAfter?: bigint; wrote?: bigint };
} & Record<string, unknown>;

/**
 * The client's bearer token, already verified here, goes on to the subgraph, which verifies it again
 * with the same keys: a subgraph trusts a signature, not its caller, and one reached without a token
 * serves the anonymous rights only. The subgraphs log (and audit writes) under the gateway's request
 * id. Read your writes: the client's consistency token goes on to every subgraph it reads from.
 */
function forwardedHeaders(context: ForwardedContext): Record<string, string> {
  const headers: Record<string, string> = {};
  const scope = context.scope;
  if (scope?.token) headers.authorization = `Bearer ${scope.token}`;
  if (scope?.requestId) headers['x-request-id'] = scope.requestId;
  if (scope?.readAfter !== undefined) headers[CONSISTENCY_HEADER] = formatWalPosition(scope.readAfter);
  return headers;
}

/** A subgraph over HTTP whose every fetch is timed (metrics) and carries the caller's identity. */
class TimedDataSource extends RemoteGraphQLDataSource<ForwardedContext> {
  private readonly post: ReturnType<typeof postJson>;

  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly onFetch: (subgraph: string, seconds: number, ok: boolean) => void,
    maxResponseBytes: number,
  ) {
    const post = postJson(url, maxResponseBytes);
    super({ url, fetcher: async (_url, init) => post(init?.headers ?? {}, String(init?.body ?? '')) });
    this.post = post;
  }

  /** The caller's token, request id and consistency token go on (forwardedHeaders). */
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<ForwardedContext>) {
    for (const [name, value] of Object.entries(forwardedHeaders(context))) request.http?.headers.set(name, value);
  }

  /** The query sent as it is, and the answer's text (the fast lane's one-fetch queries); undefined unless 200. */
  async forward(context: ForwardedContext, request: Record<string, unknown>): Promise<string | undefined> {
    const started = process.hrtime.bigint();
    let ok = false;
    try {
      const headers = { 'content-type': 'application/json', ...forwardedHeaders(context) };
      const response = await this.post(headers, JSON.stringify(request));
      ok = response.ok;
      return ok ? await response.text() : undefined;
    } finally {
      this.onFetch(this.subgraph, Number(process.hrtime.bigint() - started) / 1e9, ok);
    }
  }

  /** A subgraph's mutation answers with its write's position: the gateway answers with the latest of them. */
  override async didReceiveResponse({
    response,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<ForwardedContext>['didReceiveResponse']>>[0]) {
    const position = parseWalPosition(response.http?.headers.get(CONSISTENCY_HEADER) ?? '');
    const scope = context.scope;
    if (position !== undefined && scope && (scope.wrote === undefined || position > scope.wrote))
      scope.wrote = position;
    return response;
  }

  override async process(options: GraphQLDataSourceProcessOptions<ForwardedContext>) {
    const started = process.hrtime.bigint();
    let ok = false;
    try {
      const response = await super.process(options);
      ok = !response.errors?.length;
      return response;
    } finally {
      this.onFetch(this.subgraph, Number(process.hrtime.bigint() - started) / 1e9, ok);
    }
  }
}

type Fetcher = NonNullable<NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;
type FetcherHeaders = FetcherResponse['headers'];

/**
 * The subgraph's request over node:http and a keep-alive agent of the subgraph's own, instead of
 * @apollo/gateway's fetch client: its default (make-fetch-happen, whose cache layers, retries and proxy
 * agent took about 13% of the gateway's CPU), and node-fetch after it (a Request, Headers and body
 * streams per fetch, ~15% of the gateway's CPU on the nested fetch), did work a JSON POST on a private
 * link does not need. The request goes out in one write (headers and body), the answer is read whole.
 * Still node:http, so the trace context goes on to the subgraph (tracing.ts). No compression asked:
 * the answer is read at once over a fast link, and encoding it costs both ends. An answer past
 * `maxResponseBytes` is cut off and the fetch fails: a subgraph (or whatever answers at its address)
 * cannot make the gateway hold more than a client could be sent.
 */
export function postJson(
  url: string,
  maxResponseBytes = Number.POSITIVE_INFINITY,
): (headers: Record<string, string>, body: string) => Promise<SubgraphResponse> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  const agent = new client.Agent({ keepAlive: true });
  const options = {
    agent,
    method: 'POST',
    protocol: target.protocol,
    hostname: target.hostname,
    port: target.port,
    path: `${target.pathname}${target.search}`,
  };
  return (headers, body) =>
    new Promise<SubgraphResponse>((resolve, reject) => {
      const request = client.request(
        { ...options, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
        (response) => {
          const chunks: Buffer[] = [];
          let received = 0;
          response.on('data', (chunk: Buffer) => {
            received += chunk.length;
            if (received <= maxResponseBytes) return void chunks.push(chunk);
            request.destroy();
            reject(new Error(`a subgraph's answer passed ${maxResponseBytes} bytes`));
          });
          response.once('error', reject);
          response.once('end', () =>
            resolve(
              new SubgraphResponse(
                url,
                response.statusCode ?? 0,
                response.statusMessage ?? '',
                response.headers,
                (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8'),
              ),
            ),
          );
        },
      );
      request.once('error', reject);
      request.end(body);
    });
}

/** A subgraph's answer, read whole: what @apollo/gateway reads of a fetch response. */
export class SubgraphResponse implements FetcherResponse {
  readonly bodyUsed = false;
  readonly redirected = false;
  readonly headers: FetcherHeaders;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    headers: IncomingHttpHeaders,
    private readonly body: string,
  ) {
    const entries = Object.entries(headers).map(
      ([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')] as [string, string],
    );
    this.headers = new ResponseHeaders(entries);
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  async text(): Promise<string> {
    return this.body;
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.body);
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(this.body, 'utf8');
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  clone(): FetcherResponse {
    return this;
  }
}

/** Response headers by lower-case name. */
class ResponseHeaders implements FetcherHeaders {
  private readonly byName: Map<string, string>;

  constructor(entries: [string, string][]) {
    this.byName = new Map(entries);
  }

  get(name: string): string | null {
    return this.byName.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  set(name: string, value: string): void {
    this.byName.set(name.toLowerCase(), value);
  }

  delete(name: string): void {
    this.byName.delete(name.toLowerCase());
  }

  append(name: string, value: string): void {
    const current = this.get(name);
    this.set(name, current === null ? value : `${current}, ${value}`);
  }

  entries(): IterableIterator<[string, string]> {
    return this.byName.entries();
  }

  keys(): IterableIterator<string> {
    return this.byName.keys();
  }

  values(): IterableIterator<string> {
    return this.byName.values();
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.byName.entries();
  }
}

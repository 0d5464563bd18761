import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import http from 'node:http';
import https from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
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
): ApolloGateway {
  return newGateway({
    supergraphSdl,
    buildService: ({ name }) => {
      const url = urls[name as SubgraphName];
      if (!url) throw new Error(`no URL configured for subgraph ${name}`);
      return new TimedDataSource(name, url, onFetch);
    },
  });
}

/** The header of consistency tokens (src/server/consistency.ts). */
const CONSISTENCY_HEADER = 'x-consistency-token';

/** What the gateway's data sources read of the request's context (see server/protection/demand-control). */
export type ForwardedContext = {
  scope?: { token: string | null; requestId?: string; readAfter?: bigint; wrote?: bigint };
} & Record<string, unknown>;

/** A subgraph over HTTP whose every fetch is timed (metrics) and carries the caller's identity. */
class TimedDataSource extends RemoteGraphQLDataSource<ForwardedContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly onFetch: (subgraph: string, seconds: number, ok: boolean) => void,
  ) {
    const post = postJson(url);
    super({ url, fetcher: async (_url, init) => post(init?.headers ?? {}, String(init?.body ?? '')) });
  }

  /**
   * The client's bearer token, already verified here, goes on to the subgraph, which verifies it again
   * with the same keys: a subgraph trusts a signature, not its caller, and one reached without a token
   * serves the anonymous rights only.
   */
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<ForwardedContext>) {
    const token = context.scope?.token;
    if (token) request.http?.headers.set('authorization', `Bearer ${token}`);
    // The subgraphs log (and audit writes) under the gateway's request id.
    const requestId = context.scope?.requestId;
    if (requestId) request.http?.headers.set('x-request-id', requestId);
    // Read your writes: the client's consistency token goes on to every subgraph it reads from.
    const readAfter = context.scope?.readAfter;
    if (readAfter !== undefined) request.http?.headers.set(CONSISTENCY_HEADER, formatWalPosition(readAfter));
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
 * the answer is read at once over a fast link, and encoding it costs both ends.
 */
export function postJson(url: string): (headers: Record<string, string>, body: string) => Promise<SubgraphResponse> {
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
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
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

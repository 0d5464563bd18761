import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import http from 'node:http';
import https from 'node:https';
import nodeFetch from 'node-fetch';
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
    super({ url, fetcher: subgraphFetcher(url) });
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

/**
 * The data source's fetches over node-fetch and a keep-alive agent of the subgraph's own, rather than
 * @apollo/gateway's default make-fetch-happen, whose cache layers, retries and proxy agent (a stack
 * trace per request to tell http from https) took about 13% of the gateway's CPU on the nested fetch.
 * Still node:http underneath, so the trace context goes on to the subgraph (tracing.ts). No
 * compression asked: the answer is read at once over a fast link, and encoding it costs both ends.
 */
function subgraphFetcher(url: string): Fetcher {
  const agent =
    new URL(url).protocol === 'https:' ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true });
  return ((input: string, init?: Parameters<Fetcher>[1]) =>
    nodeFetch(input, { ...init, agent, compress: false })) as unknown as Fetcher;
}

import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';

/*
 * Real subscription clients for the tests and the bench: graphql-ws over a WebSocket and graphql-sse
 * over Server-Sent Events (distinct connections), as a partner app would use them.
 */

export interface Received {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface Subscription {
  /** Every payload received so far, in order. */
  received: Received[];
  /** Resolves when the server completes the stream (or rejects with its error or close event). */
  ended: Promise<void>;
  /** Waits until `count` payloads arrived (rejects after `ms`). */
  until(count: number, ms?: number): Promise<Received[]>;
  stop(): void;
}

function subscription(
  start: (sink: { next(value: Received): void; error(error: unknown): void; complete(): void }) => () => void,
): Subscription {
  const received: Received[] = [];
  const waiters: (() => void)[] = [];
  let settle!: { resolve: () => void; reject: (error: unknown) => void };
  const ended = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  ended.catch(() => undefined);
  const wake = () => waiters.splice(0).forEach((waiter) => waiter());
  const dispose = start({
    next: (value) => {
      // When it arrived (wall clock), for the bench's latency figures.
      Object.defineProperty(value, 'arrivedAt', { value: Date.now(), enumerable: false });
      received.push(value);
      wake();
    },
    error: (error) => {
      settle.reject(error);
      wake();
    },
    complete: () => {
      settle.resolve();
      wake();
    },
  });
  return {
    received,
    ended,
    async until(count, ms = 8000) {
      const deadline = Date.now() + ms;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`received ${received.length} of ${count} events`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return received.slice(0, count);
    },
    stop: dispose,
  };
}

export function wsUrl(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws');
}

/** A graphql-ws client on the API's /graphql, authenticated by `connectionParams`. */
export function wsClient(httpUrl: string, token: string | null): WsClient {
  return createWsClient({
    url: wsUrl(httpUrl),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

export function subscribeWs(client: WsClient, query: string, variables: Record<string, unknown> = {}): Subscription {
  return subscription((sink) => client.subscribe<Record<string, unknown>>({ query, variables }, sink as never));
}

/** A graphql-sse subscription (its own connection, `Accept: text/event-stream`). */
export function subscribeSse(
  httpUrl: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Subscription {
  const client = createSseClient({
    url: httpUrl,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    singleConnection: false,
  });
  return subscription((sink) => {
    const stop = client.subscribe<Record<string, unknown>>({ query, variables }, sink as never);
    return () => {
      stop();
      client.dispose();
    };
  });
}

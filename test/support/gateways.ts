import { loadSettings, type Settings } from '../../src/config';
import { startInProcessApi, startRemoteGateway } from '../../src/server/api';
import type { RunningServer } from '../../src/server/http';
import { silentLogger } from '../../src/server/observability/logger';
import type { TestApi } from './api';
import { startSubgraphServers } from './subgraph-servers';

/** The two ways clients reach the API: one process (the default), and a gateway over subgraph services. */
export const MODES = ['in-process', 'distributed'] as const;
export type Mode = (typeof MODES)[number];

export interface Gateways {
  settings: Settings;
  urls: Record<Mode, string>;
  stop(): Promise<void>;
}

/**
 * The API over a test database as `npm start` serves it, in both run modes: in process, and the
 * distributed gateway over three subgraph services. Production settings (errors masked), an HS256
 * secret of the test's own, no cost budget.
 */
export async function startGateways(api: TestApi, secret: string): Promise<Gateways> {
  const settings = loadSettings({
    NODE_ENV: 'production',
    DATABASE_URL: api.databaseUrl,
    AUTH_JWT_SECRET: secret,
    COST_BUDGET: '0',
    // No background sender: the write tests compare the database before and after each write.
    WEBHOOKS: 'off',
  });
  const servers: RunningServer[] = [];
  const inProcess = await startInProcessApi(settings, api.orm, silentLogger, 0);
  servers.push(inProcess);
  const subgraphs = await startSubgraphServers(settings, api.orm);
  const remote = await startRemoteGateway({ ...settings, subgraphUrls: subgraphs.urls }, silentLogger, 0);
  servers.push(remote);
  return {
    settings,
    urls: { 'in-process': inProcess.url, distributed: remote.url },
    stop: async () => {
      for (const server of servers.reverse()) await server.stop();
      await subgraphs.stop();
    },
  };
}

export interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
}

/** POSTs a GraphQL request as a client would, with a bearer token when given. */
export async function post(
  url: string,
  body: unknown,
  token?: string | null,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

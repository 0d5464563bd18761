import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings, SUBGRAPH_NAMES } from '../src/config';
import { startRemoteGateway } from '../src/server/api';
import type { RunningServer } from '../src/server/http';
import { silentLogger } from '../src/server/observability/logger';
import { ProgramDeepFetchDocument } from './generated/operations';
import { startSubgraphServers, type SubgraphServers } from './support/subgraph-servers';
import { dataOf, startTestApi, type TestApi } from './support/api';
import { fullToken } from './support/tokens';

/*
 * Distributed mode: three subgraph HTTP servers and a gateway that reads the committed supergraph
 * and reaches them over loopback. The same nested operation must give the same answer as in-process.
 */

let api: TestApi;
let subgraphs: SubgraphServers;
let servers: RunningServer[];
let gateway: RunningServer;

beforeAll(async () => {
  api = await startTestApi();
  const settings = loadSettings({ NODE_ENV: 'test', DATABASE_URL: api.databaseUrl });
  subgraphs = await startSubgraphServers(settings, api.orm);
  servers = subgraphs.servers;
  gateway = await startRemoteGateway({ ...settings, subgraphUrls: subgraphs.urls }, silentLogger, 0);
});

afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
  await api?.close();
});

async function post(url: string, body: unknown) {
  // As test/support/api.ts's run: a nationwide role with personal:read, passed on to the subgraphs.
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      authorization: `Bearer ${await fullToken()}`,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
}

describe('distributed mode', () => {
  it('answers a nested three-subgraph operation exactly as the in-process gateway does', async () => {
    const variables = { code: 'COUNTY-HIGH-SCHOOL-TRUSTEESHIP' };
    const inProcess = dataOf(await api.run(ProgramDeepFetchDocument, variables));
    const remote = await post(gateway.url, { query: print(ProgramDeepFetchDocument), variables });
    expect(remote.status).toBe(200);
    expect(remote.body.errors).toBeUndefined();
    expect(remote.body.data).toEqual(inProcess);
  });

  it('times every subgraph fetch (metrics) and reports the subgraphs in readiness', async () => {
    const base = gateway.url.replace(/\/graphql$/, '');
    const text = await (await fetch(`${base}/metrics`)).text();
    for (const name of SUBGRAPH_NAMES) {
      const count = new RegExp(
        `^subgraph_fetch_duration_seconds_count\\{subgraph="${name}",outcome="ok"\\} (\\d+)$`,
        'm',
      );
      expect(Number(count.exec(text)?.[1] ?? 0), name).toBeGreaterThan(0);
    }
    expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: 'ready', subgraphs: 'ok' });
  });

  it('each subgraph serves its own SDL over HTTP', async () => {
    for (const server of servers) {
      const { body } = await post(server.url, { query: '{ _service { sdl } }' });
      expect((body.data as { _service: { sdl: string } })._service.sdl).toContain('@key(fields: "id")');
    }
  });
});

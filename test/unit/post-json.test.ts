import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson } from '../../src/gateway/gateway';

/*
 * The distributed gateway's subgraph client reads an answer whole: past the cap it stops reading and the
 * fetch fails, whatever answers at the subgraph's address (a real HTTP server here, writing without end).
 */

let server: http.Server;
let url: string;
let written = 0;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    request.resume();
    if (request.url === '/small') return void response.end('{"data":{"ok":true}}');
    // An answer that never ends: 64 KiB chunks until the client goes away.
    response.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const write = () => {
      while (!response.destroyed && written < 64 * 1024 * 1024) {
        written += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', write);
      }
      response.end();
    };
    response.on('close', () => response.destroy());
    write();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("the gateway's subgraph client", () => {
  it('reads an answer under the cap whole', async () => {
    const response = await postJson(`${url}/small`, 1024)({ 'content-type': 'application/json' }, '{}');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { ok: true } });
  });

  it('stops reading an answer past the cap and fails the fetch', async () => {
    const post = postJson(`${url}/endless`, 1024 * 1024);
    // The outcome as a short text: an answer of 64 MiB would not do as a failed assertion's message.
    const outcome = await post({ 'content-type': 'application/json' }, '{}').then(
      (response) => `answered ${response.status}`,
      (error: Error) => error.message,
    );
    expect(outcome).toMatch(/passed 1048576 bytes/);
    // The server was cut off soon after the cap (its socket buffers hold a few chunks), not after 64 MiB.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(written).toBeLessThan(32 * 1024 * 1024);
  });
});

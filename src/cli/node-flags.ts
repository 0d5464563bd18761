/**
 * V8 flags of the API server's process (dist/src/cli/start.js). V8 reads them only at start, so they are
 * on its command line: `npm start` passes them (package.json, kept in step by test/node-flags.test.ts), and
 * so do the bench and the stress run. Semi-spaces of 32 MB (V8's default on 64-bit is 16 MB): under load a
 * request's garbage is collected half as often, so fewer objects of requests still running are caught
 * by a scavenge and promoted (the bench's 8 connections, ABBA-ordered probe: scavenges 7.4 -> 3.6 per
 * 1,000 requests, p99 lower on the nested fetch, first page and list), for about 35 MB more RSS under load.
 * A deployment that runs start.js itself passes them too (NODE_OPTIONS accepts them).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];

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

/**
 * The environment of the API server's process, set by `npm start` (package.json, kept in step by
 * test/node-flags.test.ts) unless the caller's environment sets it, and by the bench and the stress run.
 * MALLOC_ARENA_MAX=2: glibc's malloc makes up to 8 arenas a core for the threads that allocate (V8's
 * collector helpers, libuv's pool), each keeping freed memory of its own, so a server back from a load
 * holds on to more; with two, the stress soak's RSS after the load came 3–4 points nearer its start
 * (60 s soaks at 50 connections: +10.3% and +9.0% → +7.4%, +6.4% and +10.0%). glibc reads it only at start.
 */
export const SERVER_NODE_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };

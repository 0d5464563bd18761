import { signIn } from '../stress/http';
import { soakPhase } from '../stress/load';
import { goodOperations } from '../stress/operations';
import { ApiServer } from '../stress/server';
import type { SoakFigures } from './anchor/table';
import { copyDatabase, dropDatabase, prepareDatabase, type BenchServer } from './databases';

/*
 * `--anchor postgraphile --soak`: the stress run's soak (test/stress/load.ts: good and abusive
 * operations mixed, 50 connections) on a fresh API server over a copy of the scale-1 bench database,
 * for the table's memory row. The start figure is read as in `npm run stress` (whose soak also gets a
 * new server process): after start-up, each good operation once, and SETTLE_SECONDS (15 s) idle.
 */

const COPY = 'agapi_bench_soak';
const CONNECTIONS = 50;

export async function soakBench(
  server: BenchServer,
  options: { seconds: number; log: (line: string) => void },
): Promise<SoakFigures> {
  const { log } = options;
  const source = await prepareDatabase(server, 1, { reseed: false, log });
  const url = await copyDatabase(server, source, COPY);
  try {
    await signIn();
    const good = await goodOperations(url, log);
    const api = new ApiServer(url);
    log(`soak: ${options.seconds} s at ${CONNECTIONS} connections, ${good.length} good operations, over ${COPY}`);
    await api.start();
    try {
      const soak = await soakPhase(api.base, api.child.pid, good, {
        seconds: options.seconds,
        connections: CONNECTIONS,
        abusiveEvery: 4,
      });
      return {
        seconds: options.seconds,
        connections: CONNECTIONS,
        requestsPerSecond: soak.requestsPerSecond,
        startBytes: soak.rss.startBytes,
        peakBytes: soak.rss.peakBytes,
        endBytes: soak.rss.settledBytes,
        failures: soak.failures,
      };
    } finally {
      await api.stop();
    }
  } finally {
    await dropDatabase(server, COPY);
  }
}

import cluster, { type Worker } from 'node:cluster';
import type { Settings } from '../config';
import { openDatabase } from './bootstrap';
import http from 'node:http';
import type { Logger } from '../server/observability/logger';
import { clusterMetrics, METRICS_CONTENT_TYPE } from '../server/observability/metrics';

/** A worker that dies within this long of its start is not restarted (it would only die again). */
const MIN_LIFE_MS = 5000;

/**
 * Every core (WORKERS=auto or a number): this primary process prepares the database once (starts the
 * embedded PostgreSQL when there is no DATABASE_URL, migrates, seeds an empty one), then forks the
 * workers, which serve the API on one port (node:cluster hands them its connections in turn) over
 * that database: each has its own pool, and they share the per-caller budget through it
 * (COST_BUDGET_STORE=postgres). A worker that dies is replaced; SIGTERM/SIGINT stop them all
 * gracefully (each drains its requests), then the embedded PostgreSQL.
 */
export async function runPrimary(
  settings: Settings,
  logger: Logger,
  onStop: (cleanup: () => Promise<void>) => void,
): Promise<void> {
  const log = (line: string) => logger.info(line);
  const db = await openDatabase(settings, log, { seedIfEmpty: true });
  // The primary serves nothing: only the workers keep pools.
  await db.replicas?.close();
  await db.orm.close();
  onStop(db.database.close);

  let stopping = false;
  const started = new Map<number, number>();
  // The workers serve their own /metrics on the API's port (one worker's, whichever answers); the
  // primary serves all of theirs summed on METRICS_PORT.
  const env = { DATABASE_URL: db.database.url, METRICS_PORT: '' };
  const { metrics } = settings;
  if (metrics.enabled && metrics.port !== undefined) {
    const summed = clusterMetrics();
    const server = http.createServer((req, res) => {
      if (req.method !== 'GET' || req.url?.split('?')[0] !== metrics.path) {
        res.writeHead(404).end();
        return;
      }
      summed.text().then(
        (text) => res.writeHead(200, { 'content-type': METRICS_CONTENT_TYPE }).end(text),
        (error: unknown) => {
          logger.warn({ err: error }, 'cluster metrics');
          res.writeHead(503).end();
        },
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(metrics.port, settings.host, () => resolve());
    });
    onStop(() => new Promise<void>((resolve) => server.close(() => resolve())));
  }
  const fork = (): Worker => {
    const worker = cluster.fork(env);
    started.set(worker.id, Date.now());
    return worker;
  };
  cluster.on('exit', (worker, code, signal) => {
    const life = Date.now() - (started.get(worker.id) ?? 0);
    started.delete(worker.id);
    if (stopping) return;
    logger.error({ worker: worker.process.pid, code, signal }, 'worker exited');
    if (life >= MIN_LIFE_MS) fork();
    else if (started.size === 0) process.kill(process.pid, 'SIGTERM');
  });
  onStop(async () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => !!worker);
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
  });
  const ready = Array.from({ length: settings.workers }, () => fork()).map(
    (worker) => new Promise<void>((resolve) => worker.once('listening', () => resolve())),
  );
  await Promise.all(ready);
  log(`${settings.workers} workers serving http://${settings.host}:${settings.port}/graphql`);
}

import { existsSync } from 'node:fs';
import path from 'node:path';

/** The three subgraphs of the supergraph, in composition order. */
export const SUBGRAPH_NAMES = ['directory', 'people', 'assistance'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export interface Settings {
  /** 'production' masks internal errors and disables debug output. */
  nodeEnv: 'development' | 'production' | 'test';
  /** HTTP port of the gateway (or of a single subgraph with start:subgraph). */
  port: number;
  host: string;
  /** External PostgreSQL; when absent an embedded server is started. */
  databaseUrl: string | undefined;
  /** Data folder of the embedded PostgreSQL (kept across restarts). */
  embeddedDataDir: string;
  embeddedPort: number;
  /** Subgraph URLs for the distributed gateway; empty means in-process subgraphs. */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  /** Scale factor of the synthetic part of the seed dataset. */
  seedScale: number;
  /** Connection pool size per process. */
  poolSize: number;
  /** Log every SQL statement (development aid). */
  logSql: boolean;
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  }
  return value;
}

function subgraphUrls(env: NodeJS.ProcessEnv): Settings['subgraphUrls'] {
  const urls: Settings['subgraphUrls'] = {};
  for (const name of SUBGRAPH_NAMES) {
    const raw = env[`SUBGRAPH_${name.toUpperCase()}_URL`];
    if (!raw) continue;
    try {
      new URL(raw);
    } catch {
      throw new ConfigError(`SUBGRAPH_${name.toUpperCase()}_URL is not a URL: "${raw}"`);
    }
    urls[name] = raw;
  }
  const given = Object.keys(urls).length;
  if (given > 0 && given < SUBGRAPH_NAMES.length) {
    throw new ConfigError(`set all of SUBGRAPH_{${SUBGRAPH_NAMES.map((n) => n.toUpperCase()).join(',')}}_URL or none`);
  }
  return urls;
}

/** Reads and validates the environment once; every module takes its settings from here. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${nodeEnv}"`);
  }
  return {
    nodeEnv,
    port: integer(env, 'PORT', 4000, 0),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    embeddedDataDir: path.resolve(PROJECT_ROOT, env.EMBEDDED_PG_DIR ?? '.data/postgres'),
    embeddedPort: integer(env, 'EMBEDDED_PG_PORT', 54329),
    subgraphUrls: subgraphUrls(env),
    seedScale: integer(env, 'SEED_SCALE', 1),
    poolSize: integer(env, 'DB_POOL_SIZE', 10),
    logSql: env.LOG_SQL === '1' || env.LOG_SQL === 'true',
  };
}

/** The repository root (where package.json is), from source or from compiled output alike. */
export const PROJECT_ROOT = (() => {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
})();

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

/**
 * The anchor's installation: PostGraphile v5 and Node 22 (the `node` package) from npm, pinned by
 * test/bench/anchor/package.json and its package-lock.json, installed with `npm ci` into the
 * git-ignored .cache/anchor/ only when missing or when the pinned files changed (a marker holds
 * their hash), so repeat runs start at once.
 *
 * npm 11 runs no install script unless package.json allows it: of every package installed, only
 * `node` has one (preinstall: it installs the platform's Node binary package), allowed by the
 * pinned package.json's `allowScripts`.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/config';

export const ANCHOR_SOURCE_DIR = __dirname;
export const ANCHOR_CACHE_DIR = path.join(PROJECT_ROOT, '.cache', 'anchor');
const PINNED = ['package.json', 'package-lock.json'];
const MARKER = '.installed';

export interface AnchorInstall {
  /** Node 22's executable (node_modules/node/bin/node). */
  node: string;
  /** The folder whose node_modules holds PostGraphile. */
  dir: string;
  /** The Node version and PostGraphile's, e.g. for the report. */
  nodeVersion: string;
  postgraphileVersion: string;
  reused: boolean;
}

function pinnedHash(): string {
  const hash = createHash('sha256');
  for (const file of PINNED) hash.update(readFileSync(path.join(ANCHOR_SOURCE_DIR, file)));
  return hash.digest('hex');
}

export function ensureAnchorInstalled(log: (line: string) => void): AnchorInstall {
  const node = path.join(ANCHOR_CACHE_DIR, 'node_modules', 'node', 'bin', 'node');
  const marker = path.join(ANCHOR_CACHE_DIR, MARKER);
  const hash = pinnedHash();
  const current = existsSync(node) && existsSync(marker) && readFileSync(marker, 'utf8').trim() === hash;
  if (!current) {
    log(`anchor: installing PostGraphile and Node 22 into ${path.relative(PROJECT_ROOT, ANCHOR_CACHE_DIR)} (npm ci)…`);
    const started = performance.now();
    mkdirSync(ANCHOR_CACHE_DIR, { recursive: true });
    for (const file of PINNED) copyFileSync(path.join(ANCHOR_SOURCE_DIR, file), path.join(ANCHOR_CACHE_DIR, file));
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: ANCHOR_CACHE_DIR,
      stdio: ['ignore', 'ignore', 'inherit'],
      // The anchor's packages declare Node ≥ 22 while npm itself runs on the project's Node.
      env: { ...process.env, npm_config_engine_strict: 'false' },
    });
    if (!existsSync(node)) throw new Error(`anchor: npm ci did not install Node 22 at ${node}`);
    writeFileSync(marker, `${hash}\n`);
    log(`anchor: installed in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  const postgraphileVersion = (
    JSON.parse(readFileSync(path.join(ANCHOR_CACHE_DIR, 'node_modules', 'postgraphile', 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  return { node, dir: ANCHOR_CACHE_DIR, nodeVersion, postgraphileVersion, reused: current };
}

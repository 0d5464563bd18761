import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadSettings } from '../src/config';

const ROOT = path.resolve(__dirname, '..');

describe('settings', () => {
  it('defaults to the embedded database on port 4000', () => {
    const settings = loadSettings({});
    expect(settings).toMatchObject({ port: 4000, databaseUrl: undefined, seedScale: 1, subgraphUrls: {} });
  });

  it('names the variable that is wrong', () => {
    expect(() => loadSettings({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadSettings({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadSettings({ SUBGRAPH_DIRECTORY_URL: 'http://localhost:4001/graphql' })).toThrow(/SUBGRAPH_/);
  });
});

describe('npm start with an unreachable database', () => {
  it('prints a one-line cause and exits non-zero', () => {
    const result = spawnSync(process.execPath, ['-r', '@swc-node/register', 'src/cli/start.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none', PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: cannot reach DATABASE_URL \(postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none\)/);
    expect(result.stderr).not.toContain('secret');
  });
});

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

describe('every command says how to use it', () => {
  const commands: [string, string[]][] = [
    ['start', []],
    ['start-subgraph', []],
    ['seed', []],
    ['import', []],
    ['token', []],
    ['schema', []],
    ['migration-create', []],
  ];
  const run = (command: string, args: string[]) =>
    spawnSync(process.execPath, ['-r', '@swc-node/register', `src/cli/${command}.ts`, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none' },
      encoding: 'utf8',
      timeout: 60_000,
    });

  it.each(commands)('%s --help: its usage on stdout, exit 0, nothing else', (command) => {
    const result = run(command, ['--help']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm (start|run )/);
  });

  it.each([
    ['token', ['--bogus'], /^error: Unknown option '--bogus'\nusage: npm run -s token -- --role/],
    ['token', ['--role', 'nobody'], /^error: --role must be one of analyst, university, county, committee/],
    ['start', ['extra'], /^error: npm start takes no arguments, got "extra"\nusage: npm start/],
    ['start-subgraph', ['nowhere'], /^error: name one subgraph: directory, people, assistance\n/],
    ['schema', ['--chek'], /^error: unknown argument "--chek"\n/],
    ['import', ['rows.csv'], /^error: --kind must be one of activities\|/],
  ])('%s %j: one line of error and the usage, exit 2, no stack trace', (command, args, expected) => {
    const result = run(command, args as string[]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(expected);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm scripts', () => {
  const scripts = (
    JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;

  // npm signals its script's shell; a shell that waits for node instead of being it leaves node
  // running when npm and the shell go (test/npm-signals.test.ts shows the whole of it).
  it.each(Object.entries(scripts))('%s runs its last command with exec, so that signals reach it', (_name, script) => {
    const last = script.split('&&').at(-1)!.trim();
    expect(last).toMatch(/^(\w+=\S+ )*exec /);
  });

  it('build only when sources changed: tsc -b (incremental), not a full tsc -p', () => {
    for (const name of ['start', 'start:subgraph', 'seed', 'import', 'schema', 'schema:check', 'migration:create']) {
      // An environment variable node needs from its start may come before exec (MALLOC_ARENA_MAX: node-flags.ts).
      expect(scripts[name]).toMatch(/^tsc -b tsconfig\.json && (\w+=\S+ )*exec node (--[\w-]+(=\S+)? )*dist\//);
    }
  });
});

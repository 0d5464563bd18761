import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_ENV, SERVER_NODE_FLAGS } from '../src/cli/node-flags';
import { PROJECT_ROOT } from '../src/config';

describe("the API server's V8 flags", () => {
  it('are on the command line of `npm start`, before the script (V8 reads them only at start)', () => {
    const scripts = (
      JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    const command = /exec node (.*)dist\/src\/cli\/start\.js$/.exec(scripts.start ?? '');
    expect(command).not.toBeNull();
    expect(command![1]!.trim().split(/\s+/)).toEqual([...SERVER_NODE_FLAGS]);
  });

  it("come with the server's environment (MALLOC_ARENA_MAX), unless the caller's sets it", () => {
    const scripts = (
      JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    // What the start script's shell gives node (npm runs scripts with sh -c).
    const prefix = /&& (.*)exec node /.exec(scripts.start ?? '')?.[1] ?? '';
    const envOf = (given: Record<string, string>) =>
      execFileSync('sh', ['-c', `${prefix}exec env`], { env: { PATH: process.env.PATH, ...given } })
        .toString()
        .split('\n');
    expect(Object.keys(SERVER_NODE_ENV).length).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(SERVER_NODE_ENV)) {
      expect(envOf({})).toContain(`${name}=${value}`);
      expect(envOf({ [name]: '7' })).toContain(`${name}=7`);
    }
  });

  it('give the young generation its 32 MB semi-spaces', () => {
    const capacity = (flags: readonly string[]) =>
      Number(
        execFileSync(process.execPath, [
          ...flags,
          '-e',
          // Grown to its largest by allocating; the new space's capacity is two semi-spaces' worth at most.
          'let k=[];for(let i=0;i<4e6;i++){k.push({i});if(k.length>2e5)k=[]}' +
            "const s=require('v8').getHeapSpaceStatistics().find((s)=>s.space_name==='new_space');" +
            'console.log(s.space_size)',
        ]).toString(),
      );
    expect(capacity(SERVER_NODE_FLAGS)).toBeGreaterThan(capacity([]));
  });
});

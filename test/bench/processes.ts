import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

/*
 * Child processes of the bench (servers, floor, load driver): every one is registered and killed at
 * the end, on error and on Ctrl-C. Figures of a process come from /proc (Linux).
 */

const live = new Set<ChildProcess>();

export interface Child {
  name: string;
  pid: number;
  process: ChildProcess;
  /** The last lines the child wrote (stdout and stderr), for error messages. */
  output: string[];
  exited: Promise<number | null>;
}

function track(name: string, child: ChildProcess): Child {
  if (child.pid === undefined) throw new Error(`${name} did not start`);
  live.add(child);
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) output.push(line);
    if (output.length > 40) output.splice(0, output.length - 40);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      live.delete(child);
      resolve(code);
    }),
  );
  return { name, pid: child.pid, process: child, output, exited };
}

/** A Node.js script in its own process, with `env` as its whole environment (`node`: another Node's executable). */
export function startNode(
  name: string,
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  execArgv: string[] = [],
  node: string = process.execPath,
): Child {
  return track(name, spawn(node, [...execArgv, script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] }));
}

/** A forked Node.js script with an IPC channel (the load driver). */
export function forkNode(name: string, script: string, execArgv: string[]): Child {
  return track(name, fork(script, [], { execArgv, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] }));
}

export async function stopChild(child: Child, graceMs = 5000): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
}

/** Synchronous last resort (process 'exit'): SIGKILL whatever is still running. */
export function killAllNow(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
}

export async function stopAll(): Promise<void> {
  await Promise.all(
    [...live].map((child) =>
      stopChild({ name: '', pid: child.pid!, process: child, output: [], exited: exitOf(child) }),
    ),
  );
}

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', resolve));
}

export { freePort } from '../support/free-port';

/** Polls `url` until it answers 200 (at most `timeoutMs`); fails early when the child exits. */
export async function waitHealthy(child: Child, url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void child.exited.then(() => (exited = true));
  for (let attempt = 0; attempt < 10_000 && Date.now() < deadline; attempt++) {
    if (exited) break;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `${child.name} ${exited ? `exited (code ${child.process.exitCode})` : `not healthy within ${timeoutMs / 1000} s`}; last output:\n  ${child.output.slice(-15).join('\n  ')}`,
  );
}

export const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "pid (comm) ": state, ppid, … utime is the 14th field overall, stime the 15th.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) the process has used so far; 0 when it is gone. */
export function cpuSeconds(pid: number): number {
  const fields = statFields(pid);
  return fields ? (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS : 0;
}

/**
 * CPU seconds a process and all it has run used so far: its own, its children's that have exited and
 * been waited for (cutime, cstime: a PostgreSQL backend whose client disconnected), and the live ones'.
 */
export function cpuSecondsWithChildren(pid: number): number {
  const fields = statFields(pid);
  const reaped = fields ? (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS : 0;
  return reaped + cpuDelta(new Map(), treeCpu(pid));
}

/** VmRSS and VmHWM (peak since start or since resetPeak) in bytes. */
export function memory(pid: number): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return { rss: 0, peak: 0 };
  }
}

/** Resets VmHWM to the current RSS (Linux ≥ 4.0); false when not allowed. */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** A process and its direct children (PostgreSQL's postmaster and its backends). */
export function processTree(rootPid: number): number[] {
  const pids = [rootPid];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (fields && Number(fields[1]) === rootPid) pids.push(Number(entry));
  }
  return pids;
}

/** CPU seconds per pid of a tree, to diff two snapshots (processes that ended in between are lost). */
export function treeCpu(rootPid: number): Map<number, number> {
  return new Map(processTree(rootPid).map((pid) => [pid, cpuSeconds(pid)]));
}

export function cpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

/** CPU seconds every CPU of the machine spent busy so far (user, nice, system, irq, softirq). */
export function machineBusySeconds(): number {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = fields;
    return (user + nice + system + irq + softirq) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

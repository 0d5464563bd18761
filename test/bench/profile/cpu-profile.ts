/**
 * `--cpu-prof`: a profiled server is started with cpu-profile-hook.cjs preloaded; the bench starts and
 * stops its profiler around each timed run (SIGUSR2), moves the .cpuprofile to bench-results/ and
 * summarises it: self time summed per function name and script URL, the top 25.
 */
import { existsSync } from 'node:fs';
import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/config';
import type { Child } from '../processes';

export const CPU_PROFILE_HOOK = path.join(__dirname, 'cpu-profile-hook.cjs');
export const TOP_FRAMES = 25;
export const TOP_LAYERS = 15;

/** A profiled server process: its profile folder (CPU_PROFILE_DIR) and how many profiles it took. */
export interface Profiled {
  child: Child;
  dir: string;
  count: number;
}

async function waitFor(file: string, child: Child, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > deadline || child.process.exitCode !== null) {
      throw new Error(`${child.name}: no ${path.basename(file)} within ${timeoutMs / 1000} s (cpu profile)`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function startProfile(server: Profiled): Promise<void> {
  server.count++;
  server.child.process.kill('SIGUSR2');
  await waitFor(path.join(server.dir, `profile-${server.count}.started`), server.child, 10_000);
}

/** Stops the profiler and moves the profile to `target`. */
export async function stopProfile(server: Profiled, target: string): Promise<void> {
  server.child.process.kill('SIGUSR2');
  const file = path.join(server.dir, `profile-${server.count}.cpuprofile`);
  await waitFor(file, server.child, 60_000);
  await rename(file, target);
}

export interface Frame {
  functionName: string;
  url: string;
  selfMs: number;
  /** Share of the profile's samples that were not idle. */
  percent: number;
}

export interface ProfileSummary {
  /** The .cpuprofile, relative to the project. */
  file: string;
  process: string;
  durationMs: number;
  /** Sampled time that was not `(idle)`. */
  busyMs: number;
  top: Frame[];
  /** Self time per layer (layerOf): where the process's CPU goes, package by package. */
  layers: { layer: string; selfMs: number; percent: number }[];
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A script's URL as printed: inside node_modules from the package on, else relative to the project. */
function shortUrl(url: string): string {
  if (!url) return '';
  const file = url.startsWith('file://') ? url.slice('file://'.length) : url;
  const modules = file.lastIndexOf('/node_modules/');
  if (modules >= 0) return file.slice(modules + '/node_modules/'.length);
  return file.startsWith(PROJECT_ROOT) ? path.relative(PROJECT_ROOT, file) : file;
}

/**
 * The layer a frame belongs to: its npm package, Node's own module (`node:http`…), the project's
 * folder (`src/server`…), or the native function itself (`writev`, `(garbage collector)`).
 */
export function layerOf(functionName: string, url: string): string {
  if (!url) return functionName || '(native)';
  const short = shortUrl(url);
  if (short.startsWith('node:')) return short.replace(/^node:(internal\/)?([^/]+).*$/, 'node:$2');
  if (url.includes('/node_modules/')) {
    const parts = short.split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  return short
    .split('/')
    .slice(0, short.startsWith('dist/') ? 3 : 2)
    .join('/');
}

/** Self time per function name + URL: sample i lasts until sample i + 1 (timeDeltas[i + 1], µs). */
export async function summarise(file: string, processName: string): Promise<ProfileSummary> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const self = new Map<string, Frame>();
  const layers = new Map<string, number>();
  let busy = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const frame = frames.get(profile.samples[i]!);
    if (!frame) continue;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (frame.functionName === '(idle)') continue;
    busy += ms;
    const functionName = frame.functionName || '(anonymous)';
    const url = shortUrl(frame.url);
    const key = `${functionName}\u0000${url}`;
    const entry = self.get(key) ?? { functionName, url, selfMs: 0, percent: 0 };
    entry.selfMs += ms;
    self.set(key, entry);
    const layer = layerOf(frame.functionName, frame.url);
    layers.set(layer, (layers.get(layer) ?? 0) + ms);
  }
  const percentOf = (ms: number) => (busy > 0 ? (ms / busy) * 100 : 0);
  const top = [...self.values()]
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, TOP_FRAMES)
    .map((frame) => ({ ...frame, percent: percentOf(frame.selfMs) }));
  return {
    file: path.relative(PROJECT_ROOT, file),
    process: processName,
    durationMs: (profile.endTime - profile.startTime) / 1000,
    busyMs: busy,
    top,
    layers: [...layers]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP_LAYERS)
      .map(([layer, selfMs]) => ({ layer, selfMs, percent: percentOf(selfMs) })),
  };
}

import { MEMORY_AIMS, SETTLE_SECONDS, type MemoryParts, type OutagePhase, type SoakPhase } from './load';
import type { AbusiveRow, FuzzPhase, Phase } from './phases';

/** What bench-results/stress-<timestamp>.json holds. */
export interface StressResult {
  version: 1;
  date: string;
  commit: string;
  options: { soakSeconds: number; soakConnections?: number; fuzzCount: number; seed: number };
  setup: { serverStartMs: number; goodOperations: string[]; notes: string[] };
  abusive?: Phase & { rows: AbusiveRow[] };
  fuzz?: FuzzPhase;
  soak?: SoakPhase;
  outage?: OutagePhase;
  /** Set when the run stopped early (a setup failure or an exception in a phase). */
  error?: string;
  summary: Summary;
}

export interface Summary {
  passed: boolean;
  requests: number;
  refusals: Record<string, number>;
  fiveXx: number;
  rssStartBytes: number | null;
  rssPeakBytes: number | null;
  /** After the soak and SETTLE_SECONDS idle. */
  rssEndBytes: number | null;
  recoveryMs: number | null;
  phases: { name: string; passed: boolean }[];
}

const PHASES = ['abusive', 'fuzz', 'soak', 'outage'] as const;
const EXPECTED = ['1. abusive table', '2. fuzzer', '3. soak', '4. PostgreSQL down and up'];

export function summarize(result: Omit<StressResult, 'summary'>): Summary {
  const phases = PHASES.map((key) => result[key]).filter((p): p is NonNullable<typeof p> => !!p);
  const refusals: Record<string, number> = {};
  for (const p of phases)
    for (const [code, n] of Object.entries(p.refusals)) refusals[code] = (refusals[code] ?? 0) + n;
  const passed = phases.map((p) => ({ name: p.name, passed: p.passed }));
  // A phase that never ran (the run stopped before it) is a failed one.
  for (const name of EXPECTED) if (!passed.some((p) => p.name === name)) passed.push({ name, passed: false });
  return {
    passed: !result.error && passed.every((p) => p.passed),
    requests: phases.reduce((sum, p) => sum + p.requests, 0),
    refusals: Object.fromEntries(Object.entries(refusals).sort((a, b) => b[1] - a[1])),
    fiveXx: phases.reduce((sum, p) => sum + p.fiveXx, 0),
    rssPeakBytes: result.soak?.rss.peakBytes ?? null,
    rssStartBytes: result.soak?.rss.startBytes ?? null,
    rssEndBytes: result.soak?.rss.settledBytes ?? null,
    recoveryMs: result.outage?.recoveryMs ?? null,
    phases: passed,
  };
}

const mb = (bytes: number | null) => (bytes ? `${(bytes / 2 ** 20).toFixed(0)} MB` : '–');
const ms = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : `${Math.round(value)} ms`;
const verdict = (passed: boolean) => (passed ? 'PASS' : '**FAIL**');
const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .map(([key, n]) => `${key} ${n}`)
    .join(', ') || '–';
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function findings(p: Phase): string[] {
  return [
    ...p.failures.map((failure) => `- FAIL: ${cell(failure)}`),
    ...p.notes.map((note) => `- note: ${cell(note)}`),
  ];
}

function abusive(p: NonNullable<StressResult['abusive']>): string[] {
  return [
    `## ${p.name}: ${verdict(p.passed)}`,
    '',
    '| request | code | status | ms | SQL | |',
    '| --- | --- | ---: | ---: | ---: | --- |',
    ...p.rows.map(
      (row) =>
        `| ${cell(row.name)} | ${row.gotCodes.join(', ') || '–'}${row.gotCodes.join() === row.code ? '' : ` (expected ${row.code})`} | ${row.gotStatus}${row.gotStatus === row.status ? '' : ` (expected ${row.status})`} | ${Math.round(row.ms)} | ${row.sql} | ${row.problems.length ? 'FAIL' : 'ok'} |`,
    ),
    '',
    ...findings(p),
  ];
}

function fuzz(p: FuzzPhase): string[] {
  return [
    `## ${p.name}: ${verdict(p.passed)}`,
    '',
    `${p.requests} requests in ${p.seconds.toFixed(1)} s (seed ${p.seed}); latency p50 ${ms(p.latency.p50)}, p99 ${ms(p.latency.p99)}, max ${ms(p.latency.max)} (${p.latency.slowest}); server alive: ${p.serverAlive ? 'yes' : 'NO'}, GET /health after: ${p.healthAfter}`,
    '',
    `- by kind: ${counts(p.byKind)}`,
    `- by HTTP status: ${counts(p.byStatus)}`,
    `- by error code: ${counts(p.byCode)}`,
    `- by generator: ${counts(p.byGenerator)}`,
    '',
    ...findings(p),
  ];
}

function soak(p: SoakPhase): string[] {
  const d = p.driver;
  return [
    `## ${p.name}: ${verdict(p.passed)}`,
    '',
    d
      ? `${d.responses} responses in ${d.seconds.toFixed(1)} s at ${p.connections} connections (${p.requestsPerSecond.toFixed(0)} req/s); latency p50 ${d.latency.p50} ms, p99 ${d.latency.p99} ms, max ${d.latency.max} ms`
      : 'the driver gave no figures',
    '',
    ...(d
      ? [
          `- good operations: ${d.good.ok} ok, ${d.good.failed} failed`,
          `- abusive requests: ${d.abusive.refused} refused with their code, ${d.abusive.mismatched} not`,
          `- refusals by code: ${counts(d.refusals)}`,
          `- by HTTP status: ${counts(d.byStatus)}; 5xx: ${p.fiveXx}; connection errors and timeouts: ${d.errors}`,
        ]
      : []),
    `- server RSS: ${mb(p.rss.startBytes)} before (a new server process, each good operation answered once, then ${SETTLE_SECONDS} s idle), peak ${mb(p.rss.peakBytes)} (${p.rss.samples} samples, one a second; high-water mark ${p.rss.highWaterBytes ? mb(p.rss.highWaterBytes) : 'not available'}), ${mb(p.rss.endBytes)} right after the last response, ${mb(p.rss.settledBytes)} at the end (${SETTLE_SECONDS} s after the server's last answer)`,
    `- server V8 heap in use: ${mb(p.rss.heapUsed.start)} before, peak ${mb(p.rss.heapUsed.peak)}, ${mb(p.rss.heapUsed.settled)} at the end; external (Buffers): ${mb(p.rss.external.start)}, ${mb(p.rss.external.peak)}, ${mb(p.rss.external.settled)}`,
    ...parts(p.rss),
    `- memory aims: peak ≤ ${mb(MEMORY_AIMS.peakBytes)}: ${verdict(p.rss.aims.peakOk)}; end within ${Math.round((MEMORY_AIMS.endOverStart - 1) * 100)}% of the start (≤ ${mb(MEMORY_AIMS.endOverStart * p.rss.startBytes)}): ${verdict(p.rss.aims.endOk)}`,
    '',
    ...findings(p),
  ];
}

/** Where the start and end figures are: what the end holds over the start, by part. */
function parts(rss: SoakPhase['rss']): string[] {
  const { start, settled } = rss.parts ?? {};
  if (!start?.anonymousBytes || !settled?.anonymousBytes) return [];
  const v8 = (part: MemoryParts) => Object.values(part.v8Spaces).reduce((sum, bytes) => sum + bytes, 0);
  const pair = (a: number, b: number) => `${mb(a)} → ${mb(b)}`;
  const spaces = [...new Set([...Object.keys(start.v8Spaces), ...Object.keys(settled.v8Spaces)])].map(
    (space) => `${space} ${pair(start.v8Spaces[space] ?? 0, settled.v8Spaces[space] ?? 0)}`,
  );
  return [
    `- by part, start → end: anonymous ${pair(start.anonymousBytes, settled.anonymousBytes)}, file-backed ${pair(start.fileBytes, settled.fileBytes)}; V8 committed ${pair(v8(start), v8(settled))} (${spaces.join(', ')}); anonymous outside V8's heap (malloc, Buffers, stacks) ${pair(start.anonymousBytes - v8(start), settled.anonymousBytes - v8(settled))}`,
  ];
}

function outage(p: OutagePhase): string[] {
  const w = p.whileDown;
  return [
    `## ${p.name}: ${verdict(p.passed)}`,
    '',
    `PostgreSQL down for ${ms(p.downMs)}; GET ${p.readinessPath} while down: ${p.healthWhileDown}`,
    '',
    `- requests started while down: ${w.requests}, masked errors ${w.masked}; latency p50 ${ms(w.p50Ms)}, max ${ms(w.maxMs)}`,
    `- their outcomes: ${counts(w.outcomes)}`,
    `- time to recover (PostgreSQL accepting connections → first successful answer): ${ms(p.recoveryMs)}`,
    `- after the first success: ${p.afterRecovery.requests} requests, ${p.afterRecovery.failed} failed`,
    '',
    ...findings(p),
  ];
}

export function markdown(result: StressResult): string {
  const s = result.summary;
  const lines = [
    `# Stress run ${result.date}`,
    '',
    `commit ${result.commit}; soak ${result.options.soakSeconds} s; ${result.options.fuzzCount} fuzz cases, seed ${result.options.seed}; server started in ${ms(result.setup.serverStartMs)}; ${result.setup.goodOperations.length} good operations`,
    ...result.setup.notes.map((note) => `- ${note}`),
    '',
    ...(result.abusive ? abusive(result.abusive) : []),
    '',
    ...(result.fuzz ? fuzz(result.fuzz) : []),
    '',
    ...(result.soak ? soak(result.soak) : []),
    '',
    ...(result.outage ? outage(result.outage) : []),
    '',
    '## Summary',
    '',
    '| | |',
    '| --- | --- |',
    `| requests | ${s.requests} |`,
    `| rejections by code | ${counts(s.refusals)} |`,
    `| 5xx responses | ${s.fiveXx} |`,
    `| server RSS (soak) | start ${mb(s.rssStartBytes)}, peak ${mb(s.rssPeakBytes)}, end ${mb(s.rssEndBytes)} |`,
    ...(result.soak
      ? [
          `| memory aims (peak ≤ ${mb(MEMORY_AIMS.peakBytes)}, end within ${Math.round((MEMORY_AIMS.endOverStart - 1) * 100)}% of start) | ${verdict(result.soak.rss.aims.peakOk && result.soak.rss.aims.endOk)} |`,
        ]
      : []),
    `| time to recover | ${ms(s.recoveryMs)} |`,
    ...s.phases.map((p) => `| ${p.name} | ${verdict(p.passed)} |`),
    ...(result.error ? [`| stopped early | ${cell(result.error)} |`] : []),
    `| **result** | ${s.passed ? 'PASS' : '**FAIL**'} |`,
  ];
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

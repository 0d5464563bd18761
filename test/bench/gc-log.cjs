/*
 * Preloaded into an API server by test/bench/ab-probe.ts (`-r`, with GC_LOG set): every garbage
 * collection's pause as `<start, ms since the epoch> <duration ms> <kind>` lines in GC_LOG, on the
 * same clock as the probe's response times, so that slow responses can be matched to the pauses
 * they waited through. Also the event loop's stalls: a 1 ms timer that fires 3 ms or more late logs
 * `<start> <ms> busy` when the process used the CPU for most of that time (a long turn of JavaScript
 * or a collection) and `<start> <ms> off-cpu` when it did not (waiting for a core, or the kernel).
 * Written once a second (a write per collection would be a cost of its own).
 */
const { PerformanceObserver, performance, constants } = require('node:perf_hooks');
const { appendFileSync, writeFileSync } = require('node:fs');
const { setInterval } = require('node:timers');

const file = process.env.GC_LOG;
if (file) {
  writeFileSync(file, '');
  const KINDS = {
    [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
    [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
    [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
    [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak',
  };
  let lines = '';
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = KINDS[entry.detail?.kind] ?? String(entry.detail?.kind);
      lines += `${(performance.timeOrigin + entry.startTime).toFixed(3)} ${entry.duration.toFixed(3)} ${kind}\n`;
    }
  }).observe({ entryTypes: ['gc'] });
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  setInterval(() => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    const gap = now - last;
    if (gap >= 3) {
      const used = (cpu.user + cpu.system) / 1000;
      lines += `${(performance.timeOrigin + last).toFixed(3)} ${gap.toFixed(3)} ${used >= 0.7 * gap ? 'busy' : 'off-cpu'}\n`;
    }
    last = now;
    lastCpu = process.cpuUsage();
  }, 1).unref();
  setInterval(() => {
    if (lines) appendFileSync(file, lines);
    lines = '';
  }, 1000).unref();
}

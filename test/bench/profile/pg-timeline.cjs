/*
 * `node -r test/bench/profile/pg-timeline.cjs dist/src/cli/import.js …` with PG_TIMELINE_FILE=out.json:
 * a timeline of one process's statements and of the import's stages (npm run bench -- --import --timeline).
 * Per statement (pg runs one at a time per connection): when it was sent and when Node heard it was done,
 * the backend's CPU meanwhile (/proc/<pid>/schedstat, ns), Node's CPU at each end (process.cpuUsage);
 * per import stage (diagnostics_channel `agapi:import`, src/graphql/mutations/import.ts): its start and end.
 */
const { readFileSync, writeFileSync } = require('node:fs');
const { performance } = require('node:perf_hooks');
const diagnostics = require('node:diagnostics_channel');
const pg = require('pg');

const file = process.env.PG_TIMELINE_FILE;
const events = [];
const nodeCpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const backendNs = (pid) => {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
  } catch {
    return NaN;
  }
};
const textOf = (query) =>
  String(query.text ?? query._copy ?? query.constructor?.name ?? '?')
    .replace(/\s+/g, ' ')
    .slice(0, 90);

const Client = pg.Client.prototype;
const pulse = Client._pulseQueryQueue;
Client._pulseQueryQueue = function (...args) {
  const before = this.activeQuery;
  const result = pulse.apply(this, args);
  const active = this.activeQuery;
  if (active && active !== before && !active.__timeline) {
    active.__timeline = {
      pid: this.processID,
      text: textOf(active),
      sent: performance.now(),
      nodeCpuSent: nodeCpu(),
      backend: backendNs(this.processID),
    };
  }
  return result;
};
const ready = Client._handleReadyForQuery;
Client._handleReadyForQuery = function (...args) {
  const active = this.activeQuery;
  const mark = active?.__timeline;
  if (mark) {
    events.push({
      kind: 'sql',
      pid: mark.pid,
      text: mark.text,
      sent: mark.sent,
      done: performance.now(),
      nodeCpuSent: mark.nodeCpuSent,
      nodeCpuDone: nodeCpu(),
      backendMs: (backendNs(mark.pid) - mark.backend) / 1e6,
    });
  }
  return ready.apply(this, args);
};

diagnostics.subscribe('agapi:import', (message) => {
  events.push({ kind: 'stage', ...message, at: performance.now(), nodeCpu: nodeCpu() });
});

process.on('exit', () => {
  if (file) writeFileSync(file, JSON.stringify(events));
});

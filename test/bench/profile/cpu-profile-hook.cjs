/*
 * `npm run bench -- --cpu-prof`: preloaded (`node -r`) into a profiled server. The bench sends SIGUSR2
 * to start V8's CPU profiler (the one `node --cpu-prof` uses, same 1 ms sampling) right before a timed
 * run and again to stop it right after, so a profile holds the timed run only (not start-up or
 * warm-up). Profile n (from 1) goes to $CPU_PROFILE_DIR/profile-<n>.cpuprofile, written whole (a
 * temporary file renamed); `profile-<n>.started` tells that profiler n runs.
 */
const fs = require('node:fs');
const inspector = require('node:inspector');
const path = require('node:path');

const dir = process.env.CPU_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  let running = false;
  let count = 0;
  const post = (method, params) =>
    new Promise((resolve, reject) =>
      session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))),
    );
  const fail = (error) => process.stderr.write(`cpu profile: ${error && error.stack ? error.stack : error}\n`);
  process.on('SIGUSR2', () => {
    if (!running) {
      running = true;
      count++;
      const n = count;
      post('Profiler.enable')
        .then(() => post('Profiler.setSamplingInterval', { interval: 1000 }))
        .then(() => post('Profiler.start'))
        .then(() => fs.writeFileSync(path.join(dir, `profile-${n}.started`), ''))
        .catch(fail);
    } else {
      running = false;
      const n = count;
      post('Profiler.stop')
        .then(({ profile }) => {
          const file = path.join(dir, `profile-${n}.cpuprofile`);
          fs.writeFileSync(`${file}.tmp`, JSON.stringify(profile));
          fs.renameSync(`${file}.tmp`, file);
        })
        .then(() => post('Profiler.disable'))
        .catch(fail);
    }
  });
}

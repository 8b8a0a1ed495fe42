// Node side of runtime-probe/bench: the same workloads as java/RuntimeBench.java, printed as
// "name value unit median" (best of the measured rounds after the warm-up, then their median; the
// machine is shared, and interference only ever makes a round slower). One run is one workload;
// a round repeats runs until they add up to at least 200 ms and reports work / time of the runs.
'use strict';
const { Readable, Transform, Writable, pipeline } = require('stream');
const N = 1_000_000;
const CHUNK = 64 * 1024;
const GIB = 1 << 30;
const rounds = Number(process.argv[2] || 15);
const WARMUP = 10;

const ROUND_NS = 200e6;

// A run reports its work and its time (ns) through done(work, ns).
function rate(count, start) {
  return [count, Number(process.hrtime.bigint() - start)];
}

function immediateBreadth(done) {
  let counter = 0;
  const start = process.hrtime.bigint();
  const cb = () => { if (++counter === N) done(rate(N, start)); };
  for (let i = 0; i < N; i++) setImmediate(cb);
}

function immediateDepth(done) {
  let counter = 0;
  const start = process.hrtime.bigint();
  function again() { if (++counter < N) setImmediate(again); else done(rate(N, start)); }
  setImmediate(again);
}

function tickBreadth(done) {
  let counter = 0;
  const start = process.hrtime.bigint();
  const cb = () => { if (++counter === N) { const r = rate(N, start); setImmediate(() => done(r)); } };
  for (let i = 0; i < N; i++) process.nextTick(cb);
}

function tickDepth(done) {
  let counter = 0;
  const start = process.hrtime.bigint();
  function again() { if (++counter < N) process.nextTick(again); else { const r = rate(N, start); setImmediate(() => done(r)); } }
  process.nextTick(again);
}

function pipe(done) {
  const chunk = Buffer.alloc(CHUNK);
  const chunks = GIB / CHUNK;
  let sent = 0, received = 0;
  const start = process.hrtime.bigint();
  const src = new Readable({ highWaterMark: CHUNK, read() { if (sent < chunks) { sent++; this.push(chunk); } else this.push(null); } });
  const tr = new Transform({ highWaterMark: CHUNK, transform(c, e, cb) { cb(null, c); } });
  const dst = new Writable({ highWaterMark: CHUNK, write(c, e, cb) { received += c.length; cb(); } });
  pipeline(src, tr, dst, (err) => {
    if (err || received !== GIB) throw err || new Error('incomplete');
    done(rate(GIB / 1e6, start));
  });
}

const plan = [
  ['setImmediate-breadth', 'callbacks/s', immediateBreadth, rounds],
  ['setImmediate-depth', 'callbacks/s', immediateDepth, rounds],
  ['nextTick-breadth', 'callbacks/s', tickBreadth, rounds],
  ['nextTick-depth', 'callbacks/s', tickDepth, rounds],
  ['pipeline-1GiB', 'MB/s', pipe, rounds],
];

function runPlan(i) {
  if (i === plan.length) return;
  const [name, unit, fn, n] = plan[i];
  const values = [];
  let round = 0;
  // Warm-up: at least 10 rounds and 3 s, as on the Java side.
  const warmUntil = Date.now() + 3000;
  let warm = false;
  let work = 0, ns = 0;
  const next = () => setImmediate(() => fn(([w, t]) => {
    work += w;
    ns += t;
    if (ns < ROUND_NS) { next(); return; }
    const v = work / (ns / 1e9);
    work = 0;
    ns = 0;
    if (warm) values.push(v);
    else if (++round >= WARMUP && Date.now() >= warmUntil) warm = true;
    if (values.length < n) next();
    else {
      values.sort((a, b) => a - b);
      console.log(`${name} ${values[n - 1].toFixed(0)} ${unit} ${values[n >> 1].toFixed(0)}`);
      runPlan(i + 1);
    }
  }));
  next();
}
runPlan(0);

'use strict';
// (e) finished(stream, cb) (end-of-stream) against the events it waits for: a Writable that
// closes, one already closed, a Readable destroyed before 'end', streams that emit no 'close'
// (autoDestroy or emitClose off), a destroy(err), and a stream whose 'error' was already emitted.
const { Readable, Writable, finished } = require('stream');
const log = (s) => console.log(s);
const e = (err) => (err ? err.code ?? err.message : 'ok');

function sink(name, opts) {
  const w = new Writable({ ...opts, write(c, enc, cb) { cb(); } });
  for (const ev of ['finish', 'close']) w.on(ev, () => log(`${name} '${ev}'`));
  w.on('error', (err) => log(`${name} 'error' ${e(err)}`));
  return w;
}
function source(name, opts) {
  const r = new Readable({ ...opts, read() {} });
  for (const ev of ['end', 'close']) r.on(ev, () => log(`${name} '${ev}'`));
  r.on('error', (err) => log(`${name} 'error' ${e(err)}`));
  return r;
}
const steps = [
  () => {
    const w = sink('w1');
    finished(w, (err) => log(`finished w1 ${e(err)}`));
    w.end('x');
  },
  () => {
    const w = sink('w2');
    w.end('x');
    w.on('close', () => {
      finished(w, (err) => log(`finished w2 (after close) ${e(err)}`));
      process.nextTick(() => log('tick w2'));
    });
  },
  () => {
    const r = source('r3');
    finished(r, (err) => log(`finished r3 ${e(err)}`));
    r.push('a');
    r.destroy();
  },
  () => {
    const r = source('r4', { emitClose: false });
    finished(r, (err) => log(`finished r4 ${e(err)}`));
    r.resume();
    r.push('a');
    r.push(null);
  },
  () => {
    const w = sink('w5', { autoDestroy: false });
    finished(w, (err) => log(`finished w5 ${e(err)}`));
    w.end('x');
  },
  () => {
    const w = sink('w6');
    finished(w, (err) => log(`finished w6 ${e(err)}`));
    w.write('x');
    w.destroy(new Error('boom'));
  },
  () => {
    const w = sink('w7', { autoDestroy: false, emitClose: false });
    w.on('error', () => {
      process.nextTick(() => {
        finished(w, (err) => log(`finished w7 (after 'error') ${e(err)}`));
        process.nextTick(() => log('tick w7'));
      });
    });
    w.write('x');
    w.end();
    w.write('y');
  },
  () => {
    const r = source('r8');
    r.resume();
    r.push(null);
    r.on('end', () => {
      finished(r, (err) => log(`finished r8 (in 'end') ${e(err)}`));
      process.nextTick(() => log('tick r8'));
    });
  },
];
(function run(i) {
  if (i === steps.length) return;
  log(`-- step ${i + 1}`);
  steps[i]();
  setImmediate(() => setImmediate(() => run(i + 1)));
})(0);

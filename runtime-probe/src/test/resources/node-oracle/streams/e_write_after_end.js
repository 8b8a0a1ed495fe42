'use strict';
// (e) write after end: the write's callback gets ERR_STREAM_WRITE_AFTER_END on the next tick and
// the stream is destroyed with it; then end(cb) on a finished stream.
const { Writable } = require('stream');
const log = (s) => console.log(s);
const e = (err) => (err ? err.code ?? err.message : 'ok');

function make(name) {
  const w = new Writable({
    write(chunk, enc, cb) {
      log(`  ${name} _write(${chunk})`);
      cb();
    },
  });
  for (const ev of ['prefinish', 'finish', 'close']) {
    w.on(ev, () => log(`${name} '${ev}'`));
  }
  w.on('error', (err) => log(`${name} 'error' ${e(err)} destroyed=${w.destroyed}`));
  return w;
}

const a = make('a');
a.write('x');
a.end('y');
const r = a.write('z', (err) => log(`a cb z ${e(err)}`));
log(`a write after end -> ${r} destroyed=${a.destroyed} errored=${e(a.errored)}`);
a.end((err) => log(`a second end cb ${e(err)}`));
process.nextTick(() => log('tick a'));

setImmediate(() => {
  const b = make('b');
  b.on('finish', () => {
    log('b finish handler: end(cb) again, write()');
    b.end((err) => log(`b end cb after finish ${e(err)}`));
    const r2 = b.write('late', (err) => log(`b cb late ${e(err)}`));
    log(`b write after finish -> ${r2}`);
    process.nextTick(() => log('tick b'));
  });
  b.end('only', (err) => log(`b end cb ${e(err)}`));
});

'use strict';
// (e) destroy() of a Writable with buffered writes: the buffered writes' callbacks and the end
// callback get errors. First destroy() of a corked stream (nothing in flight) with end() after
// it, then destroy(err) while a write is in flight (errorBuffer waits for it).
const { Writable } = require('stream');
const log = (s) => console.log(s);
const e = (err) => (err ? err.code ?? err.message : 'ok');

function make(name, asyncSink) {
  const w = new Writable({
    highWaterMark: 10,
    write(chunk, enc, cb) {
      log(`  ${name} _write(${chunk})`);
      if (asyncSink) {
        setImmediate(() => {
          log(`  ${name} _write(${chunk}) calls back`);
          cb();
        });
      } else {
        cb();
      }
    },
  });
  for (const ev of ['drain', 'prefinish', 'finish', 'close']) {
    w.on(ev, () => log(`${name} '${ev}' length=${w.writableLength}`));
  }
  w.on('error', (err) => log(`${name} 'error' ${e(err)}`));
  return w;
}

const a = make('a', false);
a.cork();
a.write('one', (err) => log(`a cb one ${e(err)}`));
a.write('two');
a.write('three', (err) => log(`a cb three ${e(err)}`));
log(`a before destroy length=${a.writableLength} corked=${a.writableCorked}`);
a.destroy();
log(`a destroyed=${a.destroyed} closed=${a.closed} length=${a.writableLength}`);
// end() after destroy(): it uncorks, but a destroyed stream writes nothing.
a.end((err) => log(`a end cb ${e(err)}`));
log(`a end() returned corked=${a.writableCorked} length=${a.writableLength}`);
process.nextTick(() => log(`tick a closed=${a.closed}`));

setImmediate(() => {
  const b = make('b', true);
  b.write('four', (err) => log(`b cb four ${e(err)}`));
  b.write('five', (err) => log(`b cb five ${e(err)}`));
  b.write('six');
  b.end('seven', (err) => log(`b end cb ${e(err)}`));
  log(`b before destroy length=${b.writableLength}`);
  b.destroy(new Error('boom'));
  log(`b destroyed=${b.destroyed} closed=${b.closed} errored=${e(b.errored)}` +
      ` length=${b.writableLength}`);
  const r = b.write('eight', (err) => log(`b cb eight ${e(err)}`));
  log(`b write after destroy -> ${r}`);
  process.nextTick(() => log('tick b'));
  setImmediate(() => log('immediate b'));
});

'use strict';
// (a) A Writable whose _write calls back synchronously, highWaterMark 10: return values,
// which writes queue an after-write tick, and end(cb).
const { Writable } = require('stream');
const log = (s) => console.log(s);
const e = (err) => (err ? err.code ?? err.message : 'ok');

const w = new Writable({
  highWaterMark: 10,
  write(chunk, enc, cb) {
    log(`  _write(${chunk.length})`);
    cb();
  },
});
for (const ev of ['drain', 'prefinish', 'finish', 'close']) {
  w.on(ev, () => log(`'${ev}' length=${w.writableLength}`));
}
w.on('error', (err) => log(`'error' ${e(err)}`));

function write(id, size, withCb) {
  const r = withCb
    ? w.write(Buffer.alloc(size), (err) => log(`cb ${id} ${e(err)}`))
    : w.write(Buffer.alloc(size));
  log(`write ${id} (${size}${withCb ? ', cb' : ''}) -> ${r}` +
      ` length=${w.writableLength} needDrain=${w.writableNeedDrain}`);
  process.nextTick(() => log(`tick after ${id}`));
}

write('w1', 4, false);
write('w2', 6, false);
write('w3', 10, false);
write('w4', 12, false);
write('w5', 4, true);
write('w6', 6, true);
write('w7', 10, true);
write('w8', 12, true);
setImmediate(() => {
  log('immediate 1');
  write('w9', 12, false);
  write('w10', 4, true);
  w.cork();
  write('w11', 6, false);
  write('w12', 6, true);
  write('w13', 1, false);
  w.uncork();
  log(`uncorked length=${w.writableLength} needDrain=${w.writableNeedDrain}`);
  setImmediate(() => {
    log('immediate 2');
    w.cork();
    write('w14', 6, true);
    write('w15', 6, false);
    w.uncork();
    // end() before the after-write tick: 'drain' is not emitted once ending.
    w.end((err) => log(`end cb ${e(err)}`));
    log(`end() returned ended=${w.writableEnded} finished=${w.writableFinished}`);
    process.nextTick(() => log('tick after end'));
    setImmediate(() => log('immediate 3'));
  });
});

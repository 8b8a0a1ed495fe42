'use strict';
// (c) An object-mode Writable (highWaterMark 2) whose _write calls back synchronously: writes
// sharing one callback function are counted in one tick, writes without a callback take no tick
// of their own; 'drain'/'finish'/'close' against nextTick markers.
const { Writable } = require('stream');
const log = (s) => console.log(s);
const e = (err) => (err ? err.code ?? err.message : 'ok');

const w = new Writable({
  objectMode: true,
  highWaterMark: 2,
  write(obj, enc, cb) {
    log(`  _write(${obj})`);
    cb();
  },
});
for (const ev of ['drain', 'prefinish', 'finish', 'close']) {
  w.on(ev, () => log(`'${ev}' length=${w.writableLength}`));
}
w.on('error', (err) => log(`'error' ${e(err)}`));

const same = (err) => log(`same cb ${e(err)}`);
const other = (err) => log(`other cb ${e(err)}`);

function write(obj, cb) {
  const r = cb ? w.write(obj, cb) : w.write(obj);
  log(`write ${obj}${cb ? ' (' + cb.name + ')' : ''} -> ${r} length=${w.writableLength}`);
  process.nextTick(() => log(`tick after ${obj}`));
}

write('a', same);
write('b', same);
write('c');
write('d', same);
write('e');
write('f', other);
write('g', same);
setImmediate(() => {
  log('immediate 1');
  write('h');
  write('i');
  w.cork();
  write('j', same);
  write('k');
  write('l', same);
  w.uncork();
  log(`uncorked length=${w.writableLength} needDrain=${w.writableNeedDrain}`);
  setImmediate(() => {
    log('immediate 2');
    write('m', same);
    w.end('n', (err) => log(`end cb ${e(err)}`));
    log(`end('n') returned finished=${w.writableFinished}`);
    process.nextTick(() => log('tick after end'));
  });
});

'use strict';
// (b) A Writable whose _write calls back from setImmediate, highWaterMark 10, with _final:
// writes past the highWaterMark, when 'drain' comes, end() with a last chunk.
const { Writable } = require('stream');
const log = (s) => console.log(s);
const e = (err) => (err ? err.code ?? err.message : 'ok');

const w = new Writable({
  highWaterMark: 10,
  write(chunk, enc, cb) {
    log(`  _write(${chunk.length})`);
    setImmediate(() => {
      log(`  _write(${chunk.length}) calls back`);
      cb();
    });
  },
  final(cb) {
    log('  _final');
    setImmediate(() => {
      log('  _final calls back');
      cb();
    });
  },
});
for (const ev of ['drain', 'prefinish', 'finish', 'close']) {
  w.on(ev, () => log(`'${ev}' length=${w.writableLength} needDrain=${w.writableNeedDrain}`));
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

write('w1', 4, true);
write('w2', 4, false);
write('w3', 4, true);
write('w4', 2, false);
setImmediate(() => log('immediate A'));
w.once('drain', () => {
  log('drain handler writes again');
  write('w5', 8, true);
  write('w6', 3, false);
  w.end(Buffer.alloc(3), (err) => log(`end cb ${e(err)}`));
  log(`end(3 bytes) returned length=${w.writableLength} needDrain=${w.writableNeedDrain}` +
      ` ended=${w.writableEnded}`);
  process.nextTick(() => log('tick after end'));
  setImmediate(() => log('immediate B'));
});

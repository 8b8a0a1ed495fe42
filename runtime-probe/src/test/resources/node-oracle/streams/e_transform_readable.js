'use strict';
// (e) A Transform (highWaterMark 4) read in paused mode through 'readable' and read(): its
// write callbacks are held while the readable side is full, write() returns false, 'drain'
// comes once reads free the buffer, and its listener ends the stream.
const { Transform } = require('stream');
const log = (s) => console.log(s);
const e = (err) => (err ? err.code ?? err.message : 'ok');

const tr = new Transform({
  highWaterMark: 4,
  transform(chunk, enc, cb) {
    log(`  _transform(${chunk})`);
    cb(null, chunk);
  },
});
for (const ev of ['drain', 'prefinish', 'finish', 'end', 'close']) {
  tr.on(ev, () => log(`'${ev}' writableLength=${tr.writableLength}` +
      ` readableLength=${tr.readableLength}`));
}
tr.on('error', (err) => log(`'error' ${e(err)}`));

for (const c of ['aaa', 'bbb', 'ccc', 'ddd']) {
  const r = tr.write(c, (err) => log(`cb ${c} ${e(err)}`));
  log(`write ${c} -> ${r} writableLength=${tr.writableLength} readableLength=${tr.readableLength}`);
}
process.nextTick(() => log('tick 1'));
tr.once('drain', () => {
  tr.end('eee', (err) => log(`end cb ${e(err)}`));
  log('  end(eee) returned');
});
setImmediate(() => {
  log('immediate 1: listening for readable');
  tr.on('readable', () => {
    log(`'readable' readableLength=${tr.readableLength}`);
    let c;
    while ((c = tr.read(2)) !== null) {
      log(`  read(2) -> ${c}`);
    }
    log('  read(2) -> null');
  });
});

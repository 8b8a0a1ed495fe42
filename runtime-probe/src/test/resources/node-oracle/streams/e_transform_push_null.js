'use strict';
// (e) A Transform that calls this.push(null) inside _transform: the callback is deferred a tick,
// 'end' comes before 'finish', and a later chunk is a push after EOF.
const { Transform } = require('stream');
const log = (s) => console.log(s);
const e = (err) => (err ? err.code ?? err.message : 'ok');

const tr = new Transform({
  highWaterMark: 4,
  transform(chunk, enc, cb) {
    const s = chunk.toString();
    log(`  _transform(${s})`);
    if (s === 'stop') {
      this.push('last');
      this.push(null);
      log('  pushed null');
      cb();
      log('  called back');
    } else {
      cb(null, s);
    }
  },
});
for (const ev of ['end', 'close', 'prefinish', 'finish', 'drain', 'resume', 'pause']) {
  tr.on(ev, () => log(`'${ev}' readableEnded=${tr.readableEnded} writableLength=${tr.writableLength}`));
}
tr.on('error', (err) => log(`'error' ${e(err)}`));
tr.on('data', (c) => log(`'data' ${c}`));

let r = tr.write('ab', (err) => log(`cb ab ${e(err)}`));
log(`write ab -> ${r}`);
r = tr.write('stop', (err) => log(`cb stop ${e(err)}`));
log(`write stop -> ${r} writableLength=${tr.writableLength}`);
r = tr.write('cd', (err) => log(`cb cd ${e(err)}`));
log(`write cd -> ${r} writableLength=${tr.writableLength}`);
process.nextTick(() => log('tick 1'));
setImmediate(() => {
  log('immediate 1');
  tr.end((err) => log(`end cb ${e(err)}`));
  process.nextTick(() => log('tick 2'));
});

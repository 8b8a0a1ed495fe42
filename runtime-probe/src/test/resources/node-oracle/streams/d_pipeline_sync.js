'use strict';
// (d) pipeline(Readable -> Transform -> Writable), every highWaterMark 4 bytes, five 3-byte
// chunks, everything synchronous: the events of all three streams and the callback.
const { Readable, Transform, Writable, pipeline } = require('stream');
const log = (s) => console.log(s);
const e = (err) => (err ? err.code ?? err.message : 'ok');

const chunks = ['aaa', 'bbb', 'ccc', 'ddd', 'eee'];
let next = 0;
const src = new Readable({
  highWaterMark: 4,
  read() {
    if (next < chunks.length) {
      const c = chunks[next++];
      const r = this.push(c);
      log(`  src push(${c}) -> ${r} length=${this.readableLength}`);
    } else {
      log('  src push(null)');
      this.push(null);
    }
  },
});
const tr = new Transform({
  highWaterMark: 4,
  transform(chunk, enc, cb) {
    log(`  tr _transform(${chunk})`);
    cb(null, chunk.toString().toUpperCase());
  },
});
const dst = new Writable({
  highWaterMark: 4,
  write(chunk, enc, cb) {
    log(`  dst _write(${chunk})`);
    cb();
  },
});

pipeline(src, tr, dst, (err) => log(`pipeline cb ${e(err)}`));

function events(name, s, list) {
  for (const ev of list) s.on(ev, () => log(`${name} '${ev}'`));
  s.on('error', (err) => log(`${name} 'error' ${e(err)}`));
}
events('src', src, ['end', 'close', 'pause', 'resume']);
events('tr', tr, ['end', 'close', 'pause', 'resume', 'drain', 'prefinish', 'finish']);
events('dst', dst, ['drain', 'prefinish', 'finish', 'close']);
tr.on('data', (c) => log(`tr 'data' ${c}`));
process.nextTick(() => log('tick 1'));
setImmediate(() => log('immediate 1'));

'use strict';
// (d) pipeline(Readable -> Transform -> Writable) where the Transform fails on the third chunk:
// which streams are destroyed with the error, the 'error'/'close' order, the callback.
const { Readable, Transform, Writable, pipeline } = require('stream');
const log = (s) => console.log(s);
const e = (err) => (err ? err.code ?? err.message : 'ok');

const chunks = ['aaa', 'bbb', 'bad', 'ddd', 'eee'];
let next = 0;
const src = new Readable({
  highWaterMark: 4,
  read() {
    if (next < chunks.length) {
      const c = chunks[next++];
      log(`  src push(${c}) -> ${this.push(c)}`);
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
    if (chunk.toString() === 'bad') {
      cb(new Error('bad chunk'));
    } else {
      cb(null, chunk);
    }
  },
});
const dst = new Writable({
  highWaterMark: 4,
  write(chunk, enc, cb) {
    log(`  dst _write(${chunk})`);
    setImmediate(() => {
      log(`  dst _write(${chunk}) calls back`);
      cb();
    });
  },
});

pipeline(src, tr, dst, (err) => {
  log(`pipeline cb ${e(err)} destroyed: src=${src.destroyed} tr=${tr.destroyed}` +
      ` dst=${dst.destroyed}`);
});

function events(name, s, list) {
  for (const ev of list) s.on(ev, () => log(`${name} '${ev}'`));
  s.on('error', (err) => log(`${name} 'error' ${e(err)}`));
}
events('src', src, ['end', 'close', 'pause', 'resume']);
events('tr', tr, ['end', 'close', 'finish', 'unpipe']);
events('dst', dst, ['drain', 'finish', 'close', 'unpipe']);
process.nextTick(() => log('tick 1'));
setImmediate(() => log('immediate 1'));

'use strict';
// (e) cork()/uncork() with writev (highWaterMark 10): corked writes without any callback
// (kAllNoop: writev gets a no-op callback, so no after-write tick unless 'drain' is due)
// against corked writes where some have callbacks.
const { Writable } = require('stream');
const log = (s) => console.log(s);
const e = (err) => (err ? err.code ?? err.message : 'ok');

const w = new Writable({
  highWaterMark: 10,
  write(chunk, enc, cb) {
    log(`  _write(${chunk})`);
    cb();
  },
  writev(chunks, cb) {
    log(`  _writev(${chunks.map((c) => c.chunk.toString()).join(',')})`);
    cb();
  },
});
for (const ev of ['drain', 'prefinish', 'finish', 'close']) {
  w.on(ev, () => log(`'${ev}' length=${w.writableLength}`));
}
w.on('error', (err) => log(`'error' ${e(err)}`));

function write(s, withCb) {
  const r = withCb ? w.write(s, (err) => log(`cb ${s} ${e(err)}`)) : w.write(s);
  log(`write ${s}${withCb ? ' (cb)' : ''} -> ${r} length=${w.writableLength}`);
}

log('-- all without callbacks');
w.cork();
write('aaaa', false);
write('bbbb', false);
write('cccc', false);
w.uncork();
log(`uncorked length=${w.writableLength}`);
process.nextTick(() => log('tick 1'));
setImmediate(() => {
  log('-- some with callbacks');
  w.cork();
  write('dd', true);
  write('ee', false);
  w.cork();
  write('ff', true);
  w.uncork();
  log(`one uncork: corked=${w.writableCorked} length=${w.writableLength}`);
  w.uncork();
  log(`uncorked length=${w.writableLength}`);
  process.nextTick(() => log('tick 2'));
  setImmediate(() => {
    log('-- one buffered chunk: _write, not _writev');
    w.cork();
    write('gg', true);
    w.uncork();
    process.nextTick(() => log('tick 3'));
    setImmediate(() => {
      log('-- corked twice, no callbacks, below the highWaterMark: end() uncorks');
      w.cork();
      w.cork();
      write('hh', false);
      write('ii', false);
      w.end((err) => log(`end cb ${e(err)}`));
      log(`end() returned corked=${w.writableCorked}`);
      process.nextTick(() => log('tick 4'));
    });
  });
});

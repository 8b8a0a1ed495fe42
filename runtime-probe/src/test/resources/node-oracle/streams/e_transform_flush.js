'use strict';
// (e) A Transform with flush: the flushed chunk, 'prefinish'/'finish'/'end'/'close' order,
// first with a synchronous flush, then with one that calls back from setImmediate.
const { Transform } = require('stream');
const log = (s) => console.log(s);
const e = (err) => (err ? err.code ?? err.message : 'ok');

function make(name, asyncFlush, next) {
  const tr = new Transform({
    transform(chunk, enc, cb) {
      log(`  ${name} _transform(${chunk})`);
      cb(null, chunk.toString().toUpperCase());
    },
    flush(cb) {
      log(`  ${name} _flush`);
      if (asyncFlush) {
        setImmediate(() => {
          log(`  ${name} _flush calls back`);
          cb(null, 'tail');
        });
      } else {
        cb(null, 'tail');
      }
    },
  });
  for (const ev of ['prefinish', 'finish', 'end', 'close']) {
    tr.on(ev, () => log(`${name} '${ev}'`));
  }
  tr.on('error', (err) => log(`${name} 'error' ${e(err)}`));
  tr.on('data', (c) => log(`${name} 'data' ${c}`));
  tr.on('close', next);
  tr.write('x', (err) => log(`${name} cb x ${e(err)}`));
  tr.end('y', (err) => log(`${name} end cb ${e(err)}`));
  log(`${name} end() returned`);
  process.nextTick(() => log(`${name} tick 1`));
  setImmediate(() => log(`${name} immediate 1`));
}

make('sync', false, () => setImmediate(() => make('async', true, () => log('done'))));

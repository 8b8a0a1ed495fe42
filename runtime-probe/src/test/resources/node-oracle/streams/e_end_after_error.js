'use strict';
// (e) end(cb) after an error: a synchronous _write failure (the write callback and 'error' come
// a tick later), end(cb) before and after 'close'; then the same with autoDestroy off.
const { Writable } = require('stream');
const log = (s) => console.log(s);
const e = (err) => (err ? err.code ?? err.message : 'ok');

function make(name, autoDestroy, next) {
  const w = new Writable({
    autoDestroy,
    write(chunk, enc, cb) {
      const s = chunk.toString();
      log(`  ${name} _write(${s})`);
      cb(s === 'bad' ? new Error('bad chunk') : null);
    },
  });
  for (const ev of ['prefinish', 'finish', 'close']) {
    w.on(ev, () => log(`${name} '${ev}'`));
  }
  w.on('error', (err) => {
    log(`${name} 'error' ${e(err)} destroyed=${w.destroyed}`);
    process.nextTick(() => {
      w.end((err2) => log(`${name} end cb after 'error' ${e(err2)}`));
      log(`${name} end() after 'error' returned`);
    });
  });
  w.write('ok', (err) => log(`${name} cb ok ${e(err)}`));
  const r = w.write('bad', (err) => log(`${name} cb bad ${e(err)}`));
  log(`${name} write bad -> ${r} errored=${e(w.errored)} destroyed=${w.destroyed}`);
  w.end((err) => log(`${name} end cb ${e(err)}`));
  log(`${name} end() returned ended=${w.writableEnded}`);
  process.nextTick(() => log(`${name} tick`));
  setImmediate(() => {
    log(`${name} immediate closed=${w.closed}`);
    next();
  });
}

make('a', true, () => make('b', false, () => log('done')));

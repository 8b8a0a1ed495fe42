// "type": "module": tsc (module nodenext) emits ESM for .ts files here.
import type { Options } from './options.js';
import { readFile } from 'node:fs/promises';

const legacy = require('./legacy.cjs'); // expect: CommonJsInEsm
export const dir: string = __dirname; // expect: CommonJsInEsm "import.meta.dirname"

declare const module: { hot?: { accept(): void } }; // an ambient declaration binds the name
module.hot?.accept();

export function handler(require: (id: string) => unknown, opts: Options): unknown {
  return require(opts.name); // a parameter, not the CommonJS global
}

export const text = await readFile(new URL('./data.txt', import.meta.url), 'utf8');
console.log(legacy);

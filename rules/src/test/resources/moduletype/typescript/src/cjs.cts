// tsc emits require() for these imports: fine in CommonJS output.
import fs from 'node:fs';
import x = require('node:path');
export const here = __dirname;
const url = import.meta.url; // expect: EsmSyntaxInCommonJs
console.log(fs, x, url);

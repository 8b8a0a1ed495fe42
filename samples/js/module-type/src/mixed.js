// ES module syntax and a CommonJS global in one typeless file: fails on every Node version.
import { readFileSync } from 'node:fs';
const path = require('node:path'); // expect: MixedModuleSyntax

export const readme = readFileSync(path.join('..', 'README.md'), 'utf8');

import fs from 'node:fs';
const path = require('node:path'); // expect: MixedModuleSyntax "fails on every Node version"
console.log(fs, path);

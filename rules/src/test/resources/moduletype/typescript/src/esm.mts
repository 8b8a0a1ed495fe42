import type { Config } from './types.js';
const fs = require('node:fs'); // expect: CommonJsInEsm
export const config: Config = { dir: import.meta.dirname };
console.log(fs);

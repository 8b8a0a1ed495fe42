const path = require('node:path');
import fs from 'node:fs'; // expect: EsmSyntaxInCommonJs "import statement is a SyntaxError"
export const x = 1;

module.exports = { path, fs };

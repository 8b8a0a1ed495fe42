import { readFile } from 'node:fs/promises';
import path from 'node:path';

const config = require('./config.json'); // expect: CommonJsInEsm "require is not defined"
const here = __dirname; // expect: CommonJsInEsm "import.meta.dirname"
const self = __filename; // expect: CommonJsInEsm "import.meta.filename"

export async function load(name) {
  // Inside a function the global is still missing; it throws when load() runs.
  return readFile(path.join(__dirname, name)); // expect: CommonJsInEsm
}

module.exports = { load }; // expect: CommonJsInEsm "use export"
exports.helper = () => 1; // expect: CommonJsInEsm
Object.defineProperty(exports, 'x', { value: 1 }); // expect: CommonJsInEsm

// asynclint-disable-next-line CommonJsInEsm -- legacy path, removed in #42
const legacy = require('./legacy.cjs');

console.log(config, here, self, legacy);

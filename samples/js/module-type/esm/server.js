// "type": "module" folder: CommonJS globals do not exist here.
import { join } from 'node:path';

export const staticRoot = join(__dirname, 'public'); // expect: CommonJsInEsm "import.meta.dirname"

// The right way, and look-alikes that must stay clean:
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
export const pkg = require('../package.json');
export const note = 'module.exports and require() are CommonJS';

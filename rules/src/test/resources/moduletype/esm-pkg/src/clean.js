// Look-alikes that must stay clean in an ES module.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const pkg = require('../package.json');

const __filename = fileURLToPath(import.meta.url);
const __dirname = dirname(__filename);

const text = 'const x = require("fs"); module.exports = 1; __dirname';
const tpl = `require('a') ${pkg.name} module.exports`;
const re = /require\(['"]x['"]\)|module\.exports/;
/* module.exports = require('y'); exports.z = __filename; */
// require('fs') in a comment

function inner(module, exports) {
  module.exports = exports; // parameters named like the CommonJS globals
}

const obj = { require: 1, module: 2, exports: 3 };
obj.require = obj.module + obj.exports;

class Loader {
  require(id) {
    return import(id);
  }
}

const lazy = await import('./other.js');
console.log(text, tpl, re, inner, Loader, lazy, import.meta.dirname, __dirname);
export default pkg;

// CommonJS that loads ES modules correctly, and a few that do not.
const util = require('node:util');
const helper = require('./helper.cjs');
const data = require('./data.json');

const esm = require('./esm.mjs'); // expect: RequireOfEsm "ERR_REQUIRE_ESM"
const asyncEsm = require('./async.mjs'); // expect: RequireOfEsm "ERR_REQUIRE_ASYNC_MODULE"
const esmOnly = require('esm-only'); // expect: RequireOfEsm "ERR_PACKAGE_PATH_NOT_EXPORTED"
const esmMain = require('esm-main'); // expect: RequireOfEsm "ERR_REQUIRE_ESM"
const dual = require('dual'); // the "require" condition picks the CommonJS build

// Dynamic import() is how CommonJS loads ES modules: never a finding.
import('./esm.mjs').then((m) => console.log(m));
const name = './esm.mjs';
const computed = require(name); // not a literal: not followed

function local(require) {
  return require('./esm.mjs'); // a parameter named require, not the CommonJS one
}

const text = "require('./esm.mjs')";
module.exports = { util, helper, data, esm, asyncEsm, esmOnly, esmMain, dual, computed, local, text };

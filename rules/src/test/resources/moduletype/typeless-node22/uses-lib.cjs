const lib = require('./esm.js'); // require(esm) of a detected ES module works on 22.12
module.exports = lib;

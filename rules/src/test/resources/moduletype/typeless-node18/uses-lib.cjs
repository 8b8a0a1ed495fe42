const lib = require('./esm.js'); // the target is reported itself (EsmSyntaxInCommonJs)
module.exports = lib;

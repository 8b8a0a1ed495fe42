// .cjs inside a module package is CommonJS: require and module.exports are right here.
const fs = require('node:fs');
module.exports = { fs, dir: __dirname };

// Plain CommonJS in a typeless package: fine everywhere.
const fs = require('node:fs');
module.exports = { fs, file: __filename };

// CommonJS loading ES modules.
const { settings } = require('../esm/startup.mjs'); // expect: RequireOfEsm "top level"

// Dynamic import() works from CommonJS on every version: not a finding.
async function load() {
  const { staticRoot } = await import('../esm/server.js');
  return { settings, staticRoot };
}

module.exports = { load };

// A tool's .cjs config file in a "type": "module" package: CommonJS by extension, not flagged.
module.exports = {
  root: true,
  rules: { 'no-console': 'off' },
};

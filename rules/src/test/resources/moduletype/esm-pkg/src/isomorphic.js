// Isomorphic code (moment's locale loader): tests one CommonJS global, then uses another.
export function loadLocale(name) {
  if (typeof module !== 'undefined' && module && module.exports) {
    const aliasedRequire = require;
    return aliasedRequire('./locale/' + name);
  }
  return null;
}

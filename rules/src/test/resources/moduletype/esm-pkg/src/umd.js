// A UMD wrapper: every CommonJS global is tested with typeof before use.
(function (root, factory) {
  if (typeof exports === 'object' && typeof module !== 'undefined') {
    module.exports = factory();
  } else {
    root.lib = factory();
  }
})(globalThis, function () {
  return {};
});

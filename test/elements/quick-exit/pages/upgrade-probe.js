/* global window */
// The upgrade page: the script is NOT loaded until the test calls `__upgrade()` (after the no-JS
// fallback has been painted); /test/layout-shift-probe.js, loaded before, measures every shift.
(function () {
  window.__upgrade = function () {
    return import('/src/elements/quick-exit/define.ts');
  };
})();

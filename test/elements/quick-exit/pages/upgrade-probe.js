/* global window, PerformanceObserver */
// The upgrade page: the script is NOT loaded until the test calls `__upgrade()` (after the no-JS
// fallback has been painted), and every layout shift not caused by recent input is summed (CLS).
(function () {
  var shifts = { total: 0, entries: 0 };
  window.__shifts = shifts;
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (entry) {
      if (entry.hadRecentInput) return;
      shifts.total += entry.value;
      shifts.entries += 1;
    });
  }).observe({ type: 'layout-shift', buffered: true });
  window.__upgrade = function () {
    return import('/src/elements/quick-exit/define.ts');
  };
})();

// Loaded first (synchronously) by every generated bench page: records layout shifts
// from the start of the page, for bench/lib/pages.mjs to read.
(function () {
  var bench = { shifts: [], t0: null, t1: null };
  window.__bench = bench;
  function observe(type, record) {
    try {
      new PerformanceObserver(function (list) {
        list.getEntries().forEach(record);
      }).observe({ type: type, buffered: true });
    } catch (error) {
      bench[type + 'Unsupported'] = String(error);
    }
  }
  observe('layout-shift', function (entry) {
    if (!entry.hadRecentInput) bench.shifts.push(entry.value);
  });
})();

/* global window, document, location, customElements, requestAnimationFrame, PerformanceObserver, URLSearchParams */
// Loaded first by the layout-shift pages. Records every layout shift that was not caused by recent
// user input (the CLS definition), and loads the bundle either in the head (before first paint, the
// recommended embed) or late (after the no-JS fallback has been painted), per `?load=head|late`.
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

  function frames(n) {
    return new Promise(function (resolve) {
      (function next(left) {
        if (left === 0) resolve();
        else
          requestAnimationFrame(function () {
            next(left - 1);
          });
      })(n);
    });
  }
  window.__frames = frames;

  function loadBundle() {
    return new Promise(function (resolve) {
      var script = document.createElement('script');
      script.src = '/dist/stat-widgets.js';
      script.onload = resolve;
      document.head.append(script);
    });
  }

  var params = new URLSearchParams(location.search);
  var mode = params.get('load') || 'head';
  if (params.get('reserve')) document.write('<link rel="stylesheet" href="./reserve.css" />');
  var loaded = new Promise(function (resolve) {
    window.addEventListener('load', resolve, { once: true });
  });
  window.__ready = (
    mode === 'late'
      ? loaded
          .then(function () {
            return frames(3);
          })
          .then(function () {
            var banner = document.querySelector('help-banner');
            window.__fallbackHeight = banner ? banner.getBoundingClientRect().height : 0;
            return loadBundle();
          })
      : loaded
  )
    .then(function () {
      return customElements.whenDefined('help-banner');
    })
    .then(function () {
      return document.querySelector('help-banner').updateComplete;
    })
    .then(function () {
      return frames(3);
    });
  if (mode === 'head') document.write('<script src="/dist/stat-widgets.js"></' + 'script>');
})();

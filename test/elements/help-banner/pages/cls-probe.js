/* global window, document, location, customElements, requestAnimationFrame, URLSearchParams */
// Loaded by the layout-shift pages (`?tag=help-banner` by default, or `hotline-card`) after
// /test/layout-shift-probe.js, which measures every shift (`window.__shifts`). It loads the bundle
// either in the head (before first paint, the recommended embed) or late (after the no-JS fallback
// has been painted), per `?load=head|late`.
(function () {
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
  var tag = params.get('tag') || 'help-banner';
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
            var element = document.querySelector(tag);
            window.__fallbackHeight = element ? element.getBoundingClientRect().height : 0;
            return loadBundle();
          })
      : loaded
  )
    .then(function () {
      return customElements.whenDefined(tag);
    })
    .then(function () {
      return document.querySelector(tag).updateComplete;
    })
    .then(function () {
      return frames(3);
    });
  if (mode === 'head') document.write('<script src="/dist/stat-widgets.js"></' + 'script>');
})();

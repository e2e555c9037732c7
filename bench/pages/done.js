// A deferred script placed right after the bundle's: waits until every one of our elements on the
// page has rendered, then for the frame that paints them, and marks that moment.
(function () {
  var tags = (window.StatWidgets && window.StatWidgets.elements) || [];
  var elements = tags.length ? Array.prototype.slice.call(document.querySelectorAll(tags.join(','))) : [];
  Promise.all(
    elements.map(function (element) {
      return element.updateComplete;
    }),
  ).then(function () {
    requestAnimationFrame(function () {
      window.__bench.rendered = elements.length;
      window.__bench.t1 = performance.now();
    });
  });
})();

/* global window, document, PerformanceObserver */
// Layout shift, measured in every engine. Loaded as a classic script first thing in a page's <head>,
// it sets `window.__shifts`:
//   boxes  { total, moves }: after every rendered frame, the box of every element of the page's own DOM;
//          an element that was in the viewport in the frame before and moved is a shift, scored the
//          way the Layout Instability API scores one (impact fraction × distance fraction, per frame).
//          This works in Chromium, Firefox and WebKit alike.
//   api    { supported, total, entries }: Chromium's Layout Instability API (`layout-shift` entries
//          not caused by recent input), where the engine has it. Firefox and WebKit do not: `total`
//          then stays 0 and `supported` is false, so a test must never rely on it alone.
// Imported as a module (by a test, for its own document) it only defines `window.__trackShifts(win)`,
// which starts the box measure for `win` and returns its `{ total, moves }`.
(function () {
  function trackShifts(win) {
    var doc = win.document;
    var boxes = { total: 0, moves: 0, movers: [] };
    var last = new WeakMap();
    // Sampled in a task right after each frame has been rendered: what the visitor saw painted, not
    // the intermediate layout that a read inside a frame's callbacks would force.
    function afterFrame() {
      win.setTimeout(sample, 0);
    }
    function sample() {
      var width = win.innerWidth;
      var height = win.innerHeight;
      var moved = null;
      var distance = 0;
      var all = doc.querySelectorAll('body, body *');
      for (var i = 0; i < all.length; i += 1) {
        var rect = all[i].getBoundingClientRect();
        var visible = rect.width > 0 && rect.height > 0;
        var before = last.get(all[i]);
        last.set(all[i], visible ? rect : null);
        // Only what the visitor saw move: an element that was off screen before (a bottom banner
        // leaving the end of the page for the viewport's edge) appears, as the API counts it.
        if (!visible || !before || before.bottom <= 0 || before.top >= height) continue;
        if (before.right <= 0 || before.left >= width) continue;
        var dx = rect.left - before.left;
        var dy = rect.top - before.top;
        if (Math.abs(dx) < 0.5 && Math.abs(dy) < 0.5) continue;
        boxes.moves += 1;
        // What moved, for a failing test's message.
        if (boxes.movers.length < 20)
          boxes.movers.push(
            all[i].localName +
              ' ' +
              Math.round(dx) +
              ',' +
              Math.round(dy) +
              ' from ' +
              Math.round(before.top),
          );
        distance = Math.max(distance, Math.abs(dx), Math.abs(dy));
        // The impact region (old and new box together), kept as one bounding box over all movers: a
        // little larger than the API's union, so never an under-estimate.
        var region = {
          left: Math.min(before.left, rect.left),
          top: Math.min(before.top, rect.top),
          right: Math.max(before.right, rect.right),
          bottom: Math.max(before.bottom, rect.bottom),
        };
        moved = moved
          ? {
              left: Math.min(moved.left, region.left),
              top: Math.min(moved.top, region.top),
              right: Math.max(moved.right, region.right),
              bottom: Math.max(moved.bottom, region.bottom),
            }
          : region;
      }
      if (moved) {
        var area =
          Math.max(0, Math.min(moved.right, width) - Math.max(moved.left, 0)) *
          Math.max(0, Math.min(moved.bottom, height) - Math.max(moved.top, 0));
        boxes.total += (area / (width * height)) * Math.min(1, distance / Math.max(width, height));
      }
      win.requestAnimationFrame(afterFrame);
    }
    win.requestAnimationFrame(afterFrame);
    return boxes;
  }

  window.__trackShifts = trackShifts;
  if (!document.currentScript) return; // imported as a module

  var api = { supported: false, total: 0, entries: 0 };
  var supported = typeof PerformanceObserver === 'function' ? PerformanceObserver.supportedEntryTypes : [];
  if (supported && supported.indexOf('layout-shift') !== -1) {
    api.supported = true;
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) {
        if (entry.hadRecentInput) return;
        api.total += entry.value;
        api.entries += 1;
      });
    }).observe({ type: 'layout-shift', buffered: true });
  }

  var boxes = trackShifts(window);
  window.__shifts = { boxes: boxes, api: api };
})();

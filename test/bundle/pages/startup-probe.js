// Loaded first by startup.html. Records every read of a size or position (the reads that make the
// browser lay the page out) and when it happened: at the start of an animation frame, before the
// browser lays that frame out anyway ("frame"), or anywhere else ("task": a render, a connectedCallback,
// an `updated`, a microtask, a timer, a ResizeObserver report). Then loads the bundle as the query
// says: `?load=head` (in <head> without defer, the docs' advice against any jump) or `defer`.
(function () {
  var reads = [];
  var phase = 'task';
  window.__startup = { reads: reads };

  // The frame phase starts with every animation-frame callback and ends when the browser has laid the
  // frame out: this observer (created before any of ours, so it reports first) sees the probe box
  // change size in every frame that ran a callback.
  var probe = document.createElement('div');
  probe.style.cssText =
    'position:fixed;top:0;left:0;height:1px;width:1px;visibility:hidden;pointer-events:none';
  document.documentElement.append(probe);
  new ResizeObserver(function () {
    phase = 'task';
  }).observe(probe);
  var raf = window.requestAnimationFrame;
  window.requestAnimationFrame = function (callback) {
    return raf.call(window, function (time) {
      phase = 'frame';
      probe.style.width = probe.style.width === '1px' ? '2px' : '1px';
      callback(time);
    });
  };

  // Was the page painted before our script defined its first element? Firefox paints before a
  // deferred script runs, so its banner upgrades over a painted fallback: a late upgrade, which may
  // measure once in the task that defines it, so that nothing moves. The banner asks the browser's
  // paint entries the same question (src/elements/help-banner).
  var defined = false;
  var define = customElements.define;
  customElements.define = function () {
    if (!defined) {
      defined = true;
      window.__startup.paintedBeforeDefine = performance.getEntriesByType('paint').length > 0;
      phase = 'defining task';
      // The defining task ends here at the latest: the next task, or the next frame.
      setTimeout(function () {
        if (phase === 'defining task') phase = 'task';
      });
    }
    return define.apply(customElements, arguments);
  };

  function record(what) {
    reads.push({ what: what, phase: phase });
  }
  function owner(object, name) {
    for (var current = object; current; current = Object.getPrototypeOf(current))
      if (Object.getOwnPropertyDescriptor(current, name)) return current;
    return null;
  }
  ['getBoundingClientRect', 'getClientRects', 'checkVisibility'].forEach(function (name) {
    var original = Element.prototype[name];
    if (!original) return;
    Element.prototype[name] = function () {
      record('<' + this.localName + '>.' + name);
      return original.apply(this, arguments);
    };
  });
  var getters = [
    [HTMLElement.prototype, ['offsetTop', 'offsetLeft', 'offsetWidth', 'offsetHeight', 'offsetParent']],
    [
      Element.prototype,
      [
        'clientTop',
        'clientLeft',
        'clientWidth',
        'clientHeight',
        'scrollTop',
        'scrollLeft',
        'scrollWidth',
        'scrollHeight',
      ],
    ],
    [window, ['innerWidth', 'innerHeight', 'scrollX', 'scrollY']],
  ];
  getters.forEach(function (entry) {
    entry[1].forEach(function (name) {
      var target = owner(entry[0], name);
      var descriptor = target && Object.getOwnPropertyDescriptor(target, name);
      if (!descriptor || !descriptor.get) return;
      Object.defineProperty(target, name, {
        configurable: true,
        enumerable: descriptor.enumerable,
        set: descriptor.set,
        get: function () {
          record((this === window ? 'window' : '<' + this.localName + '>') + '.' + name);
          return descriptor.get.call(this);
        },
      });
    });
  });

  var load = new URLSearchParams(location.search).get('load') || 'head';
  document.write(
    '<script src="/dist/stat-widgets.js"' + (load === 'defer' ? ' defer' : '') + '></' + 'script>',
  );

  // Startup is over when every element has rendered and three more frames were drawn.
  window.__startup.done = new Promise(function (resolve) {
    window.addEventListener('load', resolve, { once: true });
  })
    .then(function () {
      var tags = window.StatWidgets.elements;
      return Promise.all(
        Array.prototype.map.call(document.querySelectorAll(tags.join(',')), function (element) {
          return customElements.whenDefined(element.localName).then(function () {
            return element.updateComplete;
          });
        }),
      );
    })
    .then(function () {
      return new Promise(function (resolve) {
        raf.call(window, function () {
          raf.call(window, function () {
            raf.call(window, resolve);
          });
        });
      });
    });
})();

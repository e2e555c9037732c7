// Loaded first by every bundle test page (as a plain external script, so it passes a strict CSP).
// Records what a visitor's console would show, for the test in the parent frame to read, and what a
// watcher could find afterwards: every request the page makes, every cookie or storage write, and
// the globals that existed before our bundle ran (for the privacy audit).
(function () {
  var probe = {
    errors: [],
    warnings: [],
    violations: [],
    requests: [],
    storageWrites: [],
    globalsBefore: Object.getOwnPropertyNames(window),
  };
  window.__statProbe = probe;
  probe.globalsBefore.push('__statProbe');
  var originalWarn = console.warn;
  var originalError = console.error;
  console.warn = function () {
    probe.warnings.push(Array.prototype.join.call(arguments, ' '));
    return originalWarn.apply(console, arguments);
  };
  console.error = function () {
    probe.errors.push(Array.prototype.join.call(arguments, ' '));
    return originalError.apply(console, arguments);
  };
  window.addEventListener('error', function (event) {
    probe.errors.push(String(event.message || event.error));
  });
  window.addEventListener('unhandledrejection', function (event) {
    probe.errors.push(String(event.reason));
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    probe.violations.push(event.violatedDirective + ' ' + event.blockedURI);
  });

  // Requests: everything the browser fetched for this document (scripts, styles, images, fetch, XHR,
  // beacons), plus the script APIs that open connections Resource Timing may not list.
  if (typeof PerformanceObserver === 'function') {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) {
        probe.requests.push(entry.name);
      });
    }).observe({ type: 'resource', buffered: true });
  }
  function recordCall(owner, name, describe) {
    var original = owner && owner[name];
    if (typeof original !== 'function') return;
    owner[name] = function () {
      probe.requests.push(name + ' ' + describe(arguments));
      return original.apply(this, arguments);
    };
  }
  var firstArgument = function (args) {
    return String(args[0]);
  };
  recordCall(window, 'fetch', function (args) {
    return String(args[0] && args[0].url ? args[0].url : args[0]);
  });
  recordCall(navigator, 'sendBeacon', firstArgument);
  recordCall(XMLHttpRequest.prototype, 'open', function (args) {
    return String(args[1]);
  });
  ['WebSocket', 'EventSource'].forEach(function (name) {
    var Original = window[name];
    if (typeof Original !== 'function') return;
    var Wrapped = function (url, options) {
      probe.requests.push(name + ' ' + String(url));
      return new Original(url, options);
    };
    Wrapped.prototype = Original.prototype;
    window[name] = Wrapped;
  });

  // Storage: cookies, Web Storage, IndexedDB and Cache Storage.
  var cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: function () {
      return cookie.get.call(document);
    },
    set: function (value) {
      probe.storageWrites.push('cookie ' + String(value));
      cookie.set.call(document, value);
    },
  });
  ['setItem', 'removeItem', 'clear'].forEach(function (name) {
    var original = Storage.prototype[name];
    Storage.prototype[name] = function () {
      var area = this === window.sessionStorage ? 'sessionStorage' : 'localStorage';
      probe.storageWrites.push(area + '.' + name + ' ' + Array.prototype.join.call(arguments, '='));
      return original.apply(this, arguments);
    };
  });
  if (window.indexedDB) {
    recordStorage(IDBFactory.prototype, 'open', 'indexedDB');
    recordStorage(IDBFactory.prototype, 'deleteDatabase', 'indexedDB');
  }
  if (window.caches) recordStorage(Object.getPrototypeOf(window.caches), 'open', 'caches');
  function recordStorage(owner, name, area) {
    var original = owner[name];
    owner[name] = function () {
      probe.storageWrites.push(area + '.' + name + ' ' + String(arguments[0]));
      return original.apply(this, arguments);
    };
  }
})();

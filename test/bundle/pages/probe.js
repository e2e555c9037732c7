// Loaded first by every bundle test page (as a plain external script, so it passes a strict CSP).
// Records what a visitor's console would show, for the test in the parent frame to read.
(function () {
  var probe = { errors: [], warnings: [], violations: [] };
  window.__statProbe = probe;
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
})();

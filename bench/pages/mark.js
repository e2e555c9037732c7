// A deferred script placed right before the bundle's: deferred scripts run in order, so this marks
// the moment our bundle starts executing.
window.__bench.t0 = performance.now();

/* global document, location, window */
// A push-mode exit (what `exitNow({ history: 'push' })` callers get): the exited page stays in history,
// so Back can restore it from the back-forward cache. The policy under test is exit.ts step 7.
import { exitNow } from '/src/lib/exit.ts';

const button = document.getElementById('exit');
button.addEventListener('click', () =>
  exitNow({
    destination: `${location.origin}/__quick-exit/landing?id=bfcache-${location.search.slice(1)}`,
    trigger: 'pointer',
    history: 'push',
    source: button,
  }),
);
window.__ready = true;

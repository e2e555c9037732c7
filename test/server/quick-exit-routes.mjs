// <quick-exit> stand-in for a neutral destination: `/__quick-exit/landing?id=...&delay=ms` records
// each request's Referer header (so tests can prove none was sent) and can hold the answer (a slow
// or stalled destination); `/__quick-exit/log?id=...` returns what was recorded for that id.
const log = new Map();

export async function quickExitRoutes(ctx) {
  if (ctx.path === '/__quick-exit/landing') {
    const id = String(ctx.query.id ?? '');
    const entry = log.get(id) ?? { hits: 0, referers: [] };
    entry.hits += 1;
    entry.referers.push(ctx.headers.referer ?? null);
    log.set(id, entry);
    const delay = Math.min(Number(ctx.query.delay) || 0, 15000);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    ctx.type = 'text/html';
    ctx.set('Cache-Control', 'no-store');
    ctx.body =
      '<!doctype html><html lang="en"><title>Neutral page</title><p id="landed">A neutral page.</p></html>';
    return true;
  }
  if (ctx.path === '/__quick-exit/log') {
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify(log.get(String(ctx.query.id ?? '')) ?? { hits: 0, referers: [] });
    return true;
  }
  return false;
}

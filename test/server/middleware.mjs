// Middleware for the web-test-runner server (Koa style). One place for everything tests need from a
// server: security headers for the bundle pages, and local stand-ins for outside services (added by
// the elements that need them, one route module each).
import { mailingListStandIn } from './mailing-list-stand-in.mjs';
import { quickExitRoutes } from './quick-exit-routes.mjs';

const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** Extra route handlers: `async (ctx) => boolean` (true when handled). */
const routes = [
  quickExitRoutes,
  // mailing-list-form stand-ins
  mailingListStandIn,
];

export async function testServerMiddleware(ctx, next) {
  for (const route of routes) {
    if (await route(ctx)) return;
  }
  await next();
  // `?csp=strict` serves a page under the Foundation's strict Content-Security-Policy and Trusted Types.
  if (ctx.query.csp === 'strict') ctx.set('Content-Security-Policy', STRICT_CSP);
  // `?csp=strict-shared-lit`: the same, as documented for pages where another library's copy of Lit
  // also creates the `lit-html` Trusted Types policy (see test/bundle/coexistence.test.ts).
  if (ctx.query.csp === 'strict-shared-lit')
    ctx.set('Content-Security-Policy', `${STRICT_CSP} 'allow-duplicates'`);
}

// A local stand-in for the mailing-list providers <mailing-list-form> talks to, so the browser tests
// never reach the internet. Every request is recorded under a key (a path segment the test picks) and
// can be read back from /stand-in/log/<key>; the answer is chosen by the local part of the address
// ("pending@example.org" → the pending answer), so one test = one key = one scenario.
//
//   GET  /stand-in/mailchimp/<key>/subscribe/post-json?…&c=<callback>   Mailchimp JSONP
//   POST /stand-in/generic/<key>     the docs' generic contract (url-encoded)
//   POST /stand-in/formspree/<key>   Formspree-like (FormData + Accept: application/json)
//   POST /stand-in/kit/<key>, /stand-in/mailerlite/<key>
//   GET  /stand-in/page/mailchimp     the bundle page under the CSP the docs advise for Mailchimp
//   GET  /stand-in/page/sync          the bundle as a blocking script before a pasted form
const log = new Map();
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function readParams(ctx) {
  if (ctx.method === 'GET' || ctx.method === 'OPTIONS')
    return Object.fromEntries(new URLSearchParams(ctx.querystring));
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const request = new Request('http://stand-in/', {
    method: 'POST',
    headers: { 'content-type': ctx.get('content-type') },
    body: Buffer.concat(chunks),
  });
  return Object.fromEntries(await request.formData());
}

const PROFILE = 'https://club.us1.list-manage.com/subscribe/send-email?e=abc&amp;u=1&amp;id=2';
const mailchimpAnswers = {
  success: { result: 'success', msg: 'Thank you for subscribing!' },
  pending: {
    result: 'success',
    msg: 'Almost finished... We need to confirm your email address. To complete the subscription process, please click the link in the email we just sent you.',
  },
  already: {
    result: 'error',
    msg: `already@example.org is already subscribed to list Club News. <a href="${PROFILE}">Click here to update your profile</a>`,
  },
  'already-elsewhere': {
    result: 'error',
    msg: 'x is already subscribed to list Club News. <a href="https://evil.example/list-manage.com/">Click here</a>',
  },
  fake: {
    result: 'error',
    msg: '0 - This email address looks fake or invalid. Please enter a real email address.',
  },
  fname: { result: 'error', msg: '1 - Please enter a value' },
  ratelimit: {
    result: 'error',
    msg: 'Too many subscribe attempts for this email address. Please try again in about 5 minutes. (#6592)',
  },
  recent: { result: 'error', msg: 'Recipient "recent@example.org" has too many recent signup requests' },
  captcha: { result: 'error', msg: 'captcha', params: { u: 'key', id: 'list' } },
  xss: { result: 'error', msg: 'Bad <img src=x onerror=alert(1)> value' },
};

async function mailchimp(ctx, key, params) {
  const scenario = String(params.EMAIL ?? '').split('@')[0];
  const callback = String(params.c ?? '');
  const call = (answer) => `${callback}(${JSON.stringify(answer)});`;
  ctx.type = 'application/javascript';
  if (scenario === 'missing') {
    ctx.status = 404;
    ctx.body = 'not here';
    return;
  }
  if (scenario === 'blocked') {
    // What a tracker blocker or a dropped connection looks like to the page: no response at all.
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  if (scenario === 'silent') {
    ctx.body = '/* a script that never calls back */';
    return;
  }
  if (scenario === 'late') {
    await wait(1500);
    ctx.body = call(mailchimpAnswers.success);
    return;
  }
  if (scenario === 'double') {
    ctx.body = call(mailchimpAnswers.success) + call(mailchimpAnswers.fake);
    return;
  }
  ctx.body = call(mailchimpAnswers[scenario] ?? mailchimpAnswers.success);
  void key;
}

async function readable(ctx, kind, params) {
  const email = String(params.email ?? params.email_address ?? params['fields[email]'] ?? '');
  const scenario = email.split('@')[0];
  ctx.set('Access-Control-Allow-Origin', '*');
  const json = (status, body) => {
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(body);
  };
  if (scenario === 'slow') await wait(1500);
  if (scenario === 'reset') {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  if (scenario === 'ratelimit') return json(429, { message: 'Slow down' });
  if (scenario === 'error500') {
    ctx.status = 500;
    ctx.type = 'text/html';
    ctx.body = '<h1>Internal error</h1>';
    return;
  }
  if (kind === 'generic') {
    if (scenario === 'pending') return json(200, { ok: true, status: 'pending' });
    if (scenario === 'already') return json(200, { ok: true, status: 'already' });
    if (scenario === 'invalid')
      return json(422, {
        ok: false,
        errors: [{ field: 'email', message: 'That domain does not take mail.' }],
      });
    if (scenario === 'refused') return json(400, { ok: false, message: 'This list is closed.' });
    if (scenario === 'notok') return json(200, { ok: false });
    if (scenario === 'html') {
      ctx.type = 'text/html';
      ctx.body = '<p>Thanks!</p>';
      return;
    }
    return json(200, { ok: true, status: 'subscribed' });
  }
  if (kind === 'formspree') {
    if (ctx.get('accept') !== 'application/json') {
      ctx.type = 'text/html';
      ctx.body = '<p>Thanks (HTML, because Accept was not JSON)</p>';
      return;
    }
    if (scenario === 'invalid')
      return json(422, {
        error: 'Validation errors',
        errors: [{ code: 'TYPE_EMAIL', field: 'email', message: 'should be an email' }],
      });
    return json(200, { ok: true, next: '/thanks' });
  }
  if (kind === 'kit') {
    if (scenario === 'invalid')
      return json(422, {
        status: 'failed',
        errors: { messages: ['Email address is invalid'], fields: ['email_address'] },
      });
    return json(200, { status: 'success', redirect_url: '' });
  }
  if (scenario === 'invalid')
    return json(200, {
      success: false,
      errors: { fields: { email: ['The email must be a valid email address.'] } },
    });
  return json(200, { success: true });
}

const MAILCHIMP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html stat-widgets',
].join('; ');
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Bundle under the docs' Mailchimp CSP</title>
    <script src="/test/bundle/pages/probe.js"></script>
    <script src="/dist/stat-widgets.js" defer></script>
  </head>
  <body>
    <main id="stage"></main>
  </body>
</html>`;

// The bundle as a plain blocking <script> in <head>, before a pasted provider form: the element is
// upgraded while the parser has not yet reached the form inside it.
const SYNC_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Bundle as a blocking script before a pasted form</title>
    <script src="/test/bundle/pages/probe.js"></script>
    <script src="/dist/stat-widgets.js"></script>
  </head>
  <body>
    <main id="stage">
      <mailing-list-form>
        <form action="https://club.us1.list-manage.com/subscribe/post?u=abc&amp;id=def" method="post">
          <label for="mce-EMAIL">Email address</label>
          <input type="email" name="EMAIL" id="mce-EMAIL" required />
          <button type="submit">Subscribe</button>
        </form>
      </mailing-list-form>
    </main>
  </body>
</html>`;

/** Koa-style route: true when the request was for the stand-in. */
export async function mailingListStandIn(ctx) {
  const match = /^\/stand-in\/(page|log|mailchimp|generic|formspree|kit|mailerlite)\/([\w-]+)(\/.*)?$/.exec(
    ctx.path,
  );
  if (!match) return false;
  const [, kind, key, rest = ''] = match;
  if (kind === 'page') {
    // The bundle on a page whose CSP follows the docs' advice for Mailchimp: Trusted Types with
    // our `stat-widgets` policy allowed, scripts from 'self' (where the stand-in lives).
    ctx.set('Content-Security-Policy', MAILCHIMP_CSP);
    ctx.type = 'text/html';
    ctx.body = key === 'sync' ? SYNC_PAGE : PAGE;
    return true;
  }
  if (kind === 'log') {
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify(log.get(key) ?? []);
    return true;
  }
  const params = await readParams(ctx);
  if (!log.has(key)) log.set(key, []);
  log.get(key).push({
    method: ctx.method,
    path: rest,
    accept: ctx.get('accept'),
    contentType: ctx.get('content-type'),
    params,
  });
  if (ctx.method === 'OPTIONS') {
    // A preflight would fail: no Access-Control-Allow-Headers. Our adapters must never need one.
    ctx.status = 204;
    return true;
  }
  if (kind === 'mailchimp') {
    if (!/\/subscribe\/post-json$/.test(rest)) {
      ctx.status = 404;
      return true;
    }
    await mailchimp(ctx, key, params);
  } else {
    await readable(ctx, kind, params);
  }
  ctx.set('Cache-Control', 'no-store');
  return true;
}

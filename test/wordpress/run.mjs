// The WordPress plugin on a real WordPress (Debian's 6.1 packages, see site.mjs), as club editors and
// visitors meet it. One throwaway site serves every check; each check prints one line, and the
// totals go to reports/wordpress-tests.json for `npm test`'s final line. Run after `npm run build`.
//
// Admin and editor flows (upload, block editor, settings, uninstall) drive Chromium through
// puppeteer-core (Chromium only: CDP); what a visitor sees is checked in Chromium and, when it is
// installed, Firefox (puppeteer-core over WebDriver BiDi, no CDP).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser, findEngine } from '../../scripts/ensure-browser.mjs';
import { measureLayout } from './layout.mjs';
import { startSite, THEMES } from './site.mjs';

const ZIP = resolve('dist/stat-widgets-wordpress.zip');
const PLUGIN_DIR = resolve('dist/wordpress/stat-widgets');
/** Found as the browser tests find it (FIREFOX_PATH, firefox-esr, firefox), or none. */
const FIREFOX = findEngine('firefox')?.browser;
const summaryFile = 'reports/wordpress-tests.json';
const results = { passed: 0, failed: 0 };

async function check(name, body) {
  const start = Date.now();
  try {
    await body();
    results.passed += 1;
    console.log(`  ✓ ${name} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.failed += 1;
    console.log(
      `  ✗ ${name}\n      ${String(error?.stack ?? error)
        .split('\n')
        .slice(0, 6)
        .join('\n      ')}`,
    );
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function assertEmpty(list, what) {
  if (list.length > 0) throw new Error(`${what}:\n        ${list.slice(0, 12).join('\n        ')}`);
}

const tags = JSON.parse(readFileSync(join(PLUGIN_DIR, 'widgets.json'), 'utf8')).elements.map(
  (e) => e.tagName,
);

/** Signs `login` in, in a fresh browser context of its own. */
async function signIn(browser, site, login, password) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  // To the profile page, not the dashboard: the dashboard asks WordPress.org about the browser and PHP,
  // which this offline site cannot answer (WordPress would log a warning of its own).
  await page.goto(
    `${site.url}/wp-login.php?redirect_to=${encodeURIComponent(`${site.url}/wp-admin/profile.php`)}`,
    {
      waitUntil: 'load',
    },
  );
  // Set at once, not typed: the login page selects the user field 200 ms after loading, and typing
  // over that selection would lose letters.
  await page.evaluate(
    (login, password) => {
      document.querySelector('#user_login').value = login;
      document.querySelector('#user_pass').value = password;
    },
    login,
    password,
  );
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#wp-submit')]);
  assert(!page.url().includes('wp-login.php'), `${login} could not sign in`);
  return { context, page };
}

/** Fills a text field or chooses in a select, as a person would (the field gets input and change). */
async function setField(page, selector, value) {
  const element = await page.$(selector);
  assert(element, `no field ${selector}`);
  if ((await element.evaluate((el) => el.localName)) === 'select') await page.select(selector, value);
  else await element.type(value);
}

/** Opens the block editor (a new post, or post `id`) and waits until our blocks are registered. */
async function openEditor(page, site, id) {
  await page.goto(
    id ? `${site.url}/wp-admin/post.php?post=${id}&action=edit` : `${site.url}/wp-admin/post-new.php`,
    { waitUntil: 'domcontentloaded' },
  );
  await page.waitForFunction(
    (tag) =>
      window.wp?.blocks?.getBlockType?.(`stat-widgets/${tag}`) &&
      window.wp.data.select('core/editor').getCurrentPostId() &&
      window.wp.data.select('core/block-editor').getBlocks,
    { timeout: 60000 },
    tags[0],
  );
}

/** What each block gets in the editor, and the widget tags an editor pastes into a Custom HTML block. */
const BLOCKS = {
  'hotline-card': { preset: 'us-trafficking' },
  'help-banner': { preset: 'us-988', tone: 'urgent' },
  'quick-exit': { position: 'inline', url: 'https://www.bbc.co.uk/weather' },
  'mailing-list-form': { fields: 'email first-name', consent: 'I agree to receive club news.' },
  // Its facts are its content: the block holds them as paragraphs (edited one per line).
  'did-you-know': {
    interval: '8',
    fallbackContent:
      '<p>STAT! has worked on this issue since 2011.</p><p>The average age of entry is 15.</p>',
  },
  'meeting-card': {
    name: 'Business meeting',
    schedule: 'first Thursday 11:30-13:00',
    timezone: 'America/Los_Angeles',
    place: 'Benson Hotel',
    'map-url': 'https://www.openstreetmap.org/search?query=Benson%20Hotel%20Portland',
  },
};
const PASTED = `<script src="https://club.example/js/stat-widgets.js" defer></script>
<help-banner preset="us-trafficking" emergency-number="911" data-club="north" aria-label="Where to get help now" class="club-banner">
  <div slot="fallback"><p>In immediate danger? Call <a href="tel:911">911</a>.</p></div>
</help-banner>
<hotline-card preset="us-988" lang="es" id="card-988">
  <a href="tel:988" aria-describedby="card-988-note">988</a><span id="card-988-note" hidden>Línea 988</span>
</hotline-card>
<quick-exit position="inline" url="https://www.bbc.co.uk/weather"><a href="https://www.bbc.co.uk/weather" rel="noreferrer nofollow">Exit this page</a></quick-exit>
<mailing-list-form>
  <form action="https://club.us1.list-manage.com/subscribe/post?u=abc&amp;id=def" method="post" target="_blank">
    <label for="mce-EMAIL">Email address</label>
    <input type="email" name="EMAIL" id="mce-EMAIL" autocomplete="email" required>
    <div aria-hidden="true" class="mlf-trap"><input type="text" name="b_abc_def" tabindex="-1" value=""></div>
    <button type="submit">Subscribe</button>
  </form>
</mailing-list-form>
<did-you-know heading="Facts from San Diego" shuffle>
  <p>Sex trafficking in San Diego County is an estimated $810 million business. <a href="https://club.example/sources">Source</a></p>
  <p>The average age of entry into "the life" is 15 years old.</p>
</did-you-know>
<meeting-card name="National Human Trafficking Awareness Day" date="2027-01-11"></meeting-card>`;
/** What must survive the save, for every role. */
const KEPT = [
  '<help-banner preset="us-trafficking" emergency-number="911" data-club="north" aria-label="Where to get help now" class="club-banner">',
  '<div slot="fallback">',
  '<hotline-card preset="us-988" lang="es" id="card-988">',
  'aria-describedby="card-988-note"',
  '<span id="card-988-note" hidden>',
  '<quick-exit position="inline" url="https://www.bbc.co.uk/weather">',
  'rel="noreferrer nofollow"',
  '<p>Sex trafficking in San Diego County is an estimated $810 million business. <a href="https://club.example/sources">Source</a></p>',
  '<meeting-card name="National Human Trafficking Awareness Day" date="2027-01-11">',
  '<form action="https://club.us1.list-manage.com/subscribe/post?u=abc&amp;id=def" method="post" target="_blank">',
  '<label for="mce-EMAIL">',
  '<input type="email" name="EMAIL" id="mce-EMAIL" autocomplete="email" required>',
  '<div aria-hidden="true" class="mlf-trap"><input type="text" name="b_abc_def" tabindex="-1" value="">',
  '<button type="submit">Subscribe</button>',
];

/** In a visitor's page: every widget on it is defined and rendered, and what each shows. */
async function renderedWidgets(page) {
  return page.evaluate(async (tags) => {
    await Promise.all(
      tags.map((tag) =>
        Promise.race([customElements.whenDefined(tag), new Promise((r) => setTimeout(r, 5000))]),
      ),
    );
    await new Promise((r) => setTimeout(r, 300));
    return [...document.querySelectorAll(tags.join(','))].map((el) => ({
      tag: el.localName,
      defined: Boolean(customElements.get(el.localName)),
      text: (el.shadowRoot?.textContent || el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 120),
      links: [...(el.shadowRoot ?? el).querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
      form: el.querySelector('form')?.getAttribute('action') ?? null,
      action: el.getAttribute('action'),
      hiddenFallbacks: [...el.querySelectorAll('[slot="fallback"]')].filter(
        (f) => f.getClientRects().length > 0,
      ).length,
    }));
  }, tags);
}

const site = await startSite();
const browser = await puppeteer.launch({
  executablePath: findBrowser(),
  headless: true,
  args: CHROMIUM_ARGS,
});
const visitors = [{ name: 'Chromium', browser }];
let firefox;
try {
  if (FIREFOX) {
    firefox = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    visitors.push({ name: 'Firefox', browser: firefox });
  }
  const users = { admin: { id: 1, password: site.password } };
  for (const role of ['editor', 'author', 'contributor']) {
    const password = `${role}-${site.password}`;
    users[role] = { id: site.tool('create-user', { login: role, role, password }), password };
  }
  const admin = await signIn(browser, site, 'admin', site.password);
  console.log(`WordPress ${site.url} (${site.dir}); visitors: ${visitors.map((v) => v.name).join(', ')}`);

  await check('the plugin is valid PHP (php -l) with an uninstall.php', async () => {
    const files = [];
    const walk = (dir) => {
      for (const name of readdirSync(dir, { withFileTypes: true }))
        if (name.isDirectory()) walk(join(dir, name.name));
        else if (name.name.endsWith('.php')) files.push(join(dir, name.name));
    };
    walk(PLUGIN_DIR);
    assert(
      files.some((file) => file.endsWith('/uninstall.php')),
      'no uninstall.php',
    );
    for (const file of files) execFileSync('php', ['-l', file], { stdio: 'pipe' });
  });

  await check('the zip installs and activates under Plugins → Add New → Upload', async () => {
    const { page } = admin;
    await page.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`, { waitUntil: 'domcontentloaded' });
    const input = await page.$('#pluginzip');
    await input.uploadFile(ZIP);
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'domcontentloaded' }),
      page.click('#install-plugin-submit'),
    ]);
    const activate = await page.$('a[href*="action=activate"]');
    assert(
      activate,
      `no Activate link after the upload: ${(await page.$eval('body', (b) => b.innerText)).slice(0, 300)}`,
    );
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), activate.click()]);
    assert(site.tool('active-plugins').includes('stat-widgets/stat-widgets.php'), 'not active');
  });

  await check(
    'settings: a site-wide quick exit and top help banner, and the mailing list once for the site',
    async () => {
      const { page } = admin;
      await page.goto(`${site.url}/wp-admin/options-general.php?page=stat-widgets`, {
        waitUntil: 'domcontentloaded',
      });
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      await page.click('input[name="stat_widgets_settings[sitewide][quick-exit][enabled]"]');
      await setField(page, '#stat-widgets-quick-exit-url', 'https://www.bbc.co.uk/weather');
      await setField(page, '#stat-widgets-quick-exit-safety-url', `${site.url}/?page_id=2`);
      await page.click('input[name="stat_widgets_settings[sitewide][help-banner][enabled]"]');
      await setField(page, '#stat-widgets-help-banner-position', 'top');
      await setField(
        page,
        '#stat-widgets-mailing-list-form-action',
        'https://club.us1.list-manage.com/subscribe/post?u=site&id=list',
      );
      await setField(page, '#stat-widgets-mailing-list-form-provider', 'mailchimp');
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 30000 }),
        page.click('#submit'),
      ]);
      const saved = site.tool('option', { name: 'stat_widgets_settings' });
      assert(saved?.sitewide?.['quick-exit']?.enabled, `quick exit not saved: ${JSON.stringify(saved)}`);
      assert(saved.sitewide['help-banner'].attributes.position === 'top', 'banner position not saved');
      assert(
        saved.sitewide['quick-exit'].fallback.includes('href="https://www.bbc.co.uk/weather"'),
        `no exit fallback: ${saved.sitewide['quick-exit'].fallback}`,
      );
      assert(
        saved.sitewide['help-banner'].fallback.includes('tel:'),
        `no banner fallback: ${saved.sitewide['help-banner'].fallback}`,
      );
      assert(
        saved.defaults['mailing-list-form'].action ===
          'https://club.us1.list-manage.com/subscribe/post?u=site&id=list',
        'list action not saved',
      );
    },
  );

  const posts = {};
  for (const role of ['author', 'contributor']) {
    await check(
      `${role === 'author' ? 'an Author' : 'a Contributor'} adds every block and pastes every tag; all of it survives the save`,
      async () => {
        const { page, context } = await signIn(browser, site, role, users[role].password);
        try {
          await openEditor(page, site);
          await page.evaluate(
            (blocks, pasted) => {
              const { createBlock } = window.wp.blocks;
              window.wp.data
                .dispatch('core/block-editor')
                .insertBlocks([
                  ...Object.entries(blocks).map(([tag, attributes]) =>
                    createBlock(`stat-widgets/${tag}`, attributes),
                  ),
                  createBlock('core/html', { content: pasted }),
                ]);
            },
            BLOCKS,
            PASTED,
          );
          // The editor preview shows the real widget, and its no-JavaScript content is ready to save.
          await page.waitForFunction(
            (count) => {
              const blocks = window.wp.data
                .select('core/block-editor')
                .getBlocks()
                .filter((b) => b.name.startsWith('stat-widgets/'));
              return (
                blocks.length === count && blocks.every((b) => (b.attributes.fallbackContent ?? '') !== '')
              );
            },
            { timeout: 30000 },
            Object.keys(BLOCKS).length,
          );
          const previews = await page.evaluate(() =>
            [...document.querySelectorAll('.stat-widgets-block iframe')].map((frame) => {
              const widget = frame.contentDocument.body.firstElementChild;
              return {
                tag: widget?.localName,
                defined: Boolean(frame.contentWindow.customElements.get(widget?.localName)),
                text: (widget?.shadowRoot?.textContent || widget?.textContent || '').trim().length,
              };
            }),
          );
          assert(
            previews.length === Object.keys(BLOCKS).length && previews.every((p) => p.defined && p.text > 0),
            `previews: ${JSON.stringify(previews)}`,
          );
          await page.evaluate(
            async (status) => {
              window.wp.data.dispatch('core/editor').editPost({
                title: `Widgets by a ${status === 'publish' ? 'an author' : 'a contributor'}`,
                status,
              });
              await window.wp.data.dispatch('core/editor').savePost();
            },
            role === 'author' ? 'publish' : 'pending',
          );
          await page.waitForFunction(() => !window.wp.data.select('core/editor').isSavingPost(), {
            timeout: 30000,
          });
          assert(
            await page.evaluate(() => window.wp.data.select('core/editor').didPostSaveRequestSucceed()),
            'save failed',
          );
          const id = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
          const post = site.tool('post', { id });
          posts[role] = { id, ...post };
          const content = post.content;
          for (const tag of tags)
            assert(
              content.includes(`<!-- wp:stat-widgets/${tag}`) && content.includes(`<${tag}`),
              `${tag} lost`,
            );
          assertEmpty(
            KEPT.filter((part) => !content.includes(part)),
            'lost on save',
          );
          assert(
            content.includes('action="https://club.us1.list-manage.com/subscribe/post?u=site&amp;id=list"'),
            'the block’s fallback form has no action',
          );
          // Opened again, every block is valid: what was saved is exactly what the blocks write.
          await openEditor(page, site, id);
          const invalid = await page.evaluate(() =>
            window.wp.data
              .select('core/block-editor')
              .getBlocks()
              .filter((b) => !b.isValid)
              .map((b) => b.name),
          );
          assertEmpty(invalid, 'invalid blocks after reopening');
          // The widgets render on the page (a contributor's post is pending: its preview).
          const view = role === 'author' ? await browser.createBrowserContext() : context;
          const viewer = await view.newPage();
          await viewer.goto(role === 'author' ? post.link : `${site.url}/?p=${id}&preview=true`, {
            waitUntil: 'load',
          });
          const widgets = await renderedWidgets(viewer);
          const pageTags = widgets.map((w) => w.tag);
          for (const tag of tags)
            assert(
              pageTags.filter((t) => t === tag).length >= 2,
              `${tag} does not render twice (block + pasted): ${pageTags}`,
            );
          assertEmpty(
            widgets.filter((w) => !w.defined || w.text === '').map((w) => w.tag),
            'not rendered',
          );
          assertEmpty(
            widgets.filter((w) => w.hiddenFallbacks > 0).map((w) => w.tag),
            'fallback shown next to the widget',
          );
          const list = widgets.find((w) => w.tag === 'mailing-list-form' && !w.form?.includes('u=abc'));
          assert(
            list?.action === 'https://club.us1.list-manage.com/subscribe/post?u=site&id=list',
            `list block without the site's action: ${JSON.stringify(list)}`,
          );
          if (view !== context) await view.close();
        } finally {
          await context.close();
        }
      },
    );
  }

  // Pages for the visitor checks, written by the admin (who may paste anything).
  const paragraphs = (n) =>
    Array.from(
      { length: n },
      (_, i) =>
        `<!-- wp:paragraph --><p>Paragraph ${i + 1} of a club page: meetings, news and how to help.</p><!-- /wp:paragraph -->`,
    ).join('\n');
  const layoutPost = site.tool('create-post', {
    author: 1,
    title: 'Where to turn',
    content: `${paragraphs(3)}
<!-- wp:stat-widgets/hotline-card --><hotline-card preset="us-trafficking"></hotline-card><!-- /wp:stat-widgets/hotline-card -->
${paragraphs(4)}
<!-- wp:html --><mailing-list-form provider="form-post" action="https://club.example/join" fields="email first-name"></mailing-list-form><!-- /wp:html -->
${paragraphs(3)}`,
  });
  // As the docs' paste method used them: top bars pasted into a post's content column.
  const topBarsPost = site.tool('create-post', {
    author: 1,
    title: 'Top bars pasted into a post',
    content: `${paragraphs(2)}\n<!-- wp:html --><quick-exit position="top" url="https://www.bbc.co.uk/weather"><a href="https://www.bbc.co.uk/weather" rel="noreferrer nofollow">Exit this page</a></quick-exit>\n<help-banner position="top" exit></help-banner><!-- /wp:html -->\n${paragraphs(12)}`,
  });
  const scriptPost = site.tool('create-post', {
    author: 1,
    title: 'Pasted with its script line',
    content: `<!-- wp:html --><script src="${site.url}/wp-content/plugins/stat-widgets/assets/stat-widgets.js" defer></script>\n<script src="https://cdn.example/npm/stat-widgets@0.1.0/dist/stat-widgets.js"></script>\n<hotline-card preset="us-trafficking"></hotline-card><!-- /wp:html -->`,
  });

  await check(
    'the site-wide quick exit and help banner are on every page, once, with their no-JavaScript fallback',
    async () => {
      const urls = [
        `${site.url}/`,
        `${site.url}/?p=${layoutPost}`,
        `${site.url}/?page_id=2`,
        `${site.url}/?s=help`,
        `${site.url}/?p=999999`,
      ];
      for (const { name, browser: visitorBrowser } of visitors) {
        const context = await visitorBrowser.createBrowserContext();
        const page = await context.newPage();
        for (const url of urls) {
          await page.goto(url, { waitUntil: 'load' });
          const widgets = await renderedWidgets(page);
          const count = (tag) => widgets.filter((w) => w.tag === tag && w.defined && w.text !== '').length;
          assert(
            count('quick-exit') === 1 && count('help-banner') === 1,
            `${name} ${url}: ${JSON.stringify(widgets.map((w) => w.tag))}`,
          );
        }
        await context.close();
      }
      const html = await (await fetch(`${site.url}/?page_id=2`)).text();
      assert(
        /<quick-exit[^>]*>\s*<a href="https:\/\/www\.bbc\.co\.uk\/weather"/.test(html),
        'no exit link inside <quick-exit> in the HTML',
      );
      assert(
        /<help-banner[^>]*>\s*<p slot="fallback">/.test(html),
        'no fallback inside <help-banner> in the HTML',
      );
    },
  );

  await check('the script is deferred and loaded once, even with pasted script lines', async () => {
    for (const { name, browser: visitorBrowser } of visitors) {
      const context = await visitorBrowser.createBrowserContext();
      const page = await context.newPage();
      const warnings = [];
      page.on('console', (message) => warnings.push(message.text()));
      for (const id of [scriptPost, layoutPost]) {
        await page.goto(`${site.url}/?p=${id}`, { waitUntil: 'load' });
        const scripts = await page.evaluate(() => {
          const tags = [...document.querySelectorAll('script[src]')].filter((s) =>
            /stat-widgets(-[\d.]+)?\.js/.test(s.src),
          );
          return {
            tags: tags.map((s) => ({ src: s.src, defer: s.defer, async: s.async })),
            loads: performance
              .getEntriesByType('resource')
              .filter((e) => /stat-widgets(-[\d.]+)?\.js/.test(e.name)).length,
            defined: Boolean(customElements.get('hotline-card')),
          };
        });
        assert(
          scripts.tags.length === 1 && scripts.tags[0].defer && !scripts.tags[0].async,
          `${name} ?p=${id}: ${JSON.stringify(scripts.tags)}`,
        );
        assert(scripts.loads === 1 && scripts.defined, `${name} ?p=${id}: loaded ${scripts.loads} times`);
      }
      assertEmpty(
        warnings.filter((w) => /loaded twice/.test(w)),
        `${name}: the bundle warned`,
      );
      await context.close();
    }
  });

  for (const theme of THEMES) {
    site.tool('theme', { stylesheet: theme });
    for (const width of [390, 1280]) {
      await check(
        `layout in ${theme} at ${width} px: top banner spans the viewport and covers nothing; floating exit covers no widget control; its hint no form field; a top exit bar pushes the page down`,
        async () => {
          const problems = [];
          for (const { name, browser: visitorBrowser } of visitors) {
            const context = await visitorBrowser.createBrowserContext();
            const page = await context.newPage();
            await page.setViewport({ width, height: width < 600 ? 844 : 800 });
            for (const id of [layoutPost, topBarsPost]) {
              await page.goto(`${site.url}/?p=${id}`, { waitUntil: 'load' });
              await page.evaluate(
                (tags) => Promise.all(tags.map((tag) => customElements.whenDefined(tag))),
                tags,
              );
              const result = await page.evaluate(measureLayout, { tags });
              problems.push(...result.problems.map((problem) => `${name} ?p=${id}: ${problem}`));
              if (id === layoutPost)
                assert(
                  result.floating === 1 && result.positions > 3,
                  `${name}: measured ${JSON.stringify(result)}`,
                );
            }
            await context.close();
          }
          assertEmpty(problems, 'layout problems');
        },
      );
    }
  }

  await check(
    'the plugin deactivates and deletes cleanly: settings gone, posts keep working HTML',
    async () => {
      const { page } = admin;
      await page.goto(`${site.url}/wp-admin/plugins.php`, { waitUntil: 'domcontentloaded' });
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'domcontentloaded' }),
        page.click('tr[data-plugin="stat-widgets/stat-widgets.php"] .deactivate a'),
      ]);
      page.once('dialog', (dialog) => dialog.accept());
      await page.click('tr[data-plugin="stat-widgets/stat-widgets.php"] .delete a');
      await page.waitForFunction(
        () =>
          !document.querySelector('tr[data-plugin="stat-widgets/stat-widgets.php"]') ||
          document.querySelector('.plugin-deleted-tr'),
        { timeout: 30000 },
      );
      assert(
        !existsSync(join(site.site, 'wp-content/plugins/stat-widgets')),
        'the plugin folder is still there',
      );
      assertEmpty(site.tool('options-like', { like: '%stat_widgets%' }), 'options left behind');
      const html = await (await fetch(`${site.url}/?p=${posts.author?.id ?? layoutPost}`)).text();
      assert(!html.includes('stat-widgets.js'), 'the script is still loaded');
      assert(
        /<hotline-card[^>]*>[^]*?<a href="tel:\+18883737888"[^]*?<\/hotline-card>/.test(html),
        'the hotline card lost its fallback link',
      );
    },
  );

  await check(
    'no PHP warning, notice or error in the debug log, and no line at all from the plugin',
    async () => {
      const log = existsSync(site.debugLog) ? readFileSync(site.debugLog, 'utf8') : '';
      // WordPress 6.1's own code logs PHP 8.2 deprecations (not warnings or notices); ours must log
      // nothing of any kind (a deprecation, a stack frame or its own output).
      const lines = log
        .split('\n')
        .filter(
          (line) =>
            /PHP (Warning|Notice|Fatal error|Parse error|Error)/.test(line) ||
            /plugins\/stat-widgets\//.test(line),
        );
      assertEmpty(lines, 'debug.log');
    },
  );
} catch (error) {
  results.failed += 1;
  console.log(`  ✗ the WordPress checks could not run: ${error?.stack ?? error}`);
} finally {
  await browser.close().catch(() => {});
  await firefox?.close().catch(() => {});
  await site.stop();
}

mkdirSync('reports', { recursive: true });
writeFileSync(summaryFile, JSON.stringify(results));
console.log(`WordPress: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed === 0 ? 0 : 1);

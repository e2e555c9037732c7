// <quick-exit> against GOV.UK Frontend's "Exit this page", side by side on the same page set-up
// (bench/pages/*.html: the same content, the same probe, the built files as a site would serve them).
//
// Bytes: minified + gzip. Time: from the trigger (the click, or the keyup of the third Shift) to
// (a) the exit navigation requested and (b) the first frame painted after it, which is the frame
// that must already show the cover. Both are read in the page's own clock by bench/pages/exit-probe.js;
// the navigation is cancelled there so the page stays to be measured, then reloaded for the next run.
/* global window, document, requestAnimationFrame, setTimeout -- page functions run in the browser */
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { elementCode, measure } from '../scripts/size.mjs';

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const GOV = 'node_modules/govuk-frontend/dist/govuk';

async function minified(entryPoints, external = []) {
  const result = await build({
    entryPoints,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    external,
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  return Buffer.from(result.outputFiles[0].contents);
}

/** The rules of GOV.UK's compiled stylesheet that this component uses (its own, button, hidden text). */
function govukComponentCss() {
  const css = readFileSync(`${GOV}/govuk-frontend.min.css`, 'utf8');
  const wanted = /exit-this-page|govuk-button|govuk-visually-hidden/;
  const keep = (block) => {
    let out = '';
    let depth = 0;
    let start = 0;
    for (let i = 0; i < block.length; i += 1) {
      if (block[i] === '{') depth += 1;
      else if (block[i] === '}') {
        depth -= 1;
        if (depth === 0) {
          const rule = block.slice(start, i + 1);
          const open = rule.indexOf('{');
          const prelude = rule.slice(0, open);
          if (prelude.trim().startsWith('@')) {
            const inner = keep(rule.slice(open + 1, -1));
            if (inner) out += `${prelude}{${inner}}`;
          } else if (wanted.test(prelude)) out += rule;
          start = i + 1;
        }
      }
    }
    return out;
  };
  return Buffer.from(keep(css));
}

async function timeExit(ctx, pageName, trigger) {
  const page = await ctx.browser.newPage();
  await page.setViewport({ width: 1024, height: 768 });
  const coverTimes = [];
  const navigationTimes = [];
  try {
    for (let run = 0; run < ctx.runs; run += 1) {
      await page.goto(`${ctx.baseUrl}/bench/pages/${pageName}`, { waitUntil: 'load' });
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))),
      );
      if (trigger === 'click') {
        const box = await page.evaluate(() => {
          const host = document.querySelector('quick-exit');
          const link = host
            ? host.shadowRoot.querySelector('.control')
            : document.querySelector('.govuk-exit-this-page__button');
          const rect = link.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        });
        await page.mouse.click(box.x, box.y);
      } else {
        for (let tap = 0; tap < 3; tap += 1) await page.keyboard.press('Shift');
      }
      const marks = await page.waitForFunction(
        () => {
          const m = window.__exitMarks;
          return m.trigger && m.navigation && m.painted ? { ...m } : null;
        },
        { timeout: 5000 },
      );
      const { trigger: t0, navigation, painted } = await marks.jsonValue();
      const covered = await page.evaluate(() => {
        const point = document.elementFromPoint(512, 600);
        return point !== null && !point.closest('main');
      });
      if (!covered) throw new Error(`${pageName}: the page was not covered after the ${trigger}`);
      navigationTimes.push(navigation - t0);
      coverTimes.push(painted - t0);
    }
  } finally {
    await page.close();
  }
  return { cover: ctx.stats(coverTimes), navigation: ctx.stats(navigationTimes) };
}

export default async function quickExitBench(ctx) {
  const ms = (s) => ctx.format(s, 'ms');
  const lit = ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'];
  const govJs = measure(await minified([`${GOV}/components/exit-this-page/exit-this-page.bundle.mjs`]));
  const govCss = measure(govukComponentCss());
  const oursLogic = measure(await minified(['bench/pages/exit-logic-entry.ts'], lit));
  const oursElement = measure(await elementCode('quick-exit'));
  const oursWithLit = measure(await minified(['src/elements/quick-exit/define.ts']));

  const rows = [
    ['GOV.UK Exit this page: JS (standalone bundle)', kb(govJs.gzip), '—', '—'],
    ['GOV.UK Exit this page: JS + its CSS rules', kb(govJs.gzip + govCss.gzip), '—', '—'],
    ['stat-widgets exit behaviour (`lib/exit` + `lib/exit-shortcut`)', kb(oursLogic.gzip), '—', '—'],
    [
      '`<quick-exit>` own code: behaviour, element, CSS, en+es strings (Lit excluded)',
      kb(oursElement.gzip),
      '—',
      '—',
    ],
    ['`<quick-exit>` alone with Lit bundled in', kb(oursWithLit.gzip), '—', '—'],
  ];
  for (const [label, pageName] of [
    ['GOV.UK Exit this page', 'govuk-exit.html'],
    ['`<quick-exit>`', 'quick-exit.html'],
  ]) {
    const click = await timeExit(ctx, pageName, 'click');
    const keys = await timeExit(ctx, pageName, 'keys');
    rows.push([`${label}: click`, '', ms(click.navigation), ms(click.cover)]);
    rows.push([`${label}: third Shift keyup`, '', ms(keys.navigation), ms(keys.cover)]);
  }
  return {
    title: '`<quick-exit>` vs GOV.UK Frontend "Exit this page"',
    columns: ['what', 'min + gzip', 'trigger → navigation requested', 'trigger → cover painted'],
    rows,
    notes: [
      `govuk-frontend ${JSON.parse(readFileSync('node_modules/govuk-frontend/package.json', 'utf8')).version}; both minified with esbuild, gzip level 9.`,
      'Both pages: the same content and probe, the built files served over HTTP, 1024×768, headless Chromium.',
      'The GOV.UK CSS row counts only the rules of govuk-frontend.min.css that the component uses; a site without GOV.UK Frontend would need them too.',
      '"Cover painted" is the task after the first rendered frame following the trigger; it includes waiting for that frame.',
      'GOV.UK navigates with a push (`location.href`) and sends a Referer; `<quick-exit>` replaces the history entry and sends none.',
    ],
  };
}

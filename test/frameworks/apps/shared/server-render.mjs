// Run by scripts/test-frameworks.mjs in Node (no DOM), against the packed package: React 19 and Vue 3
// render the elements on the server. The HTML must carry only the elements' own attributes (from the
// manifest) and global HTML ones, with the values a webmaster would write, and keep the light-DOM
// fallback content that shows before the script upgrades the elements.
import 'stat-widgets';
import { createElement as h, Fragment } from 'react';
import { renderToString as renderReact } from 'react-dom/server';
import { createSSRApp } from 'vue';
import { renderToString as renderVue } from 'vue/server-renderer';
import manifest from 'stat-widgets/custom-elements.json' with { type: 'json' };

const GLOBAL = new Set([
  'id',
  'class',
  'lang',
  'dir',
  'slot',
  'style',
  'hidden',
  'part',
  'exportparts',
  'title',
]);
const attributesOf = new Map(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName, new Set(declaration.attributes.map((a) => a.name))]),
);
const fallback = 'https://www.google.com/webhp';

const react = renderReact(
  h(
    Fragment,
    null,
    h('hotline-card', { id: 'card', preset: 'us-988', 'heading-level': 3, 'emit-events': false }),
    h('help-banner', { 'emergency-number': '911', dismissible: true, 'emit-events': true }),
    h('mailing-list-form', {
      provider: 'generic',
      action: '/subscribe',
      fields: 'email first-name',
      timeout: 5,
    }),
    h('quick-exit', { position: 'inline' }, h('a', { href: fallback }, 'Exit this page')),
    h('did-you-know', { interval: 8, shuffle: true }, h('p', null, 'A fact.'), h('p', null, 'Another.')),
    h('meeting-card', { schedule: 'first Thursday 11:30-13:00', timezone: 'America/Los_Angeles' }),
  ),
);

const vueApp = createSSRApp({
  template: `
    <hotline-card id="card" preset="us-988" :heading-level="3" :emit-events="false" />
    <help-banner emergency-number="911" dismissible :emit-events="true" />
    <mailing-list-form provider="generic" action="/subscribe" fields="email first-name" :timeout="5" />
    <quick-exit position="inline"><a href="${fallback}">Exit this page</a></quick-exit>
    <did-you-know :interval="8" shuffle><p>A fact.</p><p>Another.</p></did-you-know>
    <meeting-card schedule="first Thursday 11:30-13:00" timezone="America/Los_Angeles" />`,
});
vueApp.config.compilerOptions.isCustomElement = (tag) => tag.includes('-');
const vue = await renderVue(vueApp);

const problems = [];
for (const [framework, html] of Object.entries({ react, vue })) {
  const tags = [
    ...html.matchAll(
      /<(hotline-card|help-banner|mailing-list-form|quick-exit|did-you-know|meeting-card)\b([^>]*)>/g,
    ),
  ];
  if (tags.length !== 6) problems.push(`${framework}: rendered ${tags.length} of 6 elements: ${html}`);
  for (const [, tag, attributes] of tags) {
    for (const [, name] of attributes.matchAll(/\s([^\s=]+)(="[^"]*")?/g)) {
      if (!attributesOf.get(tag).has(name) && !GLOBAL.has(name))
        problems.push(`${framework}: <${tag}> has ${name}, which is not one of its attributes: ${html}`);
    }
  }
  if (!/heading-level="3"/.test(html)) problems.push(`${framework}: heading-level is not "3": ${html}`);
  if (!html.includes(`<a href="${fallback}">Exit this page</a>`))
    problems.push(`${framework}: the quick exit's fallback link is missing: ${html}`);
  if (!html.includes('<p>A fact.</p><p>Another.</p>'))
    problems.push(`${framework}: <did-you-know>'s facts are missing: ${html}`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('frameworks: React and Vue render all six elements on the server, with real attributes only.');

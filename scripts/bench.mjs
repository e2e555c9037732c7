// npm run bench: runs every bench/*.bench.mjs in headless Chromium against the built files and prints
// one Markdown table per module, also written to bench/RESULTS.md with the date, the machine and how
// busy it was. From a clean clone: `npm install && npm run build && npm run bench` (a few minutes).
//
// A bench module: `export default async function (ctx)` with
//   ctx.browser  a puppeteer-core Browser on the local Chromium (see scripts/ensure-browser.mjs)
//   ctx.baseUrl  a static server over the repository root on 127.0.0.1 (after the build)
//   ctx.runs     how many times to repeat each measurement (BENCH_RUNS, default 7)
//   ctx.stats    (numbers) => { median, min, max }; ctx.format(stats, unit) => "12.3 ms (11.9–13.0)"
// returning { title, columns: string[], rows: (string|number)[][], notes?: string[] }.
// Run one module: `npm run bench -- quick-exit`.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from './ensure-browser.mjs';

const root = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);

if (!existsSync(join(root, 'dist/stat-widgets.js')))
  execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit', cwd: root });
// The bench measures in Chromium only: it installs no other engine.
if (!findBrowser())
  execFileSync('node', ['scripts/ensure-browser.mjs', 'chromium'], { stdio: 'inherit', cwd: root });

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A static server over the repository root: enough for bench pages, with no caching surprises. */
function serve() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

export function stats(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

export function format({ median, min, max }, unit = 'ms', digits = 1) {
  return `${median.toFixed(digits)} ${unit} (${min.toFixed(digits)}–${max.toFixed(digits)})`;
}

function table({ title, columns, rows, notes = [] }) {
  const lines = [
    `### ${title}`,
    '',
    `| ${columns.join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
  ];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  if (notes.length) lines.push('', ...notes.map((note) => `- ${note}`));
  return lines.join('\n');
}

const modules = readdirSync(join(root, 'bench'))
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => only.length === 0 || only.some((wanted) => name.startsWith(wanted)))
  .sort();
if (modules.length === 0) {
  console.error('bench: no bench/*.bench.mjs modules matched.');
  process.exit(1);
}

const server = await serve();
const browser = await puppeteer.launch({
  executablePath: findBrowser(),
  headless: true,
  args: CHROMIUM_ARGS,
});
const ctx = {
  browser,
  baseUrl: `http://127.0.0.1:${server.address().port}`,
  runs: Number(process.env.BENCH_RUNS) || 7,
  stats,
  format,
};

const version = await browser.version();
const sections = [];
let failed = false;
/** How busy the machine was: the 1-minute load average (runnable processes) at a module's start and end. */
const loads = [];
const load = () => loadavg()[0].toFixed(1);
try {
  for (const name of modules) {
    const { default: run } = await import(join(root, 'bench', name));
    try {
      const before = load();
      const result = await run(ctx);
      const after = load();
      loads.push(`${name.replace('.bench.mjs', '')} ${before}→${after}`);
      result.notes = [
        ...(result.notes ?? []),
        `Machine load (1-minute load average on ${cpus().length} cores) from start to end: ${before} → ${after}.`,
      ];
      const section = table(result);
      console.log(`\n${section}`);
      sections.push(section);
    } catch (error) {
      failed = true;
      console.error(`bench: ${name} failed: ${error?.stack ?? error}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const header = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} CPU cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, headless ${version}.`,
  `Each timing is the median of ${ctx.runs} runs, with the lowest and highest in brackets.`,
  `How busy the machine was (1-minute load average at each module's start → end; ${cpus().length} means every core busy): ${loads.join(', ')}.`,
  'Long tasks are counted by CPU time from a trace, which a busy machine inflates far less than wall time.',
].join('\n');
if (only.length === 0 && !failed)
  writeFileSync(join(root, 'bench/RESULTS.md'), `${header}\n\n${sections.join('\n\n')}\n`);
process.exit(failed ? 1 : 0);

// One way to write a generated file: formatted with the project's Prettier settings, written only when
// it changed; with `--check`, nothing is written and the process fails when the committed copy is
// stale (npm test runs the generators this way, as scripts/check-manifest.mjs does for the manifest).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

/**
 * @param {string} path the file, relative to the repository root
 * @param {string} text its new contents (formatted here)
 * @param {string} parser the Prettier parser (`typescript`, `json`)
 * @param {string} command what a developer runs to regenerate it
 */
export async function emitGenerated(path, text, parser, command) {
  const formatted = await format(text, { ...(await resolveConfig(path)), parser });
  const committed = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (process.argv.includes('--check')) {
    if (committed === formatted) {
      console.log(`${path} is current.`);
    } else {
      console.error(`${path} is stale: run \`${command}\` and commit the result.`);
      process.exitCode = 1;
    }
  } else if (committed !== formatted) {
    writeFileSync(path, formatted);
    console.log(`wrote ${path}`);
  }
}

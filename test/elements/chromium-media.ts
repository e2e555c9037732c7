/**
 * DevTools media emulation, for the `*.chromium.test.ts` files only: Firefox and WebKit give a test
 * no way to print-preview, force colours or reduce motion. Each call checks that the page really
 * sees the emulated media, so a check can never pass without it.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';

/** Forced colours for real (`emulateMedia` ignores `forcedColors`: test/server/forced-colors-plugin.mjs). */
export async function forcedColors(active: boolean): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { active });
  expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(active);
}

export async function printMedia(): Promise<void> {
  await emulateMedia({ media: 'print' });
  expect(matchMedia('print').matches, 'print media emulated').to.equal(true);
}

export async function reducedMotion(): Promise<void> {
  await emulateMedia({ reducedMotion: 'reduce' });
  expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'reduced motion emulated').to.equal(true);
}

/** Back to the screen, system colours and motion (an `afterEach` of every file that emulates). */
export async function resetMedia(): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { active: false });
  await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
}

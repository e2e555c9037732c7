/**
 * Browser commands that work in all three engines (Chromium, Firefox, WebKit), served by
 * test/server/engine-commands.mjs: held keys (`sendKeys({ down | up })` from
 * @web/test-runner-commands is refused by WebDriver). (For a narrow viewport,
 * see `narrowPage` in test/bundle/bundle-page.ts: WebKit's window cannot be made 320 px wide.)
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** Holds `key` (a modifier: Shift, Control, Alt, Meta) down until `releaseKey`. */
export async function holdKey(key: string): Promise<void> {
  await executeServerCommand('engine-key', { down: key });
}

export async function releaseKey(key: string): Promise<void> {
  await executeServerCommand('engine-key', { up: key });
}

/** Presses and releases `key`, for keys WebDriver's sendKeys cannot name (ShiftRight). */
export async function pressKey(key: string): Promise<void> {
  await executeServerCommand('engine-key', { press: key });
}

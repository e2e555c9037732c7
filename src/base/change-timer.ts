import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Longest delay `setTimeout` honours (about 24.8 days); a later change re-arms when it fires. */
const MAX_TIMER = 2 ** 31 - 1;

/**
 * One timer to the next moment an element's text changes by itself (a hotline opens, a meeting
 * starts): no polling. It re-renders the host then; the host arms it again from what it shows. Off
 * while the element is out of the page, and re-armed by a render when it comes back.
 */
export class ChangeTimer implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Re-renders the host at the instant `at` (ms); `null` only clears. */
  arm(at: number | null | undefined): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (at === null || at === undefined || !this.host.isConnected) return;
    const delay = Math.min(Math.max(at - Date.now(), 0), MAX_TIMER);
    this.timer = setTimeout(() => this.host.requestUpdate(), delay);
  }

  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.arm(null);
  }
}

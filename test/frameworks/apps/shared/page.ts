/**
 * What every framework test app shares: the URLs the elements need on the test server, and the
 * report each framework's event handler sends to the test page that framed the app (the test reads
 * the app's own rendered log too; a report is how an exit, which leaves the page, is seen).
 */
import type { StatContactEvent, StatDismissEvent, StatExitEvent, SubscribeDetail } from 'stat-widgets';

export type AppName = 'react' | 'vue' | 'svelte';

/** A neutral page on the test server for the quick exit to leave to. */
export const exitUrl = new URL('/test/frameworks/apps/shared/landing.html', location.href).href;
/** The test server's stand-in for the docs' generic signup contract. */
export const signupUrl = new URL('/stand-in/generic/frameworks', location.href).href;

type StatEvent = StatContactEvent | StatDismissEvent | StatExitEvent | CustomEvent<SubscribeDetail>;

/** One line for the app's log: the event's name and what it carries. */
export function describe(event: StatEvent): string {
  if (event instanceof CustomEvent) return `${event.type} ${event.detail.provider} ${event.detail.state}`;
  if ('trigger' in event) return `${event.type} ${event.trigger}`;
  if ('detail' in event) return `${event.type} ${event.detail.hotline} ${event.detail.channel}`;
  return event.type;
}

/** Tells the framing test page what reached this app's handler (and every stat-widgets warning). */
export function report(app: AppName, line: string): void {
  parent.postMessage({ app, line }, location.origin);
}

const warn = console.warn.bind(console);
export function reportWarnings(app: AppName): void {
  console.warn = (...args: unknown[]) => {
    report(app, `warning ${args.map(String).join(' ')}`);
    warn(...args);
  };
}

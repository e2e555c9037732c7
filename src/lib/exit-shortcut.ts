/**
 * Keyboard shortcuts for quick-exit controls: pure detectors (table-tested, no DOM) and ONE set of
 * page-wide listeners shared by every exit control on the page.
 *
 * Why one hub: two controls on a page (a `<quick-exit>` and a `<help-banner>` exit, say) must give
 * one exit and one announcement, not two racing exits and a doubled "press 2 more times".
 */

export type ShortcutKind = 'shift' | 'escape' | 'none';

export type ShortcutResult =
  { kind: 'none' } | { kind: 'progress'; remaining: number } | { kind: 'reset' } | { kind: 'trigger' };

const NONE: ShortcutResult = { kind: 'none' };

/** Default number of Shift taps, longest gap between taps, longest a clean tap may be held. */
export const SHIFT_TAPS = 3;
export const SHIFT_TIMEOUT_MS = 5000;
export const SHIFT_MAX_HOLD_MS = 600;

/** Counts presses of one shortcut: a gap longer than `gap` ms starts again; `needed` presses trigger. */
class PressCounter {
  protected count = 0;
  private lastAt = -Infinity;

  /** Taps or presses counted so far in the current sequence. */
  get progress(): number {
    return this.count;
  }

  /** The gap since the last press ran out. */
  expire(): ShortcutResult {
    return this.reset();
  }

  protected press(now: number, gap: number, needed: number): ShortcutResult {
    if (now - this.lastAt > gap) this.count = 0;
    this.count += 1;
    this.lastAt = now;
    if (this.count < needed) return { kind: 'progress', remaining: needed - this.count };
    this.reset();
    return { kind: 'trigger' };
  }

  protected reset(): ShortcutResult {
    const hadProgress = this.count > 0;
    this.count = 0;
    this.lastAt = -Infinity;
    return hadProgress ? { kind: 'reset' } : NONE;
  }
}

/**
 * Three clean Shift taps, at most `timeout` ms apart.
 *
 * A tap is clean when Shift goes down and comes back up with no other key, pointer press or wheel
 * in between, within `maxHold` ms. So typing capitals (Shift+H), Shift+click range selection,
 * Shift+wheel scrolling and holding Shift never count — and any of them, or any other key between
 * taps, starts the count again. Left and right Shift are tracked by `code`: alternating them counts
 * every tap, and pressing both together is one tap (GOV.UK's `lastKeyWasModified` guard gets both of
 * these wrong, govuk-frontend #5393).
 */
export class ShiftTapDetector extends PressCounter {
  private readonly down = new Set<string>();
  private downAt = 0;
  private clean = false;

  constructor(
    public timeout = SHIFT_TIMEOUT_MS,
    readonly taps = SHIFT_TAPS,
    readonly maxHold = SHIFT_MAX_HOLD_MS,
  ) {
    super();
  }

  keydown(key: string, code: string, now: number): ShortcutResult {
    if (key === 'Shift') {
      if (this.down.size === 0) {
        this.downAt = now;
        this.clean = true;
      }
      this.down.add(code || key);
      return NONE;
    }
    // Any other key: the Shift being held (if any) was a modifier, and the sequence starts over.
    if (this.down.size > 0) this.clean = false;
    return this.reset();
  }

  keyup(key: string, code: string, now: number): ShortcutResult {
    if (key !== 'Shift') return NONE;
    // A Shift keyup whose keydown we never saw (pressed before focus came to this page) is not a tap.
    if (!this.down.delete(code || key)) {
      if (this.down.size === 0 || code) return NONE;
      this.down.clear(); // a synthetic event without `code`: treat as releasing everything
    }
    if (this.down.size > 0) return NONE; // the other Shift is still held: one tap
    if (!this.clean || now - this.downAt > this.maxHold) return this.reset();
    return this.press(now, this.timeout, this.taps);
  }

  /** A pointer press or wheel turn: spoils a Shift tap in progress (Shift+click, Shift+wheel). */
  interrupt(): ShortcutResult {
    if (this.down.size === 0) return NONE;
    this.clean = false;
    return NONE;
  }

  /** The window lost focus: keyups may never arrive, so forget what is held. */
  blur(): ShortcutResult {
    this.down.clear();
    this.clean = false;
    return this.reset();
  }
}

export const ESCAPE_PRESSES = 2;
export const ESCAPE_WINDOW_MS = 1000;

/**
 * Esc pressed twice within one second (NSW's shortcut), opt-in only: Esc also closes dialogs and
 * menus, stops page loading and takes screen readers out of forms mode, so a press that something
 * else is using (`ignored`) never counts and starts the count again.
 */
export class EscapeDetector extends PressCounter {
  constructor(
    readonly presses = ESCAPE_PRESSES,
    readonly window = ESCAPE_WINDOW_MS,
  ) {
    super();
  }

  keydown(key: string, repeat: boolean, ignored: boolean, now: number): ShortcutResult {
    if (key !== 'Escape' || ignored) return this.reset();
    if (repeat) return NONE;
    return this.press(now, this.window, this.presses);
  }
}

/** Roles that use Esc themselves (to close, cancel or leave): editable widgets, menus, dialogs. */
const EDITABLE_ROLES = /^(alertdialog|dialog|combobox|listbox|menu|menubar|menuitem|textbox|searchbox)$/;
/** Input types without text to edit: Esc there is ours. */
const TEXTLESS_INPUTS = /^(button|checkbox|radio|submit|reset|image|range|color)$/;

/**
 * Whether an Esc press belongs to something else: focus in an editable field, a combobox, listbox
 * or menu (Esc closes or cancels those), an open modal dialog, or another handler already acted.
 */
export function escapeBelongsElsewhere(event: KeyboardEvent): boolean {
  if (event.defaultPrevented) return true;
  const doc = (event.currentTarget as Window | null)?.document ?? document;
  if (doc.querySelector('dialog:modal, [aria-modal="true"]')) return true;
  for (const node of event.composedPath()) {
    if (!(node instanceof Object) || !('localName' in node)) continue;
    const element = node as HTMLElement;
    const name = element.localName;
    if (name === 'textarea' || name === 'select') return true;
    if (name === 'input' && !TEXTLESS_INPUTS.test((element as HTMLInputElement).type)) return true;
    if (element.isContentEditable) return true;
    const role = element.getAttribute?.('role');
    if (role && EDITABLE_ROLES.test(role)) return true;
  }
  return false;
}

/** What an exit control tells the hub. */
export interface ExitShortcutClient {
  readonly shortcut: ShortcutKind;
  /** Longest gap between Shift taps (ms). */
  readonly shortcutTimeout: number;
  /** Polite progress ("Shift, press 2 more times to exit."). */
  progress(kind: ShortcutKind, remaining: number): void;
  /** The sequence ran out ("… expired."). */
  expired(kind: ShortcutKind): void;
  /** Run the exit. */
  trigger(): void;
  /** The control the first Tab press of the page should focus. */
  focusTarget(): HTMLElement | null;
}

interface Hub {
  clients: ExitShortcutClient[];
  shift: ShiftTapDetector;
  escape: EscapeDetector;
  timer: number | undefined;
  tabbed: boolean;
  listeners: [string, EventListener, AddEventListenerOptions][];
}

const hubs = new WeakMap<Window, Hub>();

/** The client that speaks and acts for `kind`: the first registered one using that shortcut. */
function leader(hub: Hub, kind: ShortcutKind): ExitShortcutClient | undefined {
  return hub.clients.find((client) => client.shortcut === kind);
}

/**
 * Registers an exit control with its window's shared keyboard hub; returns the unregister function.
 * The first registration adds the page-wide listeners, the last unregistration removes them.
 */
export function registerExitShortcut(view: Window, client: ExitShortcutClient): () => void {
  let hub = hubs.get(view);
  if (!hub) {
    hub = createHub(view);
    hubs.set(view, hub);
  }
  const current = hub;
  current.clients.push(client);
  return () => {
    const index = current.clients.indexOf(client);
    if (index === -1) return;
    current.clients.splice(index, 1);
    if (current.clients.length > 0) return;
    view.clearTimeout(current.timer);
    for (const [type, listener, options] of current.listeners)
      view.removeEventListener(type, listener, options);
    hubs.delete(view);
  };
}

function createHub(view: Window): Hub {
  const hub: Hub = {
    clients: [],
    shift: new ShiftTapDetector(),
    escape: new EscapeDetector(),
    timer: undefined,
    tabbed: false,
    listeners: [],
  };

  const apply = (kind: ShortcutKind, result: ShortcutResult, gap: number) => {
    const client = leader(hub, kind);
    view.clearTimeout(hub.timer);
    if (!client) return;
    if (result.kind === 'trigger') client.trigger();
    else if (result.kind === 'progress') {
      client.progress(kind, result.remaining);
      // The gap runs from THIS press: 5 s between presses, not 5 s in all.
      hub.timer = view.setTimeout(() => {
        const expired = (kind === 'shift' ? hub.shift : hub.escape).expire();
        if (expired.kind === 'reset') client.expired(kind);
      }, gap);
    } else if (result.kind === 'reset') client.expired(kind);
  };

  const shiftTimeout = () => leader(hub, 'shift')?.shortcutTimeout ?? SHIFT_TIMEOUT_MS;

  // Capture phase on the window: a component that stops propagation cannot hide Shift taps from us,
  // and the exit works with focus anywhere, including inside other shadow roots and fields.
  const onKeydown = (event: KeyboardEvent) => {
    const now = event.timeStamp;
    if (leader(hub, 'shift')) {
      hub.shift.timeout = shiftTimeout();
      const result = hub.shift.keydown(event.key, event.code, now);
      if (result.kind !== 'none') apply('shift', result, shiftTimeout());
    }
    if (event.key === 'Tab' && !hub.tabbed) firstTab(event);
    else if (event.key !== 'Shift') hub.tabbed = true;
  };
  const onKeyup = (event: KeyboardEvent) => {
    if (!leader(hub, 'shift')) return;
    hub.shift.timeout = shiftTimeout();
    const result = hub.shift.keyup(event.key, event.code, event.timeStamp);
    if (result.kind !== 'none') apply('shift', result, shiftTimeout());
  };
  // Bubble phase for Esc: a dialog or menu that handles Esc (and prevents it) acts first, and we
  // then see `defaultPrevented`.
  const onEscapeKeydown = (event: KeyboardEvent) => {
    if (!leader(hub, 'escape')) return;
    const ignored = event.key === 'Escape' && escapeBelongsElsewhere(event);
    const result = hub.escape.keydown(event.key, event.repeat, ignored, event.timeStamp);
    if (result.kind !== 'none') apply('escape', result, ESCAPE_WINDOW_MS);
  };
  const onInterrupt = () => hub.shift.interrupt();
  const onBlur = () => {
    const result = hub.shift.blur();
    if (result.kind !== 'none') apply('shift', result, shiftTimeout());
  };
  // A keyboard user reaches the exit first: the first Tab press of the page, while nothing has focus
  // yet, goes to the exit control. Once focus is anywhere (a field, a link), Tab is left alone.
  const firstTab = (event: KeyboardEvent) => {
    hub.tabbed = true;
    if (event.shiftKey || event.defaultPrevented) return;
    const active = view.document.activeElement;
    if (active && active !== view.document.body && active !== view.document.documentElement) return;
    const target = hub.clients[0]?.focusTarget();
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
  const onPointer = () => {
    hub.tabbed = true;
    onInterrupt();
  };

  hub.listeners = [
    ['keydown', onKeydown as EventListener, { capture: true }],
    ['keyup', onKeyup as EventListener, { capture: true }],
    ['keydown', onEscapeKeydown as EventListener, {}],
    ['pointerdown', onPointer, { capture: true, passive: true }],
    ['wheel', onInterrupt, { capture: true, passive: true }],
    ['blur', onBlur, {}],
  ];
  for (const [type, listener, options] of hub.listeners) view.addEventListener(type, listener, options);
  return hub;
}

// Layout measurements taken inside a visitor's page (run through page.evaluate in any engine): every
// box is measured, nothing is judged by eye. Each function returns a list of problems ([] = fine).

/** Everything here runs in the page; it is passed as source, so it may use only browser globals. */
export async function measureLayout({ tags }) {
  const frames = async (n = 2) => {
    for (let i = 0; i < n; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 30));
  };
  const overlap = (a, b) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
  const describe = (element) =>
    `<${element.localName}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/)[0]}` : ''}> "${(element.textContent || element.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`;
  const visible = (rect) => rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight;
  const hosts = [...document.querySelectorAll(tags.join(','))];
  const insideWidget = (node) => {
    for (let current = node; current; current = current.parentNode ?? current.host)
      if (current.nodeType === 1 && tags.includes(current.localName)) return true;
    return false;
  };
  const problems = [];

  // The page's own text, images and form fields (not the widgets'), as boxes.
  const contentBoxes = () => {
    const boxes = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (
        !text.textContent.trim() ||
        insideWidget(text) ||
        text.parentElement.closest('script, style, noscript')
      )
        continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const rect of range.getClientRects())
        if (visible(rect)) boxes.push({ rect, what: `text "${text.textContent.trim().slice(0, 30)}"` });
    }
    for (const element of document.body.querySelectorAll(
      'img, input, textarea, select, button, iframe, video',
    ))
      if (!insideWidget(element) && visible(element.getBoundingClientRect()))
        boxes.push({ rect: element.getBoundingClientRect(), what: describe(element) });
    return boxes;
  };

  // Controls of every widget, in their shadow roots and light DOM, apart from quick exits' own.
  const widgetControls = (except) => {
    const controls = [];
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea';
    for (const host of hosts) {
      if (host.localName === 'quick-exit' || host === except) continue;
      const roots = [host, host.shadowRoot].filter(Boolean);
      for (const root of roots)
        for (const control of root.querySelectorAll(selector)) {
          if (control.closest('quick-exit')) continue;
          const rect = control.getBoundingClientRect();
          if (visible(rect)) controls.push({ rect, what: `${host.localName} ${describe(control)}` });
        }
    }
    return controls;
  };

  const formFields = () =>
    [...document.querySelectorAll('input:not([type="hidden"]), textarea, select, button')]
      .map((field) => ({ rect: field.getBoundingClientRect(), what: describe(field) }))
      .filter(({ rect }) => visible(rect));

  scrollTo(0, 0);
  await frames(3);
  const width = document.documentElement.clientWidth;

  // Top bars: a `top` help-banner spans the viewport; nothing of the page is under any top bar at rest.
  for (const banner of document.querySelectorAll('help-banner[position="top"]')) {
    const base = banner.shadowRoot.querySelector('.base');
    if (!base || base.hidden) continue;
    const rect = base.getBoundingClientRect();
    if (Math.abs(rect.left) > 1 || Math.abs(rect.right - width) > 1)
      problems.push(
        `top banner spans ${Math.round(rect.left)}–${Math.round(rect.right)} px of a ${width} px viewport`,
      );
    for (const box of contentBoxes())
      if (overlap(rect, box.rect)) problems.push(`top banner covers ${box.what} at rest`);
  }
  for (const exit of document.querySelectorAll('quick-exit[position="top"]')) {
    const dock = exit.shadowRoot.querySelector('.dock');
    const rect = dock.getBoundingClientRect();
    for (const box of contentBoxes())
      if (overlap(rect, box.rect)) problems.push(`top quick exit covers ${box.what} at rest`);
  }

  // Floating exits, scrolled through the whole page: never over another widget's control; the
  // safety hint never over a form field.
  const floating = [...document.querySelectorAll('quick-exit')].filter(
    (exit) => !['top', 'inline'].includes(exit.getAttribute('position') ?? ''),
  );
  const step = Math.round(innerHeight * 0.3);
  const end = document.documentElement.scrollHeight - innerHeight;
  let positions = 0;
  for (let y = 0; ; y = Math.min(end, y + step)) {
    scrollTo(0, y);
    await frames();
    positions += 1;
    for (const exit of floating) {
      const control = exit.shadowRoot.querySelector('.control').getBoundingClientRect();
      for (const other of widgetControls(exit))
        if (overlap(control, other.rect))
          problems.push(`at scroll ${y}: the exit button covers ${other.what}`);
      const hint = exit.shadowRoot.querySelector('.hint');
      const hintRect = hint?.getBoundingClientRect();
      if (hintRect && visible(hintRect))
        for (const field of formFields())
          if (overlap(hintRect, field.rect))
            problems.push(`at scroll ${y}: the exit's hint covers ${field.what}`);
    }
    if (y >= end) break;
  }
  scrollTo(0, 0);
  return { problems: [...new Set(problems)], positions, floating: floating.length };
}

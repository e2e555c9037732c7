/**
 * Settings → Stat Widgets: a live preview of each site-wide widget as its fields change, and its
 * no-JavaScript content written into the section's hidden field, so the site-wide widget carries a
 * fallback (links, a form) for visitors without JavaScript.
 */
import type { AttributeInfo } from '../../demo/lib/manifest.js';
import { pluginData, WidgetPreview } from './widget-preview.js';

/** The value of one attribute's field, or null when it is not set. */
function fieldValue(control: HTMLInputElement | HTMLSelectElement, attribute: AttributeInfo): string | null {
  if (control instanceof HTMLInputElement && control.type === 'checkbox') return control.checked ? '' : null;
  const value = control.value.trim();
  if (value === '') return null;
  return attribute.kind === 'boolean' && value === 'on' ? '' : value;
}

const previews: WidgetPreview[] = [];

for (const section of document.querySelectorAll<HTMLElement>('[data-widget]')) {
  const element = pluginData.elements.find((candidate) => candidate.tagName === section.dataset.widget);
  const hidden = section.querySelector<HTMLInputElement>('[data-fallback]');
  const box = section.querySelector<HTMLElement>('[data-preview]');
  if (!element || !hidden || !box) continue;
  const warnings = document.createElement('ul');
  const frame = document.createElement('iframe');
  box.append(frame, warnings);
  const preview = new WidgetPreview(frame, element, (result) => {
    hidden.value = result.fallback;
    warnings.replaceChildren(
      ...result.warnings.map((warning) =>
        Object.assign(document.createElement('li'), { textContent: warning }),
      ),
    );
  });
  const read = (): [string, string][] => {
    const chosen: [string, string][] = [];
    for (const attribute of element.attributes) {
      const control = section.querySelector<HTMLInputElement | HTMLSelectElement>(
        `[data-attribute="${CSS.escape(attribute.name)}"]`,
      );
      const value = control ? fieldValue(control, attribute) : null;
      if (value !== null) chosen.push([attribute.name, value]);
    }
    return chosen;
  };
  previews.push(preview);
  section.addEventListener('input', () => preview.update(read()));
  section.addEventListener('change', () => preview.update(read()));
  preview.update(read());
}

// Saved right after a change, the fallback must already match the new options: wait for the previews
// (at most 5 s, so a preview that cannot load never blocks saving), then submit again.
const form = document.querySelector<HTMLFormElement>('form[action="options.php"]');
let waited = false;
form?.addEventListener('submit', (event) => {
  if (waited || previews.every((preview) => preview.settled)) return;
  event.preventDefault();
  const submitter = event.submitter;
  const timeout = new Promise((resolve) => setTimeout(resolve, 5000));
  void Promise.race([Promise.all(previews.map((preview) => preview.whenSettled())), timeout]).then(() =>
    // In a task of its own: a form ignores a new submission while its submit event is still firing.
    setTimeout(() => {
      waited = true;
      form.requestSubmit(submitter);
    }),
  );
});

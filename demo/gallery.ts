/**
 * The gallery's page-level controls: show every example in English or Spanish, light or dark, and
 * right-to-left. They set `lang`, `dir` and a theme on the gallery, exactly what a host page would do,
 * so the examples show how the widgets follow their page. The choice is kept in the address (not in
 * storage), so a view can be shared as a link.
 */
const gallery = document.getElementById('gallery')!;
const langSelect = document.getElementById('gallery-lang') as HTMLSelectElement;
const themeSelect = document.getElementById('gallery-theme') as HTMLSelectElement;
const rtlCheckbox = document.getElementById('gallery-rtl') as HTMLInputElement;

function apply(): void {
  gallery.lang = langSelect.value;
  gallery.dir = rtlCheckbox.checked ? 'rtl' : 'ltr';
  document.documentElement.dataset.theme = themeSelect.value;
}

function remember(): void {
  const url = new URL(location.href);
  url.searchParams.set('lang', langSelect.value);
  url.searchParams.set('theme', themeSelect.value);
  if (rtlCheckbox.checked) url.searchParams.set('dir', 'rtl');
  else url.searchParams.delete('dir');
  history.replaceState(null, '', url);
}

const params = new URL(location.href).searchParams;
const pick = (select: HTMLSelectElement, value: string | null): void => {
  if (value && [...select.options].some((option) => option.value === value)) select.value = value;
};
pick(langSelect, params.get('lang'));
pick(
  themeSelect,
  params.get('theme') ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'),
);
rtlCheckbox.checked = params.get('dir') === 'rtl';
apply();

for (const control of [langSelect, themeSelect, rtlCheckbox]) {
  control.addEventListener('change', () => {
    apply();
    remember();
  });
}

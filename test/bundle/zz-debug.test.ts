import { emulateMedia } from '@web/test-runner-commands';
import { closeBundlePages, loadBundlePage } from './bundle-page.js';
it('debug', async () => {
  const page = await loadBundlePage('classic-once.html', { width: 320 });
  await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  await new Promise((r) => setTimeout(r, 100));
  console.log(
    'top fc',
    matchMedia('(forced-colors: active)').matches,
    'frame fc',
    page.win.matchMedia('(forced-colors: active)').matches,
    'frame rm',
    page.win.matchMedia('(prefers-reduced-motion: reduce)').matches,
  );
  const p2 = await loadBundlePage('classic-once.html', { width: 320, sandbox: false });
  console.log('unsandboxed frame fc', p2.win.matchMedia('(forced-colors: active)').matches);
  await emulateMedia({ forcedColors: 'none' });
  closeBundlePages();
});

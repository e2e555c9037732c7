// Before `npm start`: the snippet builder reads the built bundle (for its download link and the
// integrity hash in every snippet), so a fresh clone builds once; later starts skip this.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/stat-widgets.js')) {
  console.log('prestart: building dist/stat-widgets.js once for the snippet builder (npm run build)…');
  execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
}

// Bytes of the embed bundle, the shared foundation and each element's own code: the rows of `npm run size`.
import { kb, sizeRows } from '../scripts/size.mjs';

export default async function sizeBench() {
  const rows = (await sizeRows()).map(({ label, size, gzipBudget }) => [
    `\`${label}\``,
    kb(size.raw),
    kb(size.gzip),
    kb(size.brotli),
    gzipBudget === undefined ? '—' : kb(gzipBudget),
  ]);
  return { title: 'Size', columns: ['file', 'raw', 'gzip', 'brotli', 'gzip budget'], rows };
}

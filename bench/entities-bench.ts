/**
 * Entities stage throughput on one core: reports per second on ~5 KB English reports, plus the
 * gazetteer's load time and memory. Uses the seed reports from ../shared/data/seeds when present
 * (read at run time, never copied), else a report written here.
 *
 *   node --import tsx bench/entities-bench.ts [seconds]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractEntities } from '../src/analyze/entities/extract-entities.js';
import { gazetteer, gazetteerLoadInfo } from '../src/analyze/places/gazetteer.js';

const seconds = Number(process.argv[2] ?? 5);
const seeds = fileURLToPath(new URL('../../shared/data/seeds/', import.meta.url));
const FALLBACK =
  'Regional governor Ilse Varga said two drones were shot down over Belgorod early on Tuesday. ' +
  'Kremlin spokesman Dmitry Peskov declined to comment. "We will respond," the governor said. ' +
  "Russia's Defense Ministry blamed Ukraine; Kyiv denied involvement, according to Ukrainian officials. ";
const texts = existsSync(seeds)
  ? readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seeds, f), 'utf8'))
  : [FALLBACK.repeat(20)];
// Normalise every input to about 5 KB so the figure is per 5 KB report.
const reports = texts.map((t) => (t.length >= 5000 ? t.slice(0, 5000) : t.repeat(Math.ceil(5000 / t.length)).slice(0, 5000)));

const rss0 = process.memoryUsage().rss;
gazetteer();
const rss1 = process.memoryUsage().rss;
const load = gazetteerLoadInfo()!;
console.log(`gazetteer: ${load.places} places from ${load.from} in ${load.ms.toFixed(0)} ms, RSS +${((rss1 - rss0) / 1e6).toFixed(1)} MB`);

const first = performance.now();
for (const r of reports) extractEntities(r);
console.log(`first pass (lexicons, caches cold): ${((performance.now() - first) / reports.length).toFixed(2)} ms/report`);

let n = 0;
let chars = 0;
const started = performance.now();
const until = started + seconds * 1000;
while (performance.now() < until) {
  for (const r of reports) {
    extractEntities(r);
    n++;
    chars += r.length;
  }
}
const elapsed = (performance.now() - started) / 1000;
console.log(`extractEntities: ${(n / elapsed).toFixed(0)} reports/s (${((chars / elapsed) / 1e6).toFixed(2)} MB/s, ${((elapsed * 1000) / n).toFixed(2)} ms/report, ${n} reports of ~5 KB)`);
console.log(`RSS after: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);

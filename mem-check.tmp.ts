import { createReportStream } from './bench/synthetic-reports.js';
import { StoryLayer } from './src/corpus/stories/story-layer.js';
const n = Number(process.argv[2] ?? 10000);
const stream = createReportStream();
const layer = StoryLayer.create({ clusterer: { activeWindow: Number(process.argv[3] ?? 50000) } }, { loadText: (id) => stream.text(stream.indexOf(id)!) });
const mem = (label: string) => { (globalThis as any).gc(); const m = process.memoryUsage(); console.log(label, 'heap', Math.round(m.heapUsed / 2 ** 20), 'ext', Math.round(m.external / 2 ** 20), 'ab', Math.round(m.arrayBuffers / 2 ** 20), 'rss', Math.round(m.rss / 2 ** 20)); };
function run() {
  for (let s = 0; s < n; s += 256) {
    const docs = [], fs = [];
    for (let i = s; i < Math.min(n, s + 256); i++) { const r = stream.report(i); docs.push(r.doc); fs.push(r.facts); }
    layer.add(docs, fs);
  }
}
function stats() {
  const st = layer.toJSON();
  const size = (x: unknown) => (JSON.stringify(x).length / 2 ** 20).toFixed(1);
  console.log('json MB: clusterer reports', size(st.clusterer.reports), 'pairs', st.clusterer.pairs.length, size(st.clusterer.pairs), 'index', size(st.clusterer.index), 'origin docs', size(st.origins.docs), 'links', st.origins.links.length, size(st.origins.links), 'layer reports', size(st.reports), 'stories', size(st.stories), 'profiles kept', st.clusterer.reports.filter(r => r.profile).length);
}
mem('start');
run();
mem('after');
if (!process.argv[4]) stats();
mem('after json');
if (process.argv[4]) { (globalThis as any).gc(); const v8 = await import('node:v8'); console.log(v8.writeHeapSnapshot(process.argv[4])); }

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReportPipeline } from '../../src/analyze/pipeline.js';
import { prepareAnalysis } from '../../src/analyze/prepare.js';
import type { CleanDocument, RawReport } from '../../src/model/document.js';
import { runOne } from '../../src/run/report-runner.js';
import type { ReportFacts } from '../../src/corpus/align/facet-types.js';
import { readReportFacts } from '../../src/corpus/align/read-report-facts.js';
import { recordOfLayerStory } from '../../src/corpus/stories/layer-story.js';
import { StoryLayer } from '../../src/corpus/stories/story-layer.js';

// The seeds are real reports kept outside the repository (../shared/data/seeds); they are read at run time.
const SEEDS = fileURLToPath(new URL('../../../shared/data/seeds/', import.meta.url));

function seedReports(published: Record<string, string> = {}): RawReport[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const no = file.slice(0, 3);
      return {
        id: `seed-${no}`,
        source: { kind: 'file', location: join(SEEDS, file), fetchedAt: '2026-01-01T00:00:00.000Z' },
        format: 'text',
        raw: readFileSync(join(SEEDS, file), 'utf8'),
        given: published[no] ? { published: published[no] } : {},
      };
    });
}

async function storiesOf(reports: readonly RawReport[]) {
  await prepareAnalysis();
  const pipeline = createReportPipeline();
  const layer = StoryLayer.create();
  const facts = new Map<string, ReportFacts>();
  for (const r of reports) {
    const res = runOne(pipeline, r);
    assert.ok(res.ok, `${r.id} is analysed`);
    const f = readReportFacts(res.doc as CleanDocument);
    facts.set(r.id, f);
    layer.add([res.doc as CleanDocument], [f]);
  }
  return { layer, facts, record: (docId: string) => recordOfLayerStory(layer, layer.storyOf(docId)!, facts)! };
}

test('seeds: 001 and 003 are different stories, 004 is a Kazan story, 000 stands alone with single-source claims, 002 has nothing to corroborate', async (t) => {
  if (!existsSync(SEEDS)) return t.skip('../shared/data/seeds is absent');
  const { layer, record } = await storiesOf(seedReports());
  assert.notEqual(layer.storyOf('seed-001'), layer.storyOf('seed-003'));
  assert.notEqual(layer.storyOf('seed-000'), layer.storyOf('seed-001'));
  assert.equal(record('seed-004').places[0]?.name, 'Kazan');

  const strike = record('seed-000');
  assert.deepEqual(strike.reports.filter((r) => r.role === 'member').map((r) => r.docId), ['seed-000']);
  assert.ok(strike.facets.length > 0, 'the strike near the Kremlin is read');
  for (const v of strike.facets) assert.equal(v.status, 'single-source', `${v.key} is single-source`);
  assert.ok(strike.findings.some((f) => f.ruleId === 'single-source-claim' && f.docId === 'seed-000'));

  const loose = record('seed-002');
  assert.ok(loose.facets.every((v) => v.status !== 'corroborated' && v.status !== 'contradicted'), 'no facts of 002 are corroborated or contradicted');
});

test('seeds: with their publication dates, 000 (Wednesday) and 001 (Tuesday) resolve to different event days and stay apart', async (t) => {
  if (!existsSync(SEEDS)) return t.skip('../shared/data/seeds is absent');
  // 3 May 2023 was a Wednesday, 30 May 2023 a Tuesday.
  const { layer, facts } = await storiesOf(seedReports({ '000': '2023-05-03', '001': '2023-05-30' }).filter((r) => r.id === 'seed-000' || r.id === 'seed-001'));
  const day = (id: string) => {
    const f = facts.get(id)!;
    return f.primary === undefined ? undefined : f.incidents[f.primary]!.days?.first;
  };
  const d0 = day('seed-000');
  const d1 = day('seed-001');
  assert.ok(d0 && d1 && d0 !== d1, `the reading layer dates them apart (${d0}, ${d1})`);
  assert.notEqual(layer.storyOf('seed-000'), layer.storyOf('seed-001'));
});

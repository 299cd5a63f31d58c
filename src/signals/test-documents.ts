/**
 * For signal tests: real documents, read by the real pipeline from the shared seeds and the
 * example corpus, up to the last reading stage the signals use. Returns undefined when the
 * data is absent, so a test can skip with a message instead of failing.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createPipeline } from '../core/stage.js';
import { STAGES } from '../analyze/pipeline.js';
import { prepareAnalysis } from '../analyze/prepare.js';
import { ingest } from '../ingest/ingest.js';
import { reportFromString } from '../ingest/build-report.js';
import { runOne } from '../run/report-runner.js';
import type { CleanDocument, GivenMeta } from '../model/document.js';

const REPO = new URL('../../', import.meta.url);
/** `../shared/data/seeds` relative to the repository root. */
export const SEEDS_DIR = fileURLToPath(new URL('../shared/data/seeds/', REPO));
/** The example corpus in the repository. */
export const EXAMPLES_DIR = fileURLToPath(new URL('examples/corpus/', REPO));

// The signals read none of what later stages add, and must not read their own findings.
const LATER = new Set(['incidents', 'signals']);
let pipeline: ReturnType<typeof createPipeline> | undefined;

async function readingPipeline() {
  await prepareAnalysis();
  pipeline ??= createPipeline(STAGES.filter((s) => !LATER.has(s.id)));
  return pipeline;
}

/**
 * An invented plain-text report read by the real stages, so a test's document carries what the
 * quotes, time, numbers and claims stages make of it. `given` stands for feed or JSONL fields
 * (a `published` date, a `title`).
 */
export async function readText(text: string, given: GivenMeta = {}): Promise<CleanDocument> {
  const p = await readingPipeline();
  const raw = reportFromString('text', text, {
    source: { kind: 'file', location: 'invented.txt', fetchedAt: '2026-03-20T00:00:00.000Z' },
    given,
    input: 'invented.txt',
  });
  const r = runOne(p, raw);
  if (!r.ok) throw r.error;
  return r.doc;
}

/** Every report in one input path, read up to the claims stage. */
export async function readDocuments(path: string): Promise<CleanDocument[] | undefined> {
  if (!existsSync(path)) return undefined;
  const p = await readingPipeline();
  const docs: CleanDocument[] = [];
  for await (const item of ingest([path])) {
    if (item.kind !== 'report') continue;
    const r = runOne(p, item.report);
    if (!r.ok) throw r.error;
    docs.push(r.doc);
  }
  return docs;
}

/** The seed whose file name starts with `prefix` ("000"), or undefined when the seeds are absent. */
export async function seedDocument(prefix: string): Promise<CleanDocument | undefined> {
  if (!existsSync(SEEDS_DIR)) return undefined;
  const name = readdirSync(SEEDS_DIR).find((n) => n.startsWith(prefix));
  if (name === undefined) return undefined;
  return (await readDocuments(SEEDS_DIR + name))?.[0];
}

/**
 * One report of the example corpus: a file under `examples/corpus/`, and for containers (JSONL,
 * feed, WARC) the record whose URL contains `record`.
 */
export async function exampleDocument(file: string, record?: string): Promise<CleanDocument | undefined> {
  const docs = await readDocuments(EXAMPLES_DIR + file);
  if (!docs) return undefined;
  return record === undefined ? docs[0] : docs.find((d) => (d.source.url ?? '').includes(record));
}

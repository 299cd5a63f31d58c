/**
 * Table-driven tests for cross-report signals, the sibling of `signal-tester.ts`: each case is a
 * handful of invented reports that the real pipeline reads and the real story layer turns into a
 * story; the signal runs on that story's verdicts or origin links, and its findings are checked
 * against the case — which report each is on, its message, and the words at every span, both
 * the report's own (`evidence`) and the other reports' (`related`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReportPipeline } from '../analyze/pipeline.js';
import { prepareAnalysis } from '../analyze/prepare.js';
import type { Pipeline } from '../core/stage.js';
import type { ReportFacts } from '../corpus/align/facet-types.js';
import { readReportFacts } from '../corpus/align/read-report-facts.js';
import { recordOfLayerStory } from '../corpus/stories/layer-story.js';
import { StoryLayer } from '../corpus/stories/story-layer.js';
import type { StoryRecord } from '../corpus/stories/story-types.js';
import type { CleanDocument, RawReport } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { evidenceHolds, type Evidence } from '../model/span.js';
import { runOne } from '../run/report-runner.js';
import { runCrossSignal, type CrossSignal, type StoryLinks, type StoryVerdicts } from './cross-signal.js';

/** A raw report with the short name a case calls it by. */
export type KeyedReport = RawReport & { key: string };

/** A story built from a case's reports by the real pipeline and story layer. */
export interface TestStory {
  record: StoryRecord;
  layer: StoryLayer;
  /** Every report of the case, read, by its key. */
  docs: ReadonlyMap<string, CleanDocument>;
  /** The case's key of a document id. */
  keyOf(docId: string): string;
}

/** The facet-verdict rules' input: the story's verdicts. */
export function storyVerdicts(story: TestStory): StoryVerdicts {
  return { verdicts: story.record.facets, storyId: story.record.id };
}

/** The origin-link rule's input: links of the story's reports to reports in the story or outside the set. */
export function storyLinks(story: TestStory): StoryLinks {
  const inStory = new Set(story.record.reports.map((r) => r.docId));
  const links = [...inStory].flatMap((id) => story.layer.origins.linksOf(id)).filter((l) => inStory.has(l.derivedFrom) || l.external);
  return { links, describe: (id) => story.layer.origins.describe(id) };
}

/** A finding a case expects: on which report, which message, and the words at every span. */
export interface ExpectedFinding {
  /** Key of the report the finding is on. */
  on: string;
  messageId: string;
  /** The quote of each evidence span, in order. */
  quotes: string[];
  /** `[report key, quote]` of each related span, in order; none when left out. */
  related?: Array<[string, string]>;
}

/** One case: the story's reports (in arrival order) and what the signal must (invalid) or must not (valid) report. */
export interface CrossSignalCase<O> {
  name: string;
  reports: readonly KeyedReport[];
  options?: Partial<O>;
  /** For invalid cases: every finding expected, in any order. */
  errors?: ExpectedFinding[];
}

let pipeline: Pipeline | undefined;
const analysed = new Map<string, CleanDocument>();

/** Reads a report with the full per-report pipeline, once per distinct report. */
async function analyse(r: KeyedReport): Promise<CleanDocument> {
  const cacheKey = JSON.stringify([r.raw, r.given]);
  const hit = analysed.get(cacheKey);
  if (hit) return hit;
  if (!pipeline) {
    await prepareAnalysis();
    pipeline = createReportPipeline();
  }
  const res = runOne(pipeline, r);
  if (!res.ok) throw res.error;
  analysed.set(cacheKey, res.doc);
  return res.doc;
}

/**
 * Builds the story of a case: every report added to a fresh story layer in order, and the story
 * of the first; every report must be in it (as a member or a linked report), or the case does
 * not test what it says.
 */
export async function buildTestStory(reports: readonly KeyedReport[]): Promise<TestStory> {
  const docs = new Map<string, CleanDocument>();
  for (const r of reports) docs.set(r.key, await analyse(r));
  const keys = new Map([...docs].map(([k, d]) => [d.id, k]));
  assert.equal(keys.size, docs.size, 'two reports of the case read as the same report');
  const facts = new Map<string, ReportFacts>();
  const layer = StoryLayer.create();
  for (const d of docs.values()) {
    const f = readReportFacts(d);
    facts.set(d.id, f);
    layer.add([d], [f]);
  }
  const first = docs.get(reports[0]!.key)!;
  const storyId = layer.storyOf(first.id);
  assert.ok(storyId, `${reports[0]!.key} forms no story`);
  const record = recordOfLayerStory(layer, storyId, facts)!;
  const inStory = new Set(record.reports.map((r) => r.docId));
  for (const [k, d] of docs) assert.ok(inStory.has(d.id), `${k} is not in the story of ${reports[0]!.key}`);
  return {
    record,
    layer,
    docs,
    keyOf: (id) => {
      const k = keys.get(id);
      assert.ok(k !== undefined, `span in ${id}, which is no report of the case`);
      return k;
    },
  };
}

/** What a finding says, in the terms of {@link ExpectedFinding}. */
function described(f: Finding, story: TestStory): ExpectedFinding {
  const quoted = (ev: Evidence): [string, string] => [story.keyOf(ev.docId), ev.quote];
  return { on: story.keyOf(f.docId), messageId: f.messageId, quotes: f.evidence.map((ev) => ev.quote), ...(f.related?.length ? { related: f.related.map(quoted) } : {}) };
}

/** A finding's content as one string, whatever order its fields were written in. */
const canonical = (f: ExpectedFinding) => JSON.stringify([f.on, f.messageId, f.quotes, f.related ?? []]);
const byContent = (a: ExpectedFinding, b: ExpectedFinding) => canonical(a).localeCompare(canonical(b));

/** Checks what every finding must hold, whatever the case, and returns them as the case states them. */
function checkFindings<I, O>(signal: CrossSignal<I, O>, findings: readonly Finding[], story: TestStory): ExpectedFinding[] {
  const textOf = (docId: string) => story.docs.get(story.keyOf(docId))!.text;
  for (const f of findings) {
    assert.equal(f.ruleId, signal.meta.id);
    assert.ok(f.messageId in signal.meta.messages, `message ${f.messageId} is not in the signal's metadata`);
    assert.ok(!/\{\w+\}/.test(f.message), `message "${f.message}" has an unfilled placeholder`);
    assert.ok(f.evidence.length > 0, `finding ${f.messageId} on ${story.keyOf(f.docId)} has no evidence`);
    for (const ev of f.evidence) {
      assert.equal(ev.docId, f.docId, 'evidence is in the report the finding is on');
      assert.ok(evidenceHolds(ev, textOf(ev.docId)), `evidence ${JSON.stringify(ev)} does not quote its report`);
    }
    for (const ev of f.related ?? []) {
      assert.notEqual(ev.docId, f.docId, 'related spans are in the other reports');
      assert.ok(evidenceHolds(ev, textOf(ev.docId)), `related ${JSON.stringify(ev)} does not quote its report`);
    }
  }
  return findings.map((f) => described(f, story));
}

/**
 * Table-driven tests for a cross-report signal: valid cases report nothing, invalid cases report
 * exactly the listed findings; every span quotes its report; the input is left untouched; and
 * with default options the story record carries the same findings of this rule (so the story
 * layer runs the rule as documented). `inputOf` picks what the rule reads from the story
 * ({@link storyVerdicts}, {@link storyLinks}).
 */
export function testCrossSignal<I, O>(
  signal: CrossSignal<I, O>,
  inputOf: (story: TestStory) => I,
  cases: { valid: CrossSignalCase<O>[]; invalid: CrossSignalCase<O>[] },
): void {
  const check = async (c: CrossSignalCase<O>): Promise<ExpectedFinding[]> => {
    const story = await buildTestStory(c.reports);
    const input = inputOf(story);
    const before = JSON.stringify(input);
    const findings = runCrossSignal(signal, input, c.options);
    assert.equal(JSON.stringify(input), before, 'a signal must not change its input');
    if (!c.options) {
      const project = (f: Finding) => ({ docId: f.docId, messageId: f.messageId, message: f.message, evidence: f.evidence, related: f.related ?? [] });
      assert.deepEqual(story.record.findings.filter((f) => f.ruleId === signal.meta.id).map(project), findings.map(project), 'the story record has the same findings');
    }
    return checkFindings(signal, findings, story);
  };
  for (const c of cases.valid) {
    test(`${signal.meta.id} valid: ${c.name}`, async () => {
      assert.deepEqual(await check(c), []);
    });
  }
  for (const c of cases.invalid) {
    test(`${signal.meta.id} invalid: ${c.name}`, async () => {
      const found = await check(c);
      assert.deepEqual([...found].sort(byContent), [...(c.errors ?? [])].sort(byContent));
    });
  }
}

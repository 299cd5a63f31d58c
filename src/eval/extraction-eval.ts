/**
 * Runs the article-extraction benchmark on a data folder (`html/<id>.html.gz` plus
 * `ground-truth.json`), scoring our extractor and plain Readability on the same pages.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { CorroborateError } from '../core/errors.js';
import { extractHtml } from '../analyze/extract/extract-html.js';
import { aggregateScores, scorePage, type ExtractionScores, type PageScore } from './extraction-metric.js';
import { readabilityText } from './readability-baseline.js';

/** Options for {@link runExtractionEval}. */
export interface ExtractionEvalOptions {
  /** Keep each page's scores (and texts, with `keepText`) in the result. */
  perPage?: boolean;
  /** Also keep the expected and extracted texts per page. */
  keepText?: boolean;
  /** Score only the first `limit` pages, in ground-truth order. */
  limit?: number;
  /** Score only these page ids. */
  ids?: readonly string[];
  /** Skip the Readability baseline (its scores are then zero). */
  skipBaseline?: boolean;
}

/** Scores of one extractor plus its mean wall time per page (parsing included). */
export interface ExtractorResult extends ExtractionScores {
  msPerPage: number;
}

/** One page of the per-page breakdown. */
export interface PageBreakdown {
  id: string;
  url: string;
  ours: PageScore;
  readability?: PageScore;
  expected?: string;
  oursText?: string;
  readabilityText?: string;
}

export interface ExtractionEvalResult {
  pages: number;
  ours: ExtractorResult;
  readability: ExtractorResult;
  perPage?: PageBreakdown[];
}

interface TruthEntry {
  articleBody: string;
  url: string;
}

async function readTruth(dir: string): Promise<Map<string, TruthEntry>> {
  const file = join(dir, 'ground-truth.json');
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (cause) {
    throw new CorroborateError('CRB_ERR_EVAL_DATA', `cannot read ${file}`, { input: file, cause });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new CorroborateError('CRB_ERR_EVAL_DATA', 'ground-truth.json must map page ids to {articleBody, url}', { input: file });
  }
  const out = new Map<string, TruthEntry>();
  for (const [id, v] of Object.entries(parsed as Record<string, unknown>)) {
    const entry = v as Partial<TruthEntry> | null;
    if (!entry || typeof entry.articleBody !== 'string') {
      throw new CorroborateError('CRB_ERR_EVAL_DATA', `page ${id} has no string articleBody`, { input: file });
    }
    out.set(id, { articleBody: entry.articleBody, url: typeof entry.url === 'string' ? entry.url : '' });
  }
  return out;
}

async function readPage(dir: string, id: string): Promise<string> {
  const file = join(dir, 'html', `${id}.html.gz`);
  try {
    return gunzipSync(await readFile(file)).toString('utf8');
  } catch (cause) {
    throw new CorroborateError('CRB_ERR_EVAL_DATA', `cannot read page ${id}`, { input: file, cause });
  }
}

/**
 * Scores our extractor and plain Readability on every page of `dir`. Pages are read up front,
 * so the timings cover extraction only.
 */
export async function runExtractionEval(dir: string, opts: ExtractionEvalOptions = {}): Promise<ExtractionEvalResult> {
  const truth = await readTruth(dir);
  let ids = [...truth.keys()];
  if (opts.ids) {
    const wanted = new Set(opts.ids);
    ids = ids.filter((id) => wanted.has(id));
  }
  if (opts.limit !== undefined) ids = ids.slice(0, opts.limit);
  const html = await Promise.all(ids.map((id) => readPage(dir, id)));

  const oursScores: PageScore[] = [];
  const baseScores: PageScore[] = [];
  const perPage: PageBreakdown[] = [];
  let oursMs = 0;
  let baseMs = 0;
  ids.forEach((id, i) => {
    const page = truth.get(id)!;
    const source = html[i] ?? '';
    const url = page.url || undefined;
    let t0 = performance.now();
    let ours = '';
    try {
      ours = extractHtml(source, url === undefined ? {} : { url }).text;
    } catch {
      // A crash scores as an empty prediction; the breakdown shows which page.
    }
    oursMs += performance.now() - t0;
    const oursScore = scorePage(page.articleBody, ours);
    oursScores.push(oursScore);
    let base: string | undefined;
    let baseScore: PageScore | undefined;
    if (!opts.skipBaseline) {
      t0 = performance.now();
      base = readabilityText(source, url);
      baseMs += performance.now() - t0;
      baseScore = scorePage(page.articleBody, base);
      baseScores.push(baseScore);
    }
    if (opts.perPage) {
      const row: PageBreakdown = { id, url: page.url, ours: oursScore };
      if (baseScore) row.readability = baseScore;
      if (opts.keepText) {
        row.expected = page.articleBody;
        row.oursText = ours;
        if (base !== undefined) row.readabilityText = base;
      }
      perPage.push(row);
    }
  });

  const n = Math.max(1, ids.length);
  const result: ExtractionEvalResult = {
    pages: ids.length,
    ours: { ...aggregateScores(oursScores), msPerPage: oursMs / n },
    readability: { ...aggregateScores(baseScores), msPerPage: baseMs / n },
  };
  if (opts.perPage) result.perPage = perPage;
  return result;
}

/** A short table of the two extractors' scores, for the CLI's human output. */
export function formatExtractionEval(r: ExtractionEvalResult): string {
  const cols = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(12) : c.padStart(10))).join('');
  const row = (name: string, s: ExtractorResult): string =>
    cols([name, s.f1.toFixed(4), s.precision.toFixed(4), s.recall.toFixed(4), s.accuracy.toFixed(4), s.msPerPage.toFixed(1)]);
  return [
    `article extraction, ${r.pages} pages`,
    cols(['extractor', 'F1', 'precision', 'recall', 'accuracy', 'ms/page']),
    row('ours', r.ours),
    row('readability', r.readability),
  ].join('\n');
}

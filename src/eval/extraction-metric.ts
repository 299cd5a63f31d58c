/**
 * The article-extraction-benchmark score (Scrapinghub/Zyte): word tokens, 4-token shingle
 * multisets, per-page normalised counts, macro precision/recall, F1 of the two means, and exact
 * token-list accuracy. Ported from the benchmark README's description, not from its code.
 */

/** Python's Unicode `\w`: letters, numbers and `_`; combining marks split tokens as they do there. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** Word tokens of a text, case kept. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Shingle multiset: overlapping 4-grams, or one shorter shingle for 1–3 tokens, none for 0. */
export function shingles(tokens: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  const n = Math.max(1, tokens.length - 3);
  if (tokens.length === 0) return out;
  for (let i = 0; i < n; i++) {
    // U+0001 cannot occur inside a token, so joined keys are unambiguous.
    const key = tokens.slice(i, i + 4).join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** One page's normalised counts and scores. */
export interface PageScore {
  /** tp, fp, fn divided by their sum (all 0 when both sides are empty). */
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** The prediction's token list equals the truth's exactly. */
  exact: boolean;
}

/** Scores one predicted body against its expected body. */
export function scorePage(expected: string, predicted: string): PageScore {
  const gTokens = tokenize(expected);
  const pTokens = tokenize(predicted);
  const g = shingles(gTokens);
  const p = shingles(pTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [s, gc] of g) {
    const pc = p.get(s) ?? 0;
    tp += Math.min(gc, pc);
    fn += Math.max(0, gc - pc);
  }
  for (const [s, pc] of p) {
    const gc = g.get(s) ?? 0;
    fp += Math.max(0, pc - gc);
  }
  const sum = tp + fp + fn;
  if (sum > 0) {
    tp /= sum;
    fp /= sum;
    fn /= sum;
  }
  const perfect = fp === 0 && fn === 0;
  const precision = perfect ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
  const recall = perfect ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
  const exact = gTokens.length === pTokens.length && gTokens.every((t, i) => t === pTokens[i]);
  return { tp, fp, fn, precision, recall, exact };
}

/** Macro scores over a set of pages. */
export interface ExtractionScores {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

/**
 * Aggregates page scores the benchmark's way: precision averages only pages with a non-empty
 * prediction, recall only pages with a non-empty truth, and F1 combines the two means.
 */
export function aggregateScores(pages: readonly PageScore[]): ExtractionScores {
  let pSum = 0;
  let pN = 0;
  let rSum = 0;
  let rN = 0;
  let exact = 0;
  for (const page of pages) {
    if (page.tp + page.fp > 0) {
      pSum += page.precision;
      pN++;
    }
    if (page.tp + page.fn > 0) {
      rSum += page.recall;
      rN++;
    }
    if (page.exact) exact++;
  }
  const precision = pN === 0 ? 0 : pSum / pN;
  const recall = rN === 0 ? 0 : rSum / rN;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, accuracy: pages.length === 0 ? 0 : exact / pages.length };
}

/**
 * Scores predictions against ground truth, both keyed by page id. A page missing from the
 * predictions counts as an empty prediction.
 */
export function scoreExtraction(
  truth: ReadonlyMap<string, string> | Readonly<Record<string, string>>,
  predicted: ReadonlyMap<string, string> | Readonly<Record<string, string>>,
): ExtractionScores {
  const t = asMap(truth);
  const p = asMap(predicted);
  const pages: PageScore[] = [];
  for (const [id, expected] of t) pages.push(scorePage(expected, p.get(id) ?? ''));
  return aggregateScores(pages);
}

function asMap(m: ReadonlyMap<string, string> | Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  return m instanceof Map ? (m as ReadonlyMap<string, string>) : new Map(Object.entries(m as Record<string, string>));
}

/** Reading a cut "latest"/"related" block: its teasers, and whether they are about the report. */

/** Short words that say nothing about a topic. */
const STOP = new Set(
  ('about after again against also amid among around because been before being below between both ' +
    'could does doing down during each even every from further have having here into just more most ' +
    'much must only other over same says said should since some such than that their them then there ' +
    'these they this those through under until very were what when where which while will with would ' +
    'your year years new news latest week today first last made make makes next one two three second ' +
    // Calendar words and everyday nouns every report and teaser shares, whatever the topic.
    'january february march april june july august september october november december monday tuesday ' +
    'wednesday thursday friday saturday sunday night nights morning evening time times days hours weeks ' +
    'months past city town country people world').split(' '),
);

const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;
/** A teaser's date line ("23 December 2024", "Mar 15, 2026", "2 hours ago"). */
const DATE_LINE = /^(?:\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d+\s+\p{L}+\s+ago)$/u;

function contentWords(s: string): string[] {
  return [...s.matchAll(WORD)].map((m) => m[0].toLowerCase().replace(/['’]s$/, '')).filter((w) => w.length >= 4 && !STOP.has(w));
}

/** The distinct teaser lines of a cut block: no header (its first line), no date lines, no repeats. */
export function teaserLines(block: string): string[] {
  const lines = block
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const l of lines.slice(1)) {
    if (DATE_LINE.test(l) || seen.has(l)) continue;
    seen.add(l);
    out.push(l);
  }
  return out;
}

/**
 * The teasers that share no topic word with the report: a word of four letters or more, not a
 * stop word, that the report uses at least twice (so one chance word in common does not count).
 */
export function unrelatedTeasers(teasers: readonly string[], reportText: string): string[] {
  const counts = new Map<string, number>();
  for (const w of contentWords(reportText)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return teasers.filter((t) => !contentWords(t).some((w) => (counts.get(w) ?? 0) >= 2));
}

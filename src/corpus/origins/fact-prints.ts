/**
 * What two reports in different languages can still share word for word: numbers, times and
 * names. A credited translation keeps "23", "01:30" and "Selnitsky"/"Сельницкий"; this is how
 * the index checks that a credited report is the one a translation was made from, and which of
 * its sentences match.
 */
import type { Range } from '../../model/span.js';
import { splitSentences } from '../../analyze/text/sentences.js';
import { soundKey } from './name-keys.js';

/** A report's numbers and name keys, whole and by sentence. */
export interface FactPrint {
  items: Set<string>;
  sentences: { range: Range; items: string[] }[];
}

const TOKEN = /\d+(?:[.,:]\d+)*|\p{L}+/gu;
/** Calendar words are capitalised in English and German prose without being names. */
const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday januar februar marz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag'.split(' '),
);

/** A number in one spelling: "01:30" → "1:30", "18,402" → "18402", "4,5" → "4.5". */
export function numberKey(raw: string): string {
  if (/^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/.test(raw)) return String(Number(raw.replace(/[.,]/g, '')));
  return raw
    .replace(/,/g, '.')
    .split(/([.:])/)
    .map((p) => (/^\d+$/.test(p) ? String(Number(p)) : p))
    .join('');
}

/** The numbers (two digits and up, or with a separator) and capitalised names of a text. */
export function factPrint(text: string): FactPrint {
  const items = new Set<string>();
  const sentences: FactPrint['sentences'] = [];
  for (const range of splitSentences(text)) {
    const own: string[] = [];
    let first = true;
    for (const m of text.slice(range[0], range[1]).matchAll(TOKEN)) {
      const w = m[0];
      const initial = first;
      first = false;
      if (/^\d/.test(w)) {
        if (w.length >= 2) own.push(`n:${numberKey(w)}`);
      } else if (!initial && w.length >= 4 && /^\p{Lu}/u.test(w) && !CALENDAR.has(soundKey(w))) {
        // Five letters of the folded word: enough to tell names apart, short enough that
        // inflection ("Велморске", "Авериной") and transliteration endings do not matter.
        own.push(`w:${soundKey(w).slice(0, 5)}`);
      }
    }
    const unique = [...new Set(own)];
    for (const it of unique) items.add(it);
    if (unique.length) sentences.push({ range, items: unique });
  }
  return { items, sentences };
}

/** How many items two prints share, and what share of the smaller print that is. */
export function factOverlap(a: FactPrint, b: FactPrint): { shared: number; containment: number } {
  let shared = 0;
  for (const it of a.items) if (b.items.has(it)) shared++;
  const smaller = Math.min(a.items.size, b.items.size);
  return { shared, containment: smaller === 0 ? 0 : shared / smaller };
}

/**
 * Sentence pairs that share the most items (at least `minShared`), each sentence used once,
 * best first, at most `max` pairs.
 */
export function alignSentences(a: FactPrint, b: FactPrint, minShared: number, max: number): { here: Range; there: Range; shared: number }[] {
  const pairs: { ai: number; bi: number; shared: number }[] = [];
  a.sentences.forEach((sa, ai) => {
    b.sentences.forEach((sb, bi) => {
      let shared = 0;
      for (const it of sa.items) if (sb.items.includes(it)) shared++;
      if (shared >= minShared) pairs.push({ ai, bi, shared });
    });
  });
  pairs.sort((x, y) => y.shared - x.shared || x.ai - y.ai || x.bi - y.bi);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: { here: Range; there: Range; shared: number }[] = [];
  for (const p of pairs) {
    if (out.length >= max) break;
    if (usedA.has(p.ai) || usedB.has(p.bi)) continue;
    usedA.add(p.ai);
    usedB.add(p.bi);
    out.push({ here: a.sentences[p.ai]!.range, there: b.sentences[p.bi]!.range, shared: p.shared });
  }
  return out;
}

/**
 * What a report's own text says about which event it describes: content words, proper names
 * (people, places, organisations: the strongest evidence that two reports share an event),
 * years and calendar days mentioned (the confusable events of one kind are told apart by them).
 * Heuristic and language-light: it reads capitalisation, so it works for Latin and Cyrillic
 * scripts, and names written in Cyrillic are keyed in Latin letters (cross-script-names.ts) so
 * that they meet the same names in reports written in English; reading-layer entities, when
 * given, are added on top by the clusterer.
 */
import { MONTH_NAMES } from '../../analyze/clean/date-words.js';
import { hasCyrillic, latinNameKeys, type CyrillicNameUse } from './cross-script-names.js';
import { STOPWORDS } from './stopwords.js';

/** Term counts of one report, per evidence channel. */
export interface TextFeatures {
  /** Lower-cased content words (light plural stemming) → count. */
  words: Map<string, number>;
  /** Lower-cased proper-name tokens and adjacent name pairs ("tara reid") → count; Cyrillic names in Latin letters ("эдвин корсак" → "edvin korsak"). */
  names: Map<string, number>;
  /** Years 1900–2099 mentioned → count. */
  years: Map<string, number>;
  /** Calendar days mentioned, as "MM-DD" (year-less: most mentions carry no year) → count. */
  days: Map<string, number>;
  /** Numbers other than years and single digits ("137", "6.1", "14000") → count. */
  numbers: Map<string, number>;
  /** Content words of the title (or first line) → count. */
  title: Map<string, number>;
}

interface Token {
  raw: string;
  lower: string;
  /** First word of a sentence or line, where capitalisation says nothing. */
  initial: boolean;
  cap: boolean;
  /** Inside a line written in headline case or capitals. */
  headline: boolean;
  /** Only white space separates it from the previous token (so two names can form one phrase). */
  joined: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const DIGITS = /^\d+$/;
const YEAR = /^(19|20)\d\d$/;
// Characters after which the next word starts a sentence.
const SENTENCE_END = /[.!?:;…—–"“”«»]\s*$/u;
const NUMBER = /\d+(?:[.,:]\d+)*/g;
const ISO_DATE = /\b((?:19|20)\d\d)\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{1,2})\b/g;
// Month abbreviations that are also common words count only when capitalised.
const AMBIGUOUS_MONTHS = new Set(['may', 'mar', 'dec', 'jan', 'set', 'out', 'gen', 'mag', 'ago', 'mai', 'maj', 'mei', 'stand']);

function bump(m: Map<string, number>, key: string, by = 1): void {
  m.set(key, (m.get(key) ?? 0) + by);
}

/** Light English plural stripping: enough to join "bombs"/"bomb", never a full stemmer. */
export function stemWord(w: string): string {
  if (w.length <= 3 || DIGITS.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

function tokenizeLine(line: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  let initial = true;
  for (const m of line.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const gap = line.slice(last, start);
    if (out.length > 0 && SENTENCE_END.test(gap)) initial = true;
    last = start + raw.length;
    // A lone letter after an apostrophe ("Reid's") is a clitic, not a word.
    if (raw.length === 1 && /['’]$/.test(gap)) continue;
    out.push({ raw, lower: raw.toLowerCase(), initial, cap: UPPER_START.test(raw), headline: false, joined: /^\s+$/.test(gap) });
    initial = false;
  }
  // Headline case or capitals: most longer words capitalised, so capitals are not evidence of names.
  let long = 0;
  let capped = 0;
  for (const t of out) {
    if (t.raw.length < 4 || DIGITS.test(t.raw)) continue;
    long++;
    if (t.cap) capped++;
  }
  const headline = long >= 2 && capped / long >= 0.7;
  if (headline) for (const t of out) t.headline = true;
  return out;
}

/** Month numbers by name, as a map: looked up for every token, and only the names' own keys count. */
const MONTHS = new Map(Object.entries(MONTH_NAMES));

function monthOf(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  const n = MONTHS.get(t.lower);
  if (n === undefined) return undefined;
  if (AMBIGUOUS_MONTHS.has(t.lower) && !t.cap) return undefined;
  return n;
}

function dayOf(t: Token | undefined): number | undefined {
  if (!t || !DIGITS.test(t.raw) || t.raw.length > 2) return undefined;
  const d = Number(t.raw);
  return d >= 1 && d <= 31 ? d : undefined;
}

function dayKey(month: number, day: number): string {
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Words before a place name in Russian and Ukrainian ("в Прицаве", "из Киева", "під Харковом"). */
const PLACE_PREPOSITIONS = new Set(['в', 'во', 'на', 'из', 'под', 'над', 'до', 'от', 'к', 'у', 'около', 'возле', 'близ', 'через', 'з', 'із', 'під', 'біля', 'від']);
/** Words for a region after a place adjective ("Прицавской области", "Харківського району"). */
const REGION_AFTER = /^(?:област|район|кра[йяюе]|губерни|округ)/u;

/** Where a Cyrillic report writes its capitalised forms: all of them, and those where a place goes. */
function cyrillicNameUse(tokenLines: readonly Token[][]): CyrillicNameUse {
  const written = new Set<string>();
  const placeForms = new Set<string>();
  for (const toks of tokenLines) {
    toks.forEach((t, i) => {
      if (!t.cap || !hasCyrillic(t.raw)) return;
      written.add(t.lower);
      const before = toks[i - 1];
      const after = toks[i + 1];
      if ((t.joined && before && PLACE_PREPOSITIONS.has(before.lower)) || (after?.joined && REGION_AFTER.test(after.lower))) placeForms.add(t.lower);
    });
  }
  return { written, placeForms };
}

/** Extracts the per-channel term counts of a report's title and text. */
export function extractTextFeatures(title: string | undefined, text: string): TextFeatures {
  const words = new Map<string, number>();
  const names = new Map<string, number>();
  const years = new Map<string, number>();
  const days = new Map<string, number>();
  const numbers = new Map<string, number>();
  const titleWords = new Map<string, number>();

  const lines = text.split(/\r?\n/);
  // The title is usually the first line of the text already; count it once.
  if (title && title.trim() && lines[0]?.trim() !== title.trim()) lines.unshift(title);
  const tokenLines = lines.map(tokenizeLine);

  const lowerUse = new Set<string>();
  for (const toks of tokenLines) for (const t of toks) if (!t.cap && HAS_LOWER.test(t.raw)) lowerUse.add(t.lower);

  // A token is a name where it is capitalised mid-sentence in running text and never written lower-case.
  const isNameShape = (t: Token) => t.cap && !STOPWORDS.has(t.lower) && !lowerUse.has(t.lower) && !DIGITS.test(t.raw) && t.raw.length >= 2 && monthOf(t) === undefined;
  const confirmed = new Set<string>();
  for (const toks of tokenLines) {
    toks.forEach((t, i) => {
      if (t.headline || !isNameShape(t)) return;
      // A sentence opener counts when the next word is capitalised too ("Tara Reid said").
      const next = toks[i + 1];
      if (!t.initial || (next && isNameShape(next) && !next.initial)) confirmed.add(t.lower);
    });
  }

  for (const line of lines) {
    for (const m of line.matchAll(NUMBER)) {
      // Thousands separators vary by outlet; decimals and clock times keep their point.
      const n = /^\d{1,3}(,\d{3})+$/.test(m[0]) ? m[0].replace(/,/g, '') : m[0].replace(/,/g, '.');
      if (n.length < 2 || YEAR.test(n)) continue;
      bump(numbers, n);
    }
    for (const m of line.matchAll(ISO_DATE)) {
      const month = Number(m[2]);
      const day = Number(m[3]);
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) bump(days, dayKey(month, day));
    }
  }

  // Names in Cyrillic get the Latin key an English report's spelling of them has.
  let latin: Map<string, string> | undefined;
  const cyrillicNames = [...confirmed].filter(hasCyrillic);
  if (cyrillicNames.length > 0) latin = latinNameKeys(cyrillicNames, cyrillicNameUse(tokenLines));

  tokenLines.forEach((toks, lineNo) => {
    let prevName: string | undefined;
    toks.forEach((t, i) => {
      const name = confirmed.has(t.lower) && t.cap ? (latin?.get(t.lower) ?? t.lower) : undefined;
      if (name) {
        bump(names, name);
        if (prevName && t.joined) bump(names, `${prevName} ${name}`);
      }
      prevName = name;
      if (YEAR.test(t.raw)) bump(years, t.raw);
      const month = monthOf(t);
      if (month !== undefined) {
        const day = dayOf(toks[i + 1]) ?? dayOf(toks[i - 1]);
        if (day !== undefined) bump(days, dayKey(month, day));
      }
      if (t.raw.length < 2 || STOPWORDS.has(t.lower)) return;
      const w = stemWord(t.lower);
      bump(words, w);
      if (lineNo === 0) bump(titleWords, w);
    });
  });
  return { words, names, years, days, numbers, title: titleWords };
}

import type { Paragraph } from '../../model/document.js';
import type { Range } from '../../model/span.js';
import { subjectBefore } from '../quotes/attribution.js';
import { extractQuotes } from '../quotes/extract-quotes.js';
import { paragraphSentences } from '../quotes/paragraph-ranges.js';
import type { Quote } from '../quotes/quote-types.js';
import { readSpeakerPhrase } from '../quotes/speaker-phrase.js';
import { isCapitalized, tokenAt, tokensOf, type Token } from '../quotes/tokens.js';
import { CASUALTY_WORDS, CATEGORY_CUES, countedNoun, MODIFIERS, type CategoryCue, type CountedNoun } from './counted-nouns.js';
import { mayStartFigure, readFigure, type ReadFigure } from './number-words.js';
import type { NumericCategory, NumericFact } from './numeric-types.js';

export interface ExtractNumbersOptions {
  paragraphs?: readonly Paragraph[];
  /** Quotes already read for this text; read here when not given (to say whose figure it is). */
  quotes?: readonly Quote[];
}

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Words after which a figure is a label, not a count ("page 4", "No. 3", "day one"). */
const LABEL_BEFORE = new Set(['page', 'chapter', 'article', 'no.', 'number', 'day', 'phase', 'stage', 'level', 'round', 'season', 'version', 'ww', 'world', 'room', 'gate', 'flight', 'route', 'highway', 'channel']);
const TIME_AFTER = /^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|msk\b|cet\b|est\b|local time|hrs\b|h\b|o'clock)/i;
const NOT_PLURAL_NOUNS = new Set(['is', 'was', 'has', 'this', 'us', 'as', 'its', 'his', 'hers', 'does', 'yes', 'less', 'unless', 'across', 'thus', 'plus', 'always', 'sometimes', 'perhaps', 'news', 'pass', 'process', 'access', 'press', 'miss', 'whereas', 'besides', 'towards', 'afterwards', 'upwards', 'status', 'campus', 'bus']);
/** Verbs whose subject is whose figure it is ("The UN has registered more than 8,700 …"). */
const SOURCE_VERBS = new Set(['registered', 'recorded', 'counted', 'estimates', 'estimated', 'tallied', 'documented', 'puts', 'verified', 'confirmed', 'reported', 'reports', 'says', 'said', 'claims', 'claimed']);
const ELLIPSIS = new Set(['more', 'others', 'other']);
/**
 * Words after which the search for what a figure counts stops: "11 over the Velmorsk region" does
 * not count regions, "seven in the capital" does not count capitals.
 */
const STOP_AFTER = new Set(['over', 'across', 'above', 'in', 'on', 'at', 'from', 'into', 'near', 'toward', 'towards', 'around', 'along', 'during', 'after', 'before', 'since', 'until', 'by', 'with']);
/** Prepositions that give a part of a count its area: "11 over the Velmorsk region", "seven of them over the capital". */
const AREA_PREPOSITIONS = new Set(['over', 'across', 'above', 'in']);
/** Nouns of an area, for an area a part of a count names without a proper name ("over the capital"). */
const AREA_NOUNS = new Set(['region', 'regions', 'city', 'capital', 'country', 'territory', 'outskirts', 'oblast', 'province', 'district', 'area', 'border', 'town']);
const PART_OF = new Set(['them', 'which', 'these', 'those']);
const PART_VERBS = new Set(['were', 'was', 'had', 'have', 'has', 'been']);
const QUANTITY_NOUNS = new Set([
  'dozen', 'few', 'couple', 'handful', 'hundred', 'thousand', 'million', 'billion', 'number', 'total', 'series', 'lot',
  'wave', 'barrage', 'swarm', 'group', 'pair', 'score', 'fraction', 'majority', 'minority', 'third', 'quarter', 'half',
  'string', 'salvo', 'volley', 'batch', 'fleet', 'squadron', 'convoy', 'column', 'crowd', 'series', 'range', 'variety',
]);
const ZERO_NOUNS: Record<string, NumericCategory> = { casualties: 'killed', deaths: 'killed', fatalities: 'killed', victims: 'killed', dead: 'killed', injuries: 'injured', injured: 'injured', wounded: 'injured' };

/** Punctuation that ends a clause; quotation marks do not (a quoted inscription sits inside its clause). */
const CLAUSE_BREAK = /[,;:—–()]|\s-\s|[.!?]\s/;

/** How far a category cue may stand from the figure, in tokens. */
const CUE_WINDOW = 16;

interface CueHit {
  cue: CategoryCue;
  from: number;
  to: number;
}

/**
 * Finds counts and measures with what they count, how exact they are, what happened to what they
 * count (from the verb or noun nearby) and whose figure they are (the speaker of the quote they sit
 * in, or the subject of "registered", "estimates", …). A figure with nothing counted next to it is
 * left out: years, dates, times, scores and labels are not facts.
 */
export function extractNumbers(text: string, options: ExtractNumbersOptions = {}): NumericFact[] {
  const paras = paragraphSentences(text, options.paragraphs);
  const quotes = options.quotes ?? extractQuotes(text, options.paragraphs ? { paragraphs: options.paragraphs } : {});
  const byStart = [...quotes].sort((a, b) => a.range[0] - b.range[0]);
  const tokens = tokensOf(text);
  const out: NumericFact[] = [];

  for (const para of paras) {
    let previous: { fact: NumericFact; sentence: number } | undefined;
    for (let s = 0; s < para.sentences.length; s++) {
      const sent = para.sentences[s]!;
      const toks = tokens.slice(tokenAt(tokens, sent[0]), tokenAt(tokens, sent[1]));
      const hits = findCues(toks);
      let capitals = 0;
      for (const t of toks) if (isCapitalized(t.word)) capitals++;
      const titleCase = toks.length > 3 && capitals / toks.length > 0.6;
      let consumed = 0;
      for (let i = 0; i < toks.length; i++) {
        if (i < consumed || !mayStartFigure(toks[i]!)) continue;
        const fig = readFigure(text, toks, i);
        if (!fig || fig.from < consumed) continue;
        if (isLabelOrTime(text, toks, fig)) continue;
        const counted = fig.percentSign
          ? { noun: countedNoun('percent')!, end: fig.end, nounIndex: fig.to - 1 }
          : readCounted(toks, fig, titleCase);
        let noun = counted?.noun;
        let nounEnd = counted?.end ?? fig.end;
        let ellipsis = false;
        let part: WeaponPart | undefined;
        if (!noun) {
          const next = toks[fig.to];
          if (next && next.gap === 'none' && ELLIPSIS.has(next.lower) && previous && s - previous.sentence <= 2) {
            // "Five more were shot down": what the last figure counted.
            noun = { counted: previous.fact.counted, countedClass: previous.fact.countedClass };
            nounEnd = next.end;
            ellipsis = true;
          } else if (previous?.sentence === s && previous.fact.countedClass === 'weapons' && !fig.article && !fig.zero && !fig.ordinal && (part = weaponPart(toks, fig, hits))) {
            // "23 drones were destroyed: 11 over the Velmorsk region, eight over …", "… while the mayor said seven were
            // shot down over the capital". Only in the sentence of the whole: "Three of them …" a sentence later may
            // mean any of the figures before.
            noun = { counted: previous.fact.counted, countedClass: previous.fact.countedClass };
            nounEnd = part.end;
            ellipsis = true;
          } else continue;
        }
        if (fig.ordinal && !isStreak(toks, fig)) continue;
        let category: NumericCategory | undefined = counted?.category ?? noun.category;
        let cue: { range: Range; text: string } | undefined;
        // A part of a count has its own verb right after it, or the fate of the whole it is part of.
        const found = category ? undefined : part ? part.cue : nearestCue(text, hits, toks, fig.from, counted?.nounIndex ?? fig.to - 1, noun, fig.article === true);
        if (found) {
          category = found.cue.category;
          const r: Range = [toks[found.from]!.start, toks[found.to - 1]!.end];
          cue = { range: r, text: text.slice(r[0], r[1]) };
        } else if (part && previous) category ??= previous.fact.category;
        if ((fig.article || fig.zero) && !category) continue;
        if (fig.article && !['people', 'weapons', 'buildings'].includes(noun.countedClass)) continue;
        const mod = modifierBefore(toks, fig.from);
        const start = mod ? toks[mod.from]!.start : toks[fig.from]!.start;
        const fact: NumericFact = {
          range: [start, nounEnd],
          text: text.slice(start, nounEnd),
          value: fig.value,
          approx: fig.approx ?? mod?.approx ?? 'exact',
          counted: noun.counted,
          countedClass: noun.countedClass,
          category: category ?? 'other',
        };
        const between = mod?.approx === undefined && fig.approx === undefined ? betweenRange(text, toks, fig) : undefined;
        if (between) {
          fact.value = between.low;
          fact.low = between.low;
          fact.high = between.high;
          fact.approx = 'range';
          fact.range = [toks[between.from]!.start, Math.max(nounEnd, between.end)];
          fact.text = text.slice(fact.range[0], fact.range[1]);
        }
        if (fig.low !== undefined) fact.low = fig.low;
        if (fig.high !== undefined) fact.high = fig.high;
        if (fig.percentSign) {
          fact.unit = '%';
          fact.category = 'percent';
          fact.countedClass = 'percent';
          fact.counted = 'percent';
        } else if (noun.unit) fact.unit = noun.unit;
        if (cue) fact.cue = cue;
        attachSource(text, toks, fig.from, fact, byStart);
        out.push(fact);
        if (!ellipsis || fact.countedClass !== 'other') previous = { fact, sentence: s };
        consumed = Math.max(tokenAt(toks, nounEnd), fig.to);
      }
    }
  }
  return out;
}

/** Times ("0:58", "3 a.m."), dates ("21 December", "Dec 23"), labels ("page 4") and model names. */
function isLabelOrTime(text: string, toks: readonly Token[], fig: ReadFigure): boolean {
  if (!fig.digits) {
    const prev = toks[fig.from - 1];
    return prev !== undefined && prev.gap === 'none' && LABEL_BEFORE.has(prev.lower);
  }
  const first = toks[fig.from]!;
  const last = toks[fig.to - 1]!;
  const prev = toks[fig.from - 1];
  const next = toks[fig.to];
  if (text[first.start - 1] === ':' || text[last.end] === ':' || text[first.start - 1] === '#' || text[first.start - 1] === '$') return true;
  if (TIME_AFTER.test(text.slice(fig.end, fig.end + 12))) return true;
  if (prev && MONTHS.has(prev.lower.replace(/\.$/, ''))) return true;
  if (next && MONTHS.has(next.lower.replace(/\.$/, '')) && next.gap === 'none') return true;
  if (prev && prev.gap === 'none' && LABEL_BEFORE.has(prev.lower)) return true;
  // Letters glued to the figure: "Su-34", "F-16", "WW2".
  if (/[\p{L}]/u.test(text[first.start - 1] ?? '') || (text[first.start - 1] === '-' && /[\p{L}]/u.test(text[first.start - 2] ?? ''))) return true;
  return false;
}

/** "second consecutive night", "third day in a row". */
function isStreak(toks: readonly Token[], fig: ReadFigure): boolean {
  const a = toks[fig.to]?.lower;
  const b = toks[fig.to + 1]?.lower;
  if (a && ['consecutive', 'straight', 'successive', 'continuous'].includes(a)) return true;
  const c = toks[fig.to + 2]?.lower;
  const d = toks[fig.to + 3]?.lower;
  return b === 'in' && c === 'a' && d === 'row';
}

/** The noun a figure counts: within four tokens after it, past adjectives ("two people", "8,700 killed Ukrainian civilians"). */
function readCounted(toks: readonly Token[], fig: ReadFigure, titleCase: boolean): { noun: CountedNoun; end: number; nounIndex: number; category?: NumericCategory } | undefined {
  const limit = Math.min(toks.length, fig.to + 4);
  for (let j = fig.to; j < limit; j++) {
    const t = toks[j]!;
    if (t.gap !== 'none' || STOP_AFTER.has(t.lower)) return undefined;
    if (j === fig.to && ELLIPSIS.has(t.lower) && !countedNoun(toks[j + 1]?.lower ?? '')) return undefined;
    const capital = /^\p{Lu}/u.test(t.word);
    // "24 Hours World": a name, not a measure; headlines in title case are the exception.
    if (capital && !titleCase && j === fig.to && /^\p{Lu}/u.test(toks[j + 1]?.word ?? '')) return undefined;
    if (fig.zero && t.lower in ZERO_NOUNS) {
      return { noun: { counted: 'people', countedClass: 'people' }, end: t.end, nounIndex: j, category: ZERO_NOUNS[t.lower]! };
    }
    if (fig.ordinal) {
      const n = countedNoun(t.lower);
      if (n && n.countedClass === 'time') return { noun: n, end: t.end, nounIndex: j, category: 'duration' };
      if (['consecutive', 'straight', 'successive', 'continuous'].includes(t.lower)) continue;
      return undefined;
    }
    const noun = countedNoun(t.lower);
    if (noun) {
      // "apartment blocks", "drone attacks": a singular noun used as a modifier; the next noun is counted.
      const next = toks[j + 1];
      if (next && next.gap === 'none' && t.lower !== noun.counted && !noun.unit && j + 1 < fig.to + 4) {
        const head = countedNoun(next.lower);
        if (head && !head.unit) return { noun: head, end: next.end, nounIndex: j + 1 };
        if (/[^s]s$/.test(next.lower) && next.lower.length > 3 && !NOT_PLURAL_NOUNS.has(next.lower) && !/^\p{Lu}/u.test(next.word)) {
          return { noun: { counted: next.lower, countedClass: 'other' }, end: next.end, nounIndex: j + 1 };
        }
      }
      return { noun, end: t.end, nounIndex: j };
    }
    if (t.lower === 'per' && toks[j + 1]?.lower === 'cent') return { noun: countedNoun('percent')!, end: toks[j + 1]!.end, nounIndex: j + 1 };
    if (j === fig.to && t.lower in CASUALTY_WORDS && !countedNoun(toks[j + 1]?.lower ?? '') && !/^(ukrainian|russian|civilian|israeli|palestinian)$/.test(toks[j + 1]?.lower ?? '')) {
      // "two dead", "12 wounded"
      return { noun: { counted: 'people', countedClass: 'people' }, end: t.end, nounIndex: j, category: CASUALTY_WORDS[t.lower]! };
    }
    if (fig.article || fig.zero) {
      // "a dozen drones", "a wave of drones": the article opens a quantity, not a count of one.
      if (j > fig.to + 1 || QUANTITY_NOUNS.has(t.lower)) return undefined;
      continue;
    }
    // An unknown plural right after the figure still says what is counted ("190 localities").
    if (!capital && fig.value !== 1 && /[^s]s$/.test(t.lower) && t.lower.length > 3 && !NOT_PLURAL_NOUNS.has(t.lower) && j <= fig.to + 1) {
      const next = toks[j + 1];
      if (next && next.gap === 'none' && countedNoun(next.lower)) continue;
      return { noun: { counted: t.lower, countedClass: 'other' }, end: t.end, nounIndex: j };
    }
  }
  return undefined;
}

/** A figure that counts part of the weapons the previous figure counted, and what says which part. */
interface WeaponPart {
  /** Offset where its words end: after the figure, or after "of them". */
  end: number;
  /** Its own fate, right after it ("seven were shot down"); absent for a part by area, which has the fate of the whole. */
  cue?: CueHit;
}

/**
 * A bare figure that is part of the weapons counted just before: by area ("11 over the Velmorsk
 * region", "seven of them over the capital") or by fate ("seven were shot down", "one of which was
 * intercepted"). Anything else after a bare figure is not a count.
 */
function weaponPart(toks: readonly Token[], fig: ReadFigure, hits: readonly CueHit[]): WeaponPart | undefined {
  let j = fig.to;
  let end = fig.end;
  const of = toks[j];
  if (of?.lower === 'of' && of.gap === 'none' && PART_OF.has(toks[j + 1]?.lower ?? '') && toks[j + 1]!.gap === 'none') {
    end = toks[j + 1]!.end;
    j += 2;
  }
  const next = toks[j];
  if (!next || next.gap !== 'none') return undefined;
  if (AREA_PREPOSITIONS.has(next.lower)) {
    // The area: a name or an area noun before the clause ends.
    for (let k = j + 1; k < toks.length && k <= j + 5 && toks[k]!.gap === 'none'; k++) {
      if (isCapitalized(toks[k]!.word) || AREA_NOUNS.has(toks[k]!.lower)) return { end };
    }
    return undefined;
  }
  if (!PART_VERBS.has(next.lower)) return undefined;
  // "were shot down", "had been destroyed", "was later intercepted": the cue within three words.
  const cue = hits.find((h) => h.from > j && h.from <= j + 3 && h.cue.classes.includes('weapons') && toks.slice(j, h.from + 1).every((t) => t.gap === 'none'));
  return cue ? { end, cue } : undefined;
}

/** The longest modifier phrase ending right before the figure ("more than", "at least", "around"). */
function modifierBefore(toks: readonly Token[], from: number): { from: number; approx: NonNullable<NumericFact['approx']> } | undefined {
  for (const [words, approx] of MODIFIERS) {
    const start = from - words.length;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      const t = toks[start + k]!;
      if (t.lower !== words[k] || (k > 0 && t.gap !== 'none')) {
        ok = false;
        break;
      }
    }
    // "taken over 190 localities": "over" belongs to the verb, not to the figure.
    if (ok && words[0] === 'over' && PHRASAL_OVER.has(toks[start - 1]?.lower ?? '')) continue;
    if (ok && toks[from]!.gap === 'none') return { from: start, approx };
  }
  return undefined;
}

const PHRASAL_OVER = new Set(['take', 'takes', 'took', 'taken', 'taking', 'hand', 'hands', 'handed', 'handing', 'turn', 'turned', 'turns', 'turning']);

/** "between 5 and 8 drones". */
function betweenRange(text: string, toks: readonly Token[], fig: ReadFigure): { from: number; low: number; high: number; end: number } | undefined {
  if (toks[fig.from - 1]?.lower !== 'between' || toks[fig.to]?.lower !== 'and') return undefined;
  const other = readFigure(text, toks, fig.to + 1, false);
  if (!other || other.value <= fig.value) return undefined;
  return { from: fig.from - 1, low: fig.value, high: other.value, end: other.end };
}

const CUES_BY_FIRST = new Map<string, CategoryCue[]>();
for (const cue of CATEGORY_CUES) CUES_BY_FIRST.set(cue.words[0]!, [...(CUES_BY_FIRST.get(cue.words[0]!) ?? []), cue]);

/** Every category cue in the sentence, in order; "neutralized by electronic warfare" keeps only the specific cue. */
function findCues(toks: readonly Token[]): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const cues = CUES_BY_FIRST.get(toks[i]!.lower);
    if (cues === undefined) continue; // most words start no cue
    for (const cue of cues) {
      let ok = true;
      for (let k = 1; k < cue.words.length; k++) {
        const t = toks[i + k];
        if (!t || t.lower !== cue.words[k] || t.gap !== 'none') {
          ok = false;
          break;
        }
      }
      if (ok) hits.push({ cue, from: i, to: i + cue.words.length });
    }
  }
  if (hits.length === 0) return hits;
  // "neutralized by (means of) electronic warfare" is one cue: the means decides.
  const diverted = new Set(hits.filter((h) => h.cue.category === 'diverted').map((h) => h.from));
  return hits.filter((h) => {
    if (h.cue.category !== 'intercepted' || toks[h.to]?.lower !== 'by') return true;
    for (let k = h.to + 1; k <= h.to + 4; k++) if (diverted.has(k)) return false;
    return true;
  });
}

/** The cue that fits what is counted and stands closest, counting each comma or dash crossed as ten tokens. */
function nearestCue(text: string, hits: readonly CueHit[], toks: readonly Token[], figFrom: number, nounIndex: number, noun: CountedNoun, strict: boolean): CueHit | undefined {
  let best: CueHit | undefined;
  let bestScore = Infinity;
  // Hits are in token order: start at the first one that can be within the window.
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.to < figFrom - CUE_WINDOW) lo = mid + 1;
    else hi = mid;
  }
  for (let x = lo; x < hits.length && hits[x]!.from <= nounIndex + CUE_WINDOW; x++) {
    const h = hits[x]!;
    if (!h.cue.classes.includes(noun.countedClass)) continue;
    const before = h.to <= figFrom;
    const inside = !before && h.from <= nounIndex; // "8,700 killed Ukrainian civilians"
    const distance = before ? figFrom - h.to + 1 : inside ? 0 : h.from - nounIndex;
    if (distance > CUE_WINDOW) continue;
    let breaks = 0;
    if (!inside) {
      const [a, b] = before ? [h.to, figFrom] : [nounIndex + 1, h.from];
      for (let k = a; k <= b && k < toks.length; k++) if (k > 0 && toks[k]!.gap !== 'none' && CLAUSE_BREAK.test(text.slice(toks[k - 1]!.end, toks[k]!.start))) breaks++;
    }
    // "a woman was killed": a count of one stands only with its own verb, in its own clause.
    if (strict && (breaks > 0 || distance > 12)) continue;
    const score = distance + 10 * breaks - (h.cue.priority >= 5 ? 4 : 0) - h.cue.priority * 0.01;
    if (score < bestScore) {
      bestScore = score;
      best = h;
    }
  }
  return best;
}

/** Whose figure: the quote the figure sits in, or the subject of a counting verb before it. */
function attachSource(text: string, toks: readonly Token[], figFrom: number, fact: NumericFact, quotes: readonly Quote[]): void {
  const pos = fact.range[0];
  let inner: Quote | undefined;
  // Quotes are sorted by start; the innermost holding the figure is the last one starting before it that still covers it.
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.range[0] <= pos) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) {
    const q = quotes[k]!;
    if (q.range[1] >= fact.range[1] && q.speaker.kind !== 'none' && q.speaker.range) {
      inner = q;
      break;
    }
  }
  if (inner) {
    const r = inner.speaker.range!;
    fact.source = { text: text.slice(r[0], r[1]), range: r };
    const name = inner.speaker.name ?? inner.speaker.description;
    if (name) fact.source.name = name;
    fact.quoteId = inner.id;
    return;
  }
  for (let v = figFrom - 1; v >= 1 && v >= figFrom - 6; v--) {
    if (!SOURCE_VERBS.has(toks[v]!.lower)) continue;
    const subject = subjectBefore(toks, v, 0);
    if (!subject) return;
    const reading = readSpeakerPhrase(text, toks.slice(subject.a, subject.b));
    if (!reading || reading.kind === 'pronoun' || reading.kind === 'role') return;
    const r = reading.kind === 'anonymous' ? reading.description : reading.name;
    fact.source = { text: text.slice(r[0], r[1]), range: r };
    return;
  }
}

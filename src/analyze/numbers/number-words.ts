import type { Token } from '../quotes/tokens.js';

/** A figure read at a token: its value, how it is bounded, and which tokens it used. */
export interface ReadFigure {
  value: number;
  low?: number;
  high?: number;
  /** Set when the words themselves bound the figure ("300+", "dozens", "10 to 15"). */
  approx?: 'at-least' | 'range' | 'vague' | 'about';
  /** First token and one past the last token of the figure. */
  from: number;
  to: number;
  /** Offset where the figure's words end (after a "+" or "%" sign). */
  end: number;
  /** "%" written as a sign. */
  percentSign?: boolean;
  ordinal?: boolean;
  /** "a"/"an": a count of one only where an event verb makes it one. */
  article?: boolean;
  /** "no casualties". */
  zero?: boolean;
  /** Written in digits. */
  digits?: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, bn: 1e9, mln: 1e6 };
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, fifteenth: 15, twentieth: 20, hundredth: 100,
};

/**
 * Vague quantities and the conservative value we give them. ACLED codes "tens" as 10, "dozens" as
 * 12 and "hundreds" as 100 (its fatalities guidance); the others follow the same lowest-plural reading.
 */
export const VAGUE: Record<string, number> = {
  several: 3, dozens: 12, tens: 10, hundreds: 100, thousands: 1000, millions: 1e6, scores: 20, multiple: 2,
  numerous: 3, few: 2, couple: 2, handful: 3,
};

const STARTERS = new Set([...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(ORDINALS), ...Object.keys(VAGUE), 'dozen', 'a', 'an', 'no']);

/** A cheap test before `readFigure`: only digits and number words can start a figure. */
export function mayStartFigure(t: Token): boolean {
  const c = t.lower.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  return STARTERS.has(t.lower) || (t.lower.includes('-') && wordValue(t.lower) !== undefined);
}

function wordValue(lower: string): number | undefined {
  if (lower in UNITS) return UNITS[lower];
  if (lower in TENS) return TENS[lower];
  const m = /^([a-z]+)-([a-z]+)$/.exec(lower);
  if (m && m[1]! in TENS && m[2]! in UNITS && UNITS[m[2]!]! < 10) return TENS[m[1]!]! + UNITS[m[2]!]!;
  return undefined;
}

function between(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

/**
 * Reads a figure at token `i` — digits ("8,700", "1.5 million", "300+", "20%"), words ("three",
 * "twenty-five", "two hundred"), ranges ("10 to 15", "10-15", "two or three", "between 5 and 8"),
 * vague words ("dozens", "several", "a few"), ordinals and articles — or returns null.
 */
export function readFigure(text: string, tokens: readonly Token[], i: number, ranges = true): ReadFigure | null {
  const t = tokens[i]!;
  const lower = t.lower;
  let fig: ReadFigure | null = null;

  if (/^\d+(?:\.\d+)?$/.test(t.word)) {
    let digits = t.word;
    let j = i + 1;
    // "8,700", "1,200,000": groups of three after a bare comma.
    while (j < tokens.length && /^\d{3}$/.test(tokens[j]!.word) && between(text, tokens[j - 1]!, tokens[j]!) === ',' && !digits.includes('.')) {
      digits += tokens[j]!.word;
      j++;
    }
    let value = Number(digits);
    const scale = tokens[j];
    if (scale && scale.gap === 'none' && scale.lower in SCALES && scale.lower !== 'hundred') {
      value *= SCALES[scale.lower]!;
      j++;
    }
    fig = { value, from: i, to: j, end: tokens[j - 1]!.end, digits: true };
  } else if (/^\d+(?:st|nd|rd|th)$/.test(lower)) {
    fig = { value: Number(lower.replace(/\D+$/, '')), from: i, to: i + 1, end: t.end, ordinal: true, digits: true };
  } else if (/^\d+[-–]\d+$/.test(t.word)) {
    const [a, b] = t.word.split(/[-–]/).map(Number) as [number, number];
    if (a < b) fig = { value: a, low: a, high: b, approx: 'range', from: i, to: i + 1, end: t.end, digits: true };
  } else if (lower in ORDINALS) {
    fig = { value: ORDINALS[lower]!, from: i, to: i + 1, end: t.end, ordinal: true };
  } else if (wordValue(lower) !== undefined) {
    let value = wordValue(lower)!;
    let j = i + 1;
    // "two hundred", "three thousand", "one hundred and twenty"
    while (j < tokens.length && tokens[j]!.gap === 'none') {
      const w = tokens[j]!.lower;
      if (w in SCALES) {
        value *= SCALES[w]!;
        j++;
      } else if (w === 'and' && value >= 100 && wordValue(tokens[j + 1]?.lower ?? '') !== undefined) {
        value += wordValue(tokens[j + 1]!.lower)!;
        j += 2;
      } else break;
    }
    fig = { value, from: i, to: j, end: tokens[j - 1]!.end };
  } else if (lower === 'dozen' && i > 0 && ['a', 'one', 'half'].includes(tokens[i - 1]!.lower)) {
    fig = { value: 12, approx: 'about', from: i - 1, to: i + 1, end: t.end };
    if (tokens[i - 1]!.lower === 'a' && tokens[i - 2]?.lower === 'half') fig = { value: 6, approx: 'about', from: i - 2, to: i + 1, end: t.end };
  } else if (lower in VAGUE) {
    let from = i;
    let to = i + 1;
    // "a few", "a couple of", "a handful of", "tens of thousands"
    if (['few', 'couple', 'handful'].includes(lower)) {
      if (tokens[i - 1]?.lower !== 'a') return null;
      from = i - 1;
    }
    let value = VAGUE[lower]!;
    if (['tens', 'hundreds', 'dozens'].includes(lower) && tokens[i + 1]?.lower === 'of' && tokens[i + 2] && ['thousands', 'millions'].includes(tokens[i + 2]!.lower)) {
      value *= VAGUE[tokens[i + 2]!.lower]!;
      to = i + 3;
    }
    if ((lower === 'couple' || lower === 'handful' || lower === 'scores' || lower === 'dozens' || lower === 'hundreds' || lower === 'thousands' || lower === 'tens') && tokens[to]?.lower === 'of') to++;
    fig = { value, low: value, approx: 'vague', from, to, end: tokens[to - 1]!.end };
  } else if (lower === 'a' || lower === 'an') {
    fig = { value: 1, from: i, to: i + 1, end: t.end, article: true };
  } else if (lower === 'no') {
    fig = { value: 0, from: i, to: i + 1, end: t.end, zero: true };
  }
  if (!fig) return null;

  if (fig.digits && !fig.ordinal) {
    const after = text[fig.end];
    if (after === '+') {
      fig.approx = 'at-least';
      fig.low = fig.value;
      fig.end++;
    } else if (after === '%') {
      fig.percentSign = true;
      fig.end++;
    }
  }
  // Ranges: "10 to 15", "two or three", "10–15".
  if (ranges && !fig.ordinal && !fig.article && !fig.zero && fig.approx === undefined) {
    const join = tokens[fig.to];
    const second = tokens[fig.to + 1];
    const sep = join ? join.lower : '';
    if (join && second && (sep === 'to' || sep === 'or') && join.gap === 'none' && second.gap === 'none') {
      const other = readFigure(text, tokens, fig.to + 1, false);
      if (other && !other.ordinal && !other.article && !other.zero && other.approx === undefined && other.value > fig.value) {
        return { ...fig, value: fig.value, low: fig.value, high: other.value, approx: 'range', to: other.to, end: other.end, ...(other.percentSign ? { percentSign: true } : {}) };
      }
    }
    const next = tokens[fig.to];
    if (next && fig.digits && /^[–-]$/.test(text.slice(tokens[fig.to - 1]!.end, next.start).trim()) && /^\d+$/.test(next.word) && Number(next.word) > fig.value) {
      const hi = Number(next.word);
      return { ...fig, low: fig.value, high: hi, approx: 'range', to: fig.to + 1, end: next.end };
    }
  }
  return fig;
}

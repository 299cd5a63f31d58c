import type { Range } from '../../model/span.js';
import { HONORIFICS, HUMAN_NOUNS, TITLE_WORDS } from './lexicon.js';
import { isNameWord } from './speaker-phrase.js';
import { LEX_TITLE, type Token } from './tokens.js';

/** Someone a pronoun or a role can point back to. */
export interface Mention {
  /** Where the mention stands in the text; nearness is measured from here. */
  at: Range;
  /** Who it is: for a name, the name's span; for a resolved pronoun, the span of the name it stood for. */
  ref: Range;
  kind: 'person' | 'anonymous' | 'group' | 'institution';
  /** Lower-case title words seen with this person ("president", "defense minister"). */
  titles: readonly string[];
  gender: 'male' | 'female' | 'any';
}

interface Known {
  titles: Set<string>;
}

const MAX_LOOKBACK = 60;

/**
 * Every person-like mention of a text in order: names after titles ("Defense Minister Sergei
 * Shoigu"), later uses of those names ("Shoigu", "Vladimir Putin"), and indefinite people ("a man").
 * Speakers found while reading quotes are added as they are met, so "he" finds the nearest one.
 * Built from one token pass with map lookups: linear in the text.
 */
export class MentionIndex {
  /** Mentions found in the text up front, sorted. */
  private readonly fixed: Mention[];
  /** Speakers added while reading, kept apart so adding stays cheap (they arrive in text order). */
  private readonly speakers: Mention[] = [];
  private readonly known = new Map<string, Known>();

  constructor(text: string, tokens: readonly Token[], insideQuote: (pos: number) => boolean) {
    const titled: Mention[] = [];
    // Pass 1: titled names teach us who the people are, wherever they appear.
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if ((t.marks & LEX_TITLE) === 0 || t.possessive) continue;
      let j = i;
      while (j + 1 < tokens.length && tokens[j + 1]!.gap === 'none' && (tokens[j + 1]!.marks & LEX_TITLE) !== 0 && !isNameWord(tokens[j + 1]!)) j++;
      let k = j + 1;
      while (k < tokens.length && k - j <= 4 && tokens[k]!.gap === 'none' && isNameWord(tokens[k]!)) {
        k++;
        if (tokens[k - 1]!.possessive) break;
      }
      if (k === j + 1) continue;
      const name: Range = [tokens[j + 1]!.start, tokens[k - 1]!.baseEnd];
      const titleWords: string[] = [];
      // One capitalised modifier before the title belongs to it: "Moscow Mayor", "British Foreign Secretary".
      const before = tokens[i - 1];
      const from = before && tokens[i]!.gap === 'none' && isNameWord(before) ? i - 1 : i;
      for (let x = from; x <= j; x++) if (!HONORIFICS.has(tokens[x]!.lower)) titleWords.push(tokens[x]!.lower);
      const title = titleWords.join(' ');
      if (!insideQuote(name[0])) titled.push({ at: name, ref: name, kind: 'person', titles: title ? [title, tokens[j]!.lower] : [], gender: 'any' });
      this.learn(text, name, title ? [title, tokens[j]!.lower] : []);
      i = k - 1;
    }
    // Pass 2: bare uses of known names, and indefinite people ("a man’s voice").
    const seen = new Set(titled.map((m) => m.at[0]));
    const found: Mention[] = [...titled];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (isNameWord(t) && !(i > 0 && tokens[i]!.gap === 'none' && isNameWord(tokens[i - 1]!))) {
        let k = i + 1;
        while (k < tokens.length && k - i < 5 && tokens[k]!.gap === 'none' && isNameWord(tokens[k]!) && !tokens[k - 1]!.possessive) k++;
        const last = tokens[k - 1]!;
        const entry = this.known.get(last.lower);
        if (entry && !seen.has(t.start) && !insideQuote(t.start)) {
          found.push({ at: [t.start, last.baseEnd], ref: [t.start, last.baseEnd], kind: 'person', titles: [...entry.titles], gender: 'any' });
        }
        i = k - 1;
        continue;
      }
      if ((t.lower === 'a' || t.lower === 'an') && !insideQuote(t.start)) {
        for (let k = i + 1; k < tokens.length && k <= i + 4 && tokens[k]!.gap === 'none'; k++) {
          const g = HUMAN_NOUNS.get(tokens[k]!.lower);
          if (g) {
            found.push({ at: [t.start, tokens[k]!.baseEnd], ref: [t.start, tokens[k]!.baseEnd], kind: 'anonymous', titles: [], gender: g });
            break;
          }
          if (/^\p{Lu}/u.test(tokens[k]!.word) && k > i + 1) break;
        }
      }
    }
    found.sort((a, b) => a.at[0] - b.at[0]);
    this.fixed = found;
  }

  private learn(text: string, name: Range, titles: readonly string[]): void {
    const words = text.slice(name[0], name[1]).toLowerCase().split(/\s+/);
    const keys = new Set([words.join(' '), words[words.length - 1]!]);
    for (const key of keys) {
      const entry = this.known.get(key) ?? { titles: new Set<string>() };
      for (const t of titles) entry.titles.add(t);
      this.known.set(key, entry);
    }
  }

  /** Whether a word (lower case) is a name or surname met with a title or as a speaker. */
  isKnown(word: string): boolean {
    return this.known.has(word);
  }

  /** Titles known for a name ("putin" → "president"), from any titled mention in the text. */
  titlesOf(name: string): readonly string[] {
    const words = name.toLowerCase().split(/\s+/);
    return [...(this.known.get(words[words.length - 1]!)?.titles ?? [])];
  }

  /** Records a speaker met while reading, so later pronouns can point at it. */
  add(m: Mention, text?: string, learnName = false): void {
    if (learnName && text) this.learn(text, m.ref, m.titles);
    let i = this.speakers.length;
    while (i > 0 && this.speakers[i - 1]!.at[0] > m.at[0]) i--;
    if (i === this.speakers.length) this.speakers.push(m);
    else this.speakers.splice(i, 0, m);
  }

  /** The nearest mention ending at or before `pos` and starting at or after `min` that `accept` takes. */
  nearestBefore(pos: number, min: number, accept: (m: Mention) => boolean): Mention | undefined {
    const a = nearestIn(this.fixed, pos, min, accept);
    const b = nearestIn(this.speakers, pos, min, accept);
    if (!a) return b;
    if (!b) return a;
    // A speaker recorded at the same place wins: it carries what a pronoun was resolved to.
    return b.at[0] >= a.at[0] ? b : a;
  }
}

function nearestIn(list: readonly Mention[], pos: number, min: number, accept: (m: Mention) => boolean): Mention | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.at[0] < pos) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1, n = 0; i >= 0 && n < MAX_LOOKBACK; i--, n++) {
    const m = list[i]!;
    if (m.at[0] < min) return undefined;
    if (m.at[1] <= pos && accept(m)) return m;
  }
  return undefined;
}

/**
 * Several whole-text patterns found in one pass over the words of a report. Each pattern starts
 * with `\b` and a word from a short list, so it can only match where a word begins with one of
 * its trigger prefixes: the pass walks the word starts once and tries a pattern (anchored there)
 * only at those, instead of each pattern trying every offset of the text on its own.
 *
 * Words are what `\b` sees: runs of ASCII letters, digits and `_`. With the `iu` flags `\b` and
 * case folding also read ſ (U+017F) and the Kelvin sign (U+212A) as letters; a text holding
 * either is scanned with the patterns themselves, so the result is always what a global scan of
 * each pattern finds (`word-scan.test.ts` checks that on text).
 */
import type { ScanMatch } from './sentence-matches.js';
import { scanAll } from './sentence-matches.js';

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Per ASCII code: 1 for a word character, else 0. */
const WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD[c] = isWordCode(c) ? 1 : 0;

/** A word's first two characters, lower-cased, as a table index (both ASCII), else -1. */
function pairKey(a: number, b: number): number {
  if (a >= 128 || b >= 128) return -1;
  return ((a >= 65 && a <= 90 ? a | 0x20 : a) << 7) | (b >= 65 && b <= 90 ? b | 0x20 : b);
}

/** A global pattern and the prefixes (lower-case ASCII) of the words its every match starts at. */
export interface TriggeredPattern {
  re: RegExp;
  prefixes: readonly string[];
  /** The pattern to scan a text holding ſ or K with, when `re` is a fast twin that reads those differently (see `fast-caseless.ts`). */
  exact?: RegExp;
  /**
   * A further necessary condition on the text after the trigger word (`end` is where the word's
   * run of word characters ends), checked before the pattern is tried.
   */
  guard?: (text: string, end: number) => boolean;
}

interface Trigger {
  pattern: number;
  prefix: string;
  guard: ((text: string, end: number) => boolean) | undefined;
}

/** Patterns scanned together over the word starts of a text. */
export class WordScan {
  private readonly sticky: RegExp[];
  /** Triggers by the first two characters of their prefix (see {@link pairKey}). */
  private readonly byPair: Array<Trigger[] | undefined> = new Array(128 * 128);

  constructor(private readonly patterns: readonly TriggeredPattern[]) {
    this.sticky = patterns.map((p) => {
      if (!p.re.flags.includes('g')) throw new Error(`WordScan: /${p.re.source}/ must be global`);
      return new RegExp(p.re.source, p.re.flags.replace('g', '') + 'y');
    });
    patterns.forEach((p, pattern) => {
      for (const prefix of p.prefixes) {
        // A prefix may run on past its word ("the fire") where the pattern spells out a space or hyphen.
        if (!/^[a-z0-9_][a-z0-9_ -]+$/.test(prefix)) throw new Error(`WordScan: trigger "${prefix}" must be lower-case ASCII, two characters or more`);
        (this.byPair[pairKey(prefix.charCodeAt(0), prefix.charCodeAt(1))] ??= []).push({ pattern, prefix, guard: p.guard });
      }
    });
  }

  /** Every match of each pattern in `text`, in order: the same as a global scan of each. */
  scan(text: string): ScanMatch[][] {
    const n = this.patterns.length;
    if (text.includes('\u017f') || text.includes('\u212a')) return this.patterns.map((p) => scanAll(p.exact ?? p.re, text));
    const out: ScanMatch[][] = [];
    for (let k = 0; k < n; k++) out.push([]);
    // Where each pattern's last match ended (a global scan resumes there), and the word start it was last tried at.
    const resume = new Int32Array(n);
    const tried = new Int32Array(n).fill(-1);
    let prevWord = false;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      const word = c < 128 && WORD[c] === 1;
      if (word && !prevWord && i + 1 < length) {
        const key = pairKey(c, text.charCodeAt(i + 1));
        const list = key === -1 ? undefined : this.byPair[key];
        if (list !== undefined) {
          for (let k = 0; k < list.length; k++) {
            const t = list[k]!;
            if (tried[t.pattern] === i || resume[t.pattern]! > i || !startsWith(text, i, t.prefix)) continue;
            tried[t.pattern] = i;
            if (t.guard !== undefined && !t.guard(text, wordEnd(text, i))) continue;
            const re = this.sticky[t.pattern]!;
            re.lastIndex = i;
            const m = re.exec(text);
            if (m === null || m[0].length === 0) continue;
            const groups: Array<string | undefined> = [];
            for (let g = 1; g < m.length; g++) groups.push(m[g]);
            out[t.pattern]!.push({ index: i, end: i + m[0].length, groups });
            resume[t.pattern] = i + m[0].length;
          }
        }
      }
      prevWord = word;
    }
    return out;
  }
}

function wordEnd(s: string, i: number): number {
  while (i < s.length && isWordCode(s.charCodeAt(i))) i++;
  return i;
}

/** Whether `prefix` (lower-case) starts at `i` of `s`, read case-insensitively. */
function startsWith(s: string, i: number, prefix: string): boolean {
  if (i + prefix.length > s.length) return false;
  for (let k = 1; k < prefix.length; k++) {
    const c = s.charCodeAt(i + k);
    if ((c >= 65 && c <= 90 ? c | 0x20 : c) !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

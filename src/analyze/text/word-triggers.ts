/**
 * Cheap necessary conditions for regular expressions. Many cue patterns can only match where a
 * word from a short list begins (`/\b(?:will|shall|plans?)\s+…/i` needs "will", "shall" or
 * "plan"); most sentences hold none of those words, and scanning a sentence for them by hand
 * costs a fraction of running a large case-insensitive Unicode pattern at every offset.
 *
 * Words here are what `\b` sees: runs of ASCII letters, digits and `_`. With the `iu` flags
 * `\b` also counts ſ (U+017F) and the Kelvin sign (U+212A) as word characters; a stretch holding
 * either is never ruled out, so a gated pattern always finds exactly what the pattern alone finds,
 * provided each of its matches starts at a word that begins with one of the trigger prefixes
 * (each use states that next to its pattern, and `word-triggers.test.ts` checks them on text).
 */

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** A set of word prefixes (lower-case ASCII letters and digits) that a pattern's matches start with. */
export class WordTriggers {
  /** Per first character code (a lower-case letter or a digit), the prefixes starting with it. */
  private readonly byFirst: Array<string[] | undefined> = [];

  constructor(prefixes: readonly string[]) {
    for (const p of prefixes) {
      if (!/^[a-z0-9]+$/.test(p)) throw new Error(`trigger "${p}" must be lower-case ASCII letters or digits`);
      (this.byFirst[p.charCodeAt(0)] ??= []).push(p);
    }
  }

  /** Whether a trigger prefix starts at `i` (the start of a word), read case-insensitively. */
  startsAt(s: string, i: number, end: number): boolean {
    const list = this.byFirst[s.charCodeAt(i) | 0x20];
    if (list === undefined) return false;
    for (const p of list) {
      if (i + p.length > end) continue;
      let k = 1;
      while (k < p.length && lowerAscii(s.charCodeAt(i + k)) === p.charCodeAt(k)) k++;
      if (k === p.length) return true;
    }
    return false;
  }

  /**
   * Whether `s[from, to)`, read on its own, may hold a match: some word in it begins with a
   * trigger (a word cut by `from` counts from `from`, as in the slice), or it holds ſ or K.
   */
  in(s: string, from = 0, to = s.length): boolean {
    let prevWord = false;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (isWordCode(c)) {
        if (!prevWord && this.startsAt(s, i, to)) return true;
        prevWord = true;
      } else {
        if (c === 0x17f || c === 0x212a) return true;
        prevWord = false;
      }
    }
    return false;
  }
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c | 0x20 : c;
}

/** A pattern with the words its matches start with, for {@link gatedTest}. */
export interface GatedPattern {
  /** The pattern as written (not global). */
  re: RegExp;
  triggers: WordTriggers;
}

/** Pairs a pattern with the prefixes of the words its every match starts with. */
export function gate(re: RegExp, prefixes: readonly string[]): GatedPattern {
  return { re, triggers: new WordTriggers(prefixes) };
}

/** `p.re.test(s)`, skipped when no trigger word is in `s`. */
export function gatedTest(p: GatedPattern, s: string): boolean {
  if (!p.triggers.in(s)) return false;
  p.re.lastIndex = 0;
  return p.re.test(s);
}

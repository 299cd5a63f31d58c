/**
 * Word tokens for the stance model: lower-cased, curly apostrophes folded, "n't" split off so
 * negation counts as its own token ("didn't" → "did", "n't").
 */

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Lower-cased word tokens of `text`, in order. */
export function wordTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase().replace(/’/g, "'");
    if (w.endsWith("n't") && w.length > 3) {
      out.push(w.slice(0, -3), "n't");
    } else if (w.endsWith("'s")) {
      out.push(w.slice(0, -2));
    } else {
      out.push(w);
    }
  }
  return out;
}

/** FNV-1a 32-bit hash: stable across runs and platforms, so hashed features can be stored. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

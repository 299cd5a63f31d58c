import type { Range } from '../../model/span.js';

/**
 * Stock phrases of generated filler prose, each a pattern with a label. Gathered from public
 * lists of words over-represented in model output after 2023 (Liang et al. 2024; Kobak et al.
 * 2024; Wikipedia's "Signs of AI writing") and from the filler of content-farm news pages. Every
 * one of them is also ordinary English; they matter only in numbers.
 */
const A = `['’]`;
/**
 * Each phrase has `keys`, lower-case words one of which it must contain: the patterns run only on
 * texts holding a key, which keeps the signal cheap on the many reports that hold none.
 */
export const STOCK_PHRASES: ReadonlyArray<{ label: string; keys: readonly string[]; re: RegExp }> = [
  { label: 'a testament to', keys: ['testament'], re: /\b(?:stands as |serves as |is |was )?a (?:powerful |true |stark )?testament to\b/gi },
  { label: 'a complex web of', keys: ['web of'], re: /\ba (?:complex|tangled|intricate) web of\b/gi },
  { label: 'navigate the complexities', keys: ['complexit'], re: /\bnavigat(?:e|es|ed|ing) (?:the )?complexit(?:y|ies)\b/gi },
  { label: 'only time will tell', keys: ['time will tell'], re: /\bonly time will tell\b/gi },
  { label: 'paints a picture', keys: ['picture'], re: /\bpaint(?:s|ed|ing)? a (?:\w+ )?picture\b/gi },
  { label: "in today's … world", keys: ['today'], re: new RegExp(String.raw`\bin today${A}s (?:rapidly )?(?:evolving|changing|fast-paced|interconnected|digital|modern)\b`, 'gi') },
  { label: 'the evolving nature of', keys: ['nature of'], re: /\bthe (?:ever-)?(?:evolving|changing|shifting) nature of\b/gi },
  { label: 'ever-shifting landscape', keys: ['landscape'], re: /\b(?:ever-(?:shifting|changing|evolving)|evolving|shifting) (?:\w+ )?landscape\b/gi },
  { label: 'the … landscape', keys: ['landscape'], re: /\bthe (?:political|geopolitical|media|security|digital|global) landscape\b/gi },
  { label: 'delve into', keys: ['delv'], re: /\bdelv(?:e|es|ed|ing) (?:deeper )?into\b/gi },
  { label: 'tapestry', keys: ['tapestry'], re: /\b(?:rich |complex |intricate )?tapestry of\b/gi },
  { label: 'multifaceted', keys: ['multifaceted'], re: /\bmultifaceted\b/gi },
  { label: 'in essence', keys: ['in essence'], re: /\bin essence\b/gi },
  { label: 'it is worth noting', keys: [' to'], re: new RegExp(String.raw`\b(?:it${A}s|it is) (?:worth|important to) (?:not(?:e|ing)|remember(?:ing)?|mention(?:ing)?)\b`, 'gi') },
  { label: 'plays a crucial role', keys: [' role'], re: /\bplay(?:s|ed|ing)? an? (?:crucial|pivotal|vital|key|significant) role\b/gi },
  { label: 'paradigm shift', keys: ['paradigm'], re: /\bparadigm shifts?\b/gi },
  { label: 'seismic shift', keys: ['seismic'], re: /\bseismic shifts?\b/gi },
  { label: 'more than just', keys: ['more than just'], re: /\b(?:is|are|was|were|be) (?:\w+ )?more than just\b/gi },
  { label: 'a stark reminder', keys: ['reminder'], re: /\ba (?:stark|sobering|grim|powerful|poignant) reminder\b/gi },
  { label: 'underscores the', keys: ['underscor'], re: /\bunderscor(?:e|es|ed|ing) the (?:importance|need|urgency|fragility|complexity)\b/gi },
  { label: 'sent ripples', keys: ['ripples', 'waves'], re: /\bsen(?:t|d|ds|ding) (?:shock)?(?:waves|ripples) (?:through|across)\b/gi },
  { label: 'as the dust settles', keys: ['dust settles'], re: /\bas the dust settles\b/gi },
  { label: 'one thing is clear', keys: ['one thing'], re: /\bone thing (?:is|becomes|remains) (?:clear|certain)\b/gi },
  { label: 'far-reaching consequences', keys: ['far-reaching'], re: /\bfar-reaching (?:consequences|implications)\b/gi },
  { label: 'a double-edged sword', keys: ['double-edged'], re: /\ba double-edged sword\b/gi },
  { label: 'in the face of adversity', keys: ['adversity'], re: /\bin the face of (?:such )?adversity\b/gi },
  { label: 'the question arises', keys: ['arises'], re: /\bthe question (?:naturally )?arises\b/gi },
  { label: 'it remains to be seen', keys: ['remains to be seen'], re: /\bit remains to be seen\b/gi },
  { label: 'game changer', keys: ['changer'], re: /\bgame[- ]changer\b/gi },
  { label: 'the stakes could not be higher', keys: ['stakes'], re: /\bthe stakes (?:could (?:hardly|not) be|have never been) higher\b/gi },
  { label: 'the implications are undeniable', keys: ['implications are'], re: /\bthe implications are (?:undeniable|profound|far-reaching|monumental)\b/gi },
  { label: 'a complex puzzle', keys: ['puzzle'], re: /\ba (?:complex|intricate) puzzle\b/gi },
  { label: 'geopolitical chessboard', keys: ['chessboard'], re: /\b(?:geopolitical|global) chessboard\b/gi },
  { label: 'cat-and-mouse game', keys: ['cat-and-mouse'], re: /\bcat-and-mouse game\b/gi },
  { label: 'speaks to the', keys: ['speak'], re: /\b(?:it )?speaks? to (?:the|a) (?:broader|deeper|desperation|resilience|heart)\b/gi },
  { label: 'a tightrope walk', keys: ['tightrope'], re: /\ba tightrope walk\b|\bwalk(?:s|ing)? a tightrope\b/gi },
  { label: 'a delicate balance', keys: ['balance'], re: /\ba (?:delicate|precarious|fine) balance\b/gi },
  { label: 'the growing specter of', keys: ['spect'], re: /\bthe (?:growing |looming )?spect(?:er|re) of\b/gi },
  { label: 'a turning point', keys: ['turning point'], re: /\b(?:a|the) (?:pivotal |critical )?turning point\b/gi },
  { label: 'a pivotal moment', keys: [' moment'], re: /\ba (?:pivotal|defining|watershed) moment\b/gi },
  { label: 'in the 21st century', keys: ['21st century'], re: /\bin the 21st century\b/gi },
];

/** One stock phrase found in a text. */
export interface PhraseHit {
  range: Range;
  text: string;
  label: string;
}

// Every key, indexed by its first two characters (all keys are ASCII): one pass over a text then
// tells which keys it holds, instead of one search of the whole text per key.
const KEYS = [...new Set(STOCK_PHRASES.flatMap((p) => p.keys))];
const KEYS_BY_START = new Map<number, string[]>();
const STARTS = new Uint8Array(128 * 128);
for (const k of KEYS) {
  if (k.length < 2 || /[^\x00-\x7f]/.test(k)) throw new Error(`stock phrase key "${k}" must be ASCII and two characters or more`);
  const at = k.charCodeAt(0) * 128 + k.charCodeAt(1);
  KEYS_BY_START.set(at, [...(KEYS_BY_START.get(at) ?? []), k]);
  STARTS[at] = 1;
}

/** The keys that occur in a lower-cased text. */
function keysIn(lower: string): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i + 1 < lower.length; i++) {
    const a = lower.charCodeAt(i);
    const b = lower.charCodeAt(i + 1);
    if (a >= 128 || b >= 128 || STARTS[a * 128 + b] === 0) continue;
    for (const k of KEYS_BY_START.get(a * 128 + b)!) if (!found.has(k) && lower.startsWith(k, i)) found.add(k);
  }
  return found;
}

/** Every stock phrase in `text[from, to)`, in text order, without overlaps (the earlier, longer hit wins). */
export function findStockPhrases(text: string, from = 0, to = text.length): PhraseHit[] {
  const zone = text.slice(from, to);
  const present = keysIn(zone.toLowerCase());
  const hits: PhraseHit[] = [];
  for (const { label, keys, re } of STOCK_PHRASES) {
    if (!keys.some((k) => present.has(k))) continue;
    re.lastIndex = 0;
    for (const m of zone.matchAll(re)) hits.push({ range: [from + m.index, from + m.index + m[0].length], text: m[0], label });
  }
  hits.sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
  const out: PhraseHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.range[0] < last.range[1]) continue;
    out.push(h);
  }
  return out;
}

/** Coefficient of variation (standard deviation over mean) of a list of lengths; 0 for fewer than two. */
export function coefficientOfVariation(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  if (mean === 0) return 0;
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
  return Math.sqrt(variance) / mean;
}

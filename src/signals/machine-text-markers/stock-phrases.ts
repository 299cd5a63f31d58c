import type { Range } from '../../model/span.js';

/**
 * Stock phrases of generated filler prose, each a pattern with a label. Gathered from public
 * lists of words over-represented in model output after 2023 (Liang et al. 2024; Kobak et al.
 * 2024; Wikipedia's "Signs of AI writing") and from the filler of content-farm news pages. Every
 * one of them is also ordinary English; they matter only in numbers.
 */
const A = `['’]`;
export const STOCK_PHRASES: ReadonlyArray<{ label: string; re: RegExp }> = [
  { label: 'a testament to', re: /\b(?:stands as |serves as |is |was )?a (?:powerful |true |stark )?testament to\b/giu },
  { label: 'a complex web of', re: /\ba (?:complex|tangled|intricate) web of\b/giu },
  { label: 'navigate the complexities', re: /\bnavigat(?:e|es|ed|ing) (?:the )?complexit(?:y|ies)\b/giu },
  { label: 'only time will tell', re: /\bonly time will tell\b/giu },
  { label: 'paints a picture', re: /\bpaint(?:s|ed|ing)? a (?:\w+ )?picture\b/giu },
  { label: "in today's … world", re: new RegExp(String.raw`\bin today${A}s (?:rapidly )?(?:evolving|changing|fast-paced|interconnected|digital|modern)\b`, 'giu') },
  { label: 'the evolving nature of', re: /\bthe (?:ever-)?(?:evolving|changing|shifting) nature of\b/giu },
  { label: 'ever-shifting landscape', re: /\b(?:ever-(?:shifting|changing|evolving)|evolving|shifting) (?:\w+ )?landscape\b/giu },
  { label: 'the … landscape', re: /\bthe (?:political|geopolitical|media|security|digital|global) landscape\b/giu },
  { label: 'delve into', re: /\bdelv(?:e|es|ed|ing) (?:deeper )?into\b/giu },
  { label: 'tapestry', re: /\b(?:rich |complex |intricate )?tapestry of\b/giu },
  { label: 'multifaceted', re: /\bmultifaceted\b/giu },
  { label: 'in essence', re: /\bin essence\b/giu },
  { label: 'it is worth noting', re: new RegExp(String.raw`\b(?:it${A}s|it is) (?:worth|important to) (?:not(?:e|ing)|remember(?:ing)?|mention(?:ing)?)\b`, 'giu') },
  { label: 'plays a crucial role', re: /\bplay(?:s|ed|ing)? an? (?:crucial|pivotal|vital|key|significant) role\b/giu },
  { label: 'paradigm shift', re: /\bparadigm shifts?\b/giu },
  { label: 'seismic shift', re: /\bseismic shifts?\b/giu },
  { label: 'more than just', re: /\b(?:is|are|was|were|be) (?:\w+ )?more than just\b/giu },
  { label: 'a stark reminder', re: /\ba (?:stark|sobering|grim|powerful|poignant) reminder\b/giu },
  { label: 'underscores the', re: /\bunderscor(?:e|es|ed|ing) the (?:importance|need|urgency|fragility|complexity)\b/giu },
  { label: 'sent ripples', re: /\bsen(?:t|d|ds|ding) (?:shock)?(?:waves|ripples) (?:through|across)\b/giu },
  { label: 'as the dust settles', re: /\bas the dust settles\b/giu },
  { label: 'one thing is clear', re: /\bone thing (?:is|becomes|remains) (?:clear|certain)\b/giu },
  { label: 'far-reaching consequences', re: /\bfar-reaching (?:consequences|implications)\b/giu },
  { label: 'a double-edged sword', re: /\ba double-edged sword\b/giu },
  { label: 'in the face of adversity', re: /\bin the face of (?:such )?adversity\b/giu },
  { label: 'the question arises', re: /\bthe question (?:naturally )?arises\b/giu },
  { label: 'it remains to be seen', re: /\bit remains to be seen\b/giu },
  { label: 'game changer', re: /\bgame[- ]changer\b/giu },
  { label: 'the stakes could not be higher', re: /\bthe stakes (?:could (?:hardly|not) be|have never been) higher\b/giu },
  { label: 'the implications are undeniable', re: /\bthe implications are (?:undeniable|profound|far-reaching|monumental)\b/giu },
  { label: 'a complex puzzle', re: /\ba (?:complex|intricate) puzzle\b/giu },
  { label: 'geopolitical chessboard', re: /\b(?:geopolitical|global) chessboard\b/giu },
  { label: 'cat-and-mouse game', re: /\bcat-and-mouse game\b/giu },
  { label: 'speaks to the', re: /\b(?:it )?speaks? to (?:the|a) (?:broader|deeper|desperation|resilience|heart)\b/giu },
  { label: 'a tightrope walk', re: /\ba tightrope walk\b|\bwalk(?:s|ing)? a tightrope\b/giu },
  { label: 'a delicate balance', re: /\ba (?:delicate|precarious|fine) balance\b/giu },
  { label: 'the growing specter of', re: /\bthe (?:growing |looming )?spect(?:er|re) of\b/giu },
  { label: 'a turning point', re: /\b(?:a|the) (?:pivotal |critical )?turning point\b/giu },
  { label: 'a pivotal moment', re: /\ba (?:pivotal|defining|watershed) moment\b/giu },
  { label: 'in the 21st century', re: /\bin the 21st century\b/giu },
];

/** One stock phrase found in a text. */
export interface PhraseHit {
  range: Range;
  text: string;
  label: string;
}

/** Every stock phrase in `text[from, to)`, in text order, without overlaps (the earlier, longer hit wins). */
export function findStockPhrases(text: string, from = 0, to = text.length): PhraseHit[] {
  const zone = text.slice(from, to);
  const hits: PhraseHit[] = [];
  for (const { label, re } of STOCK_PHRASES) {
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

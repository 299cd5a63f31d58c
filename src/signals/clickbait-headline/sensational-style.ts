/**
 * Rules for sensational headline style, each with the exact words that trip it: a large share of
 * words in capitals, exclamation marks, hyperbole words (INFERNO, EXPLODES, SHOCKING), and
 * stock curiosity-gap phrases ("you won't believe", "what happened next"). Spans are offsets
 * into the headline string.
 */
import type { Range } from '../../model/span.js';

/** One reason a headline reads as sensational, with the words behind it. */
export interface StyleMark {
  kind: 'all-caps' | 'exclamation' | 'hyperbole' | 'bait-phrase';
  /** Offsets into the headline. */
  range: Range;
  text: string;
}

/** The marks found and a summary of them. */
export interface StyleReport {
  marks: StyleMark[];
  /** Share of words of three or more letters written wholly in capitals (acronyms excepted). */
  capsShare: number;
  /** Points: 1 for capitals (share ≥ `capsShare` option), 1 for any exclamation, 1 per hyperbole word (up to 2), 2 per bait phrase. */
  points: number;
}

/** Words that overstate: disaster vocabulary, intensifiers, fight verbs of tabloid headlines. */
export const HYPERBOLE = new Set(
  `inferno infernos explodes exploded explode explosive chaos chaotic carnage mayhem meltdown bombshell shocking shock
  shocked stunning stuns stunned horrifying horrific terrifying terrified insane unbelievable incredible epic
  devastating apocalypse apocalyptic armageddon catastrophe catastrophic nightmare frenzy slams slammed blasts
  destroys obliterates obliterated annihilated humiliated humiliates humiliating crushes erupts rages raging furious
  fury outrage outraged massive gigantic unprecedented brutal savage jaw-dropping mind-blowing bloodbath doomsday
  busted`
    .split(/\s+/)
    .filter(Boolean),
);

/** Curiosity-gap and bait phrases of the kind Chakraborty et al. (2016) list as clickbait cues. */
export const BAIT_PHRASES = [
  "you won't believe",
  'you will not believe',
  "won't believe",
  'what happened next',
  'what happens next',
  'will blow your mind',
  'blow your mind',
  'will make you',
  "you'll never guess",
  'you need to see',
  'you need to know',
  "here's why",
  'here is why',
  'this is why',
  'the reason why',
  'is going viral',
  'will leave you',
  'can you guess',
  'before you die',
  'one weird trick',
  "doesn't want you to know",
  'they don\'t want you to know',
];

/** Capitalised forms that are normal in headlines: acronyms and initialisms. */
const ACRONYMS = new Set(
  `USA US UK EU UN NATO FBI CIA NSA KGB FSB GRU NHS BBC CNN CEO CFO MP MPS GOP NBA NFL FIFA UEFA IMF WHO WTO OPEC
  ISIS NASA COVID AIDS HIV DNA USSR UAE IAEA OSCE ICC ICJ AP AFP TV FM AM PM GDP IPO CO2 LGBT LGBTQ MLB NHL AI`
    .split(/\s+/)
    .filter(Boolean),
);

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Finds the sensational-style marks of a headline; `capsShareMin` is the share from which capitals count. */
export function sensationalStyle(headline: string, capsShareMin = 0.3): StyleReport {
  const marks: StyleMark[] = [];
  let long = 0;
  const caps: StyleMark[] = [];
  const hyper: StyleMark[] = [];
  for (const m of headline.matchAll(WORD)) {
    const w = m[0];
    const at = m.index;
    const letters = w.replace(/[^\p{L}]/gu, '');
    if (letters.length >= 3) {
      long++;
      if (letters === letters.toUpperCase() && letters !== letters.toLowerCase() && !ACRONYMS.has(w.replace(/['’].*$/, ''))) {
        caps.push({ kind: 'all-caps', range: [at, at + w.length], text: w });
      }
    }
    if (HYPERBOLE.has(w.toLowerCase().replace(/’/g, "'"))) hyper.push({ kind: 'hyperbole', range: [at, at + w.length], text: w });
  }
  const capsShare = long ? caps.length / long : 0;
  let points = 0;
  if (caps.length >= 2 && capsShare >= capsShareMin) {
    marks.push(...caps);
    points++;
  }
  const bangs: StyleMark[] = [];
  for (const m of headline.matchAll(/!+/g)) bangs.push({ kind: 'exclamation', range: [m.index, m.index + m[0].length], text: m[0] });
  if (bangs.length) {
    marks.push(...bangs);
    points++;
  }
  marks.push(...hyper);
  points += Math.min(2, hyper.length);
  const lower = headline.toLowerCase().replace(/’/g, "'");
  const phraseSpans: Range[] = [];
  for (const p of BAIT_PHRASES) {
    for (let at = lower.indexOf(p); at !== -1; at = lower.indexOf(p, at + 1)) {
      const r: Range = [at, at + p.length];
      // A shorter phrase inside one already found ("won't believe" in "you won't believe") is the same cue.
      if (phraseSpans.some(([s, e]) => s <= r[0] && r[1] <= e)) continue;
      phraseSpans.push(r);
      marks.push({ kind: 'bait-phrase', range: r, text: headline.slice(r[0], r[1]) });
      points += 2;
    }
  }
  marks.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  return { marks, capsShare, points };
}

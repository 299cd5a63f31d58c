/**
 * A small language check for quotes: function words and script. Quotes are short and sit inside
 * text of another language, so the paragraph-level detector cannot see them; function words can
 * (a French sentence of ten words carries four or five of them). Returns nothing when unsure.
 */
import { internWord } from '../entities/word-table.js';
import { classAt, LETTER, widthAt } from '../text/char-class.js';

const STOP_WORDS: Record<string, string> = {
  en: 'the and of to is in that it was for on are with as be this have not but they we you will would what from at by or an has which our who',
  fr: 'le la les de des du un une et est que qui dans pour pas ne sur avec il elle nous vous son sa ses ce cette au aux se plus notre votre leur mais ou été très quelque chose ont sont cela être faire quiconque devra',
  de: 'der die das und ist nicht ein eine ich wir sie es zu mit auf für den dem des von im auch sich dass wird werden aber oder unser unsere haben hat kein',
  es: 'el la los las de y que en un una es no por con para se su lo como pero más nuestro nuestra del al muy esta este fue son hay',
  it: 'il lo la gli le di e che è un una per non con del della sono ma si nel questo questa anche molto ci ha hanno nostro',
  pt: 'o a os as de e que em um uma não para com do da é se mais mas nosso nossa dos das foi são muito ao na no',
  nl: 'de het een en van is dat niet op te zijn met voor wij ik maar ook er aan als dit om hij',
};

const WORDS = new Map<string, string[]>();
for (const [lang, list] of Object.entries(STOP_WORDS)) {
  for (const w of list.split(' ')) WORDS.set(w, [...(WORDS.get(w) ?? []), lang]);
}

/** Languages with letters that only some Latin-script languages use (see markerBit), in scoring order. */
const MARKERS = ['fr', 'es', 'de', 'pt', 'it'];

export interface LanguageGuess {
  lang: string;
  /** Share of the words that back the guess, 0..1. */
  confidence: number;
}

/** Guesses the language of a short stretch of text, or returns undefined when it cannot tell. */
export function guessLanguage(text: string): LanguageGuess | undefined {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  markersSeen = 0;
  const script = byScript(sample);
  if (script) return script;
  const lower = sample.toLowerCase();
  const score = new Map<string, number>();
  // The words are the matches of /[\p{L}]+(?:['’][\p{L}]+)?/gu in the lower-cased sample, read by
  // one scan over character classes; each is looked up through the shared word table, so a
  // function word met before costs no new string.
  let words = 0;
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isLetter(lower, i)) {
      i++;
      continue;
    }
    const start = i;
    i = lettersEnd(lower, i);
    let apostrophe = -1;
    const c = lower.charCodeAt(i);
    if ((c === 39 || c === 0x2019) && i + 1 < n && isLetter(lower, i + 1)) {
      apostrophe = i;
      i = lettersEnd(lower, i + 1);
    }
    words++;
    let bareStart = start;
    // French elisions ("qu'en", "l'ampleur") count for French and leave the word behind.
    if (apostrophe !== -1 && isElision(lower, start, apostrophe)) {
      score.set('fr', (score.get('fr') ?? 0) + 1);
      bareStart = apostrophe + 1;
    }
    for (const lang of WORDS.get(internWord(lower, bareStart, i)) ?? []) score.set(lang, (score.get(lang) ?? 0) + 1);
  }
  if (words < 3) return undefined;
  for (let m = 0; m < MARKERS.length; m++) if ((markersSeen & (1 << m)) !== 0) score.set(MARKERS[m]!, (score.get(MARKERS[m]!) ?? 0) + 1.5);
  let best: string | undefined;
  let top = 0;
  let second = 0;
  for (const [lang, s] of score) {
    if (s > top) {
      second = top;
      top = s;
      best = lang;
    } else if (s > second) second = s;
  }
  if (!best) return undefined;
  // Need a clear winner and enough function words for the length.
  if (top < 2 || top < second * 1.5 || top / words < 0.15) return undefined;
  return { lang: best, confidence: Math.min(1, top / words / 0.4) };
}

/** A letter (\p{L}) starts at `i`, a surrogate pair read as one code point. */
function isLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return (classAt(s, i) & LETTER) !== 0;
}

/** Where the run of letters starting at `i` ends. */
function lettersEnd(s: string, i: number): number {
  const n = s.length;
  while (i < n && isLetter(s, i)) i += widthAt(s, i);
  return i;
}

/** The letters before the apostrophe are an elided French word: l' d' qu' n' s' j' c'. */
function isElision(s: string, start: number, apostrophe: number): boolean {
  const len = apostrophe - start;
  const c = s.charCodeAt(start);
  if (len === 1) return c === 108 || c === 100 || c === 110 || c === 115 || c === 106 || c === 99;
  return len === 2 && c === 113 && s.charCodeAt(start + 1) === 117;
}

/** Bits of MARKERS seen by the last byScript scan. */
let markersSeen = 0;

/** Which of MARKERS a code unit belongs to, as a bit (0 for none). */
function markerBit(c: number): number {
  switch (c) {
    case 0xe7: case 0xe8: case 0xea: case 0xeb: case 0xee: case 0xef: case 0xf4: case 0x153: case 0xfb:
      return 1; // fr: çèêëîïôœû
    case 0xf1: case 0xbf: case 0xa1:
      return 2; // es: ñ¿¡
    case 0xe4: case 0xf6: case 0xfc: case 0xdf:
      return 4; // de: äöüß
    case 0xe3: case 0xf5:
      return 8; // pt: ãõ
    case 0xec: case 0xf2:
      return 16; // it: ìò
    default:
      return 0;
  }
}

function byScript(text: string): LanguageGuess | undefined {
  let letters = 0;
  let cyr = 0;
  let other = 0;
  let otherLang = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
      continue;
    }
    markersSeen |= markerBit(c);
    // Code point blocks are enough to tell scripts apart; the letters of other blocks count as Latin.
    if (c >= 0x0400 && c <= 0x052f) cyr++;
    else if (c >= 0x0600 && c <= 0x06ff) [other, otherLang] = [other + 1, 'ar'];
    else if (c >= 0x0590 && c <= 0x05ff) [other, otherLang] = [other + 1, 'he'];
    else if (c >= 0x0370 && c <= 0x03ff) [other, otherLang] = [other + 1, 'el'];
    else if (c >= 0x3040 && c <= 0x30ff) [other, otherLang] = [other + 1, 'ja'];
    else if (c >= 0x4e00 && c <= 0x9fff) [other, otherLang] = [other + 1, otherLang === 'ja' ? 'ja' : 'zh'];
    else if (!(c >= 0xc0 && c <= 0x24f)) continue;
    letters++;
  }
  if (letters === 0) return undefined;
  if (cyr / letters > 0.5) return { lang: /[іїєґ]/iu.test(text) ? 'uk' : 'ru', confidence: cyr / letters };
  if (other / letters > 0.5) return { lang: otherLang, confidence: other / letters };
  return undefined;
}

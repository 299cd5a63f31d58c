/**
 * A small language check for quotes: function words and script. Quotes are short and sit inside
 * text of another language, so the paragraph-level detector cannot see them; function words can
 * (a French sentence of ten words carries four or five of them). Returns nothing when unsure.
 */

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

/** Letters that only some Latin-script languages use. */
const MARKERS: Array<[RegExp, string]> = [
  [/[çèêëîïôœû]/u, 'fr'],
  [/[ñ¿¡]/u, 'es'],
  [/[äöüß]/u, 'de'],
  [/[ãõ]/u, 'pt'],
  [/[ìò]/u, 'it'],
];

export interface LanguageGuess {
  lang: string;
  /** Share of the words that back the guess, 0..1. */
  confidence: number;
}

/** Guesses the language of a short stretch of text, or returns undefined when it cannot tell. */
export function guessLanguage(text: string): LanguageGuess | undefined {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const script = byScript(sample);
  if (script) return script;
  const words = sample.toLowerCase().match(/[\p{L}]+(?:['’][\p{L}]+)?/gu) ?? [];
  if (words.length < 3) return undefined;
  const score = new Map<string, number>();
  for (const w of words) {
    // French elisions ("qu'en", "l'ampleur") count for French and leave the word behind.
    const bare = w.replace(/^(?:l|d|qu|n|s|j|c)['’]/u, () => {
      score.set('fr', (score.get('fr') ?? 0) + 1);
      return '';
    });
    for (const lang of WORDS.get(bare) ?? []) score.set(lang, (score.get(lang) ?? 0) + 1);
  }
  for (const [re, lang] of MARKERS) if (re.test(sample)) score.set(lang, (score.get(lang) ?? 0) + 1.5);
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
  if (top < 2 || top < second * 1.5 || top / words.length < 0.15) return undefined;
  return { lang: best, confidence: Math.min(1, top / words.length / 0.4) };
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

/**
 * The commonest function words of some languages. A sentence dense in its paragraph's function
 * words is in that language for certain, so the (far costlier) model is not asked about it.
 */
const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set('the of and to in a is was that for on with as by at from it he she they his her their has have had were are be been not but which who this said will would its an or after also'.split(' ')),
  de: new Set('der die das und ist nicht ein eine den dem des zu mit von auf für sich im es wird wurde sind hat auch als bei nach aus wie oder'.split(' ')),
  fr: new Set('le la les de des et est un une du dans que qui pour pas sur au aux par il elle ont été avec ce se plus sont'.split(' ')),
  es: new Set('el la los las de del y es un una que en por para con no se su al lo como más fue han sido'.split(' ')),
  ru: new Set('и в не на что с по как это он она они из к о за от его для но был была были уже также'.split(' ')),
};

/** True when `sentence` is clearly written in `lang`: enough of its lower-case words are that language's function words. */
export function clearlyIn(lang: string, sentence: string): boolean {
  const words = FUNCTION_WORDS[lang];
  if (!words) return false;
  // A hand-rolled word scan: this runs on every sentence of every report, and a Unicode regex
  // with look-behind was the stage's largest cost.
  let lower = 0;
  let hits = 0;
  let i = 0;
  const n = sentence.length;
  while (i < n) {
    while (i < n && !isLetter(sentence, i)) i++;
    const start = i;
    while (i < n && (isLetter(sentence, i) || sentence[i] === "'" || sentence[i] === '’')) i++;
    if (i > start && isLower(sentence, start)) {
      lower++;
      if (words.has(sentence.slice(start, i))) hits++;
    }
  }
  return lower >= 6 && hits >= 3 && hits / lower >= 0.25;
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

function isLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c >= 0xc0 && LETTER.test(s[i]!);
}

function isLower(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 97 && c <= 122) return true;
  return c >= 0xc0 && LOWER.test(s[i]!);
}

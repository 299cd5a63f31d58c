/**
 * First-person author bios that open with no fixed phrase: "I started out on a night desk and
 * have spent ten years reporting on …; my work has appeared in …". Reporters and columnists also
 * write "I" in articles, so one career word is not enough: the whole paragraph must be about the
 * writer's career, and it must say where their work appears.
 */
import { BIO_CAREER, cueSource, type CareerRow } from './removal-cues.js';
import { wordCount } from './text-lines.js';

interface CompiledCareer {
  lang: string;
  firstPerson: RegExp;
  placement: RegExp;
  path: RegExp;
  role: RegExp;
}

/** Any of the phrases as whole words; a phrase ending in an apostrophe ("j'") runs into the next word. */
const anyOf = (phrases: readonly string[]): RegExp => {
  const alts = phrases.map((p) => cueSource(p) + (/['’]$/u.test(p) ? '' : '(?![\\p{L}\\p{N}])'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})`, 'iu');
};

const CAREERS: CompiledCareer[] = BIO_CAREER.map((r: CareerRow) => ({
  lang: r.lang,
  firstPerson: anyOf(r.firstPerson.split('|')),
  placement: anyOf(r.placement),
  path: anyOf(r.path),
  role: anyOf(r.role),
}));

/** Bios do not quote anyone; a paragraph with a quotation is a witness or a speaker. */
const QUOTE_MARK = /["“”„«»]/u;

/** Bios are a few sentences; longer first-person paragraphs are the article's own. */
const MAX_SENTENCES = 5;

/**
 * The language row whose career pattern `paragraph` fits, as `bio-career:<lang>`, or nothing.
 * Fits means: every sentence has a first-person word, one phrase says where the writer's work
 * appears, and another gives their career path or newsroom role.
 */
export function careerBioCue(paragraph: string): string | undefined {
  if (paragraph.length > 900 || wordCount(paragraph) < 12 || QUOTE_MARK.test(paragraph)) return undefined;
  // split only once some row's phrases are there: most paragraphs have none
  let sentences: string[] | undefined;
  for (const c of CAREERS) {
    if (!c.placement.test(paragraph)) continue;
    if (!c.path.test(paragraph) && !c.role.test(paragraph)) continue;
    sentences ??= splitSentences(paragraph);
    if (sentences.length > MAX_SENTENCES) return undefined;
    if (sentences.every((s) => c.firstPerson.test(s))) return `bio-career:${c.lang}`;
  }
  return undefined;
}

/** Sentences split at terminal punctuation followed by a space and a capital or digit. */
function splitSentences(s: string): string[] {
  return s
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}\p{N}])/u)
    .map((x) => x.trim())
    .filter((x) => wordCount(x) > 0);
}

/**
 * Does a date belong to the page (its dateline), to an event the report tells of, or to
 * neither? Cheap cues only: where the date sits and which verbs share its sentence.
 */
import type { TimeRole } from './time-types.js';

/** Verbs and nouns that put a date on something happening: attacks, statements, arrivals. */
const EVENT_CUE = new RegExp(
  '\\b(?:attack(?:s|ed|ing)?|struck|strikes?|hit|hits|intercept(?:s|ed|ing|ion)?|shot\\sdown|shoots?\\sdown|brought\\sdown|downed|' +
    'explo(?:ded|sions?|de|des)|blasts?|kill(?:s|ed|ing)?|injur(?:ed|ies|ing)|wound(?:ed|ing)|destroy(?:s|ed)?|damaged|' +
    'launch(?:ed|es)?|fired|shell(?:ed|ing)|bomb(?:ed|ing)|target(?:ed|ing)|crash(?:ed|es)?|burn(?:ed|ing)|fell|' +
    'said|says|told|warn(?:ed|s)?|announc(?:ed|es)|confirm(?:ed|s)|report(?:ed|s)|claim(?:ed|s)|denie[ds]|reject(?:ed|s)|' +
    'respond(?:ed|s)|address(?:ed)|spoke|threaten(?:ed|s)|promis(?:ed|es)|vow(?:ed|s)|evacuat(?:ed|ion)|occurred|happened|' +
    'began|captur(?:ed|es)|annexed|invad(?:ed|es)|faced|erupted|arrested|detained|met|signed|visited|arrived|died)\\b',
  'i',
);

/** What may stand beside a dateline on its line: labels and punctuation only. */
const CHROME_REST = /^[\s\p{P}\p{S}]*(?:(?:today|published|updated|last\s+updated|posted|date|on|as\s+of|am|at)[\s\p{P}\p{S}]*)*$/iu;

/** "MOSCOW, May 30 (Reuters) —": an upper-case place, a comma, the date, maybe an agency, a dash. */
const WIRE_BEFORE = /^[\p{Lu}][\p{Lu}\s.'’-]{1,40},[\s\u00a0]{1,3}$/u;
const WIRE_AFTER = /^[\s\u00a0]{0,3}(?:\([^()\n]{1,30}\)[\s\u00a0]{0,3})?[-–—]/;

/** How far into the text a dateline may sit and still date the page. */
const TOP_CHARS = 400;
const TOP_LINES = 6;

/** Start of the line holding `at`, if it is at most `max` characters back (bounded, so long lines cost nothing). */
function lineStartWithin(text: string, at: number, max: number): number | undefined {
  for (let i = at; i >= Math.max(0, at - max); i--) if (i === 0 || text[i - 1] === '\n') return i;
  return undefined;
}

/** End of the line holding `at`, if it is at most `max` characters ahead. */
function lineEndWithin(text: string, at: number, max: number): number | undefined {
  for (let i = at; i <= Math.min(text.length, at + max); i++) if (i === text.length || text[i] === '\n') return i;
  return undefined;
}

function isNearTop(text: string, lineStart: number): boolean {
  if (lineStart <= TOP_CHARS) return true;
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) {
    if (++lines >= TOP_LINES) return false;
  }
  return true;
}

/** True when the sentence has a verb or noun of something happening (see EVENT_CUE). */
export function hasEventCue(sentence: string): boolean {
  return EVENT_CUE.test(sentence);
}

/**
 * The role of the expression at `[start, end)`: a dateline or site-chrome date near the top
 * dates the page; otherwise `eventful` (from `hasEventCue` on its sentence) decides.
 */
export function roleOf(text: string, start: number, end: number, eventful: boolean): TimeRole {
  const ls = lineStartWithin(text, start, 80);
  if (ls !== undefined) {
    const le = lineEndWithin(text, end, 80);
    if (le !== undefined && le - ls <= 80 && isNearTop(text, ls) && CHROME_REST.test(text.slice(ls, start) + ' ' + text.slice(end, le))) {
      return 'publication';
    }
    if (start - ls <= 60 && WIRE_BEFORE.test(text.slice(ls, start)) && WIRE_AFTER.test(text.slice(end, end + 40))) return 'publication';
  }
  return eventful ? 'event' : 'reference';
}

/** Words that turn a sentence toward the future, so a bare weekday means the next one. */
const FUTURE_CUE =
  /\b(?:will|shall|won['’]t|(?:is|are|was|were)\s(?:due|set|scheduled|expected|planned|going)\s(?:to|for|on)|plans?\sto|intends?\sto|to\sbe\sheld)\b|['’]ll\b/i;

/** True when the sentence speaks of what is to come. */
export function looksAhead(sentence: string): boolean {
  return FUTURE_CUE.test(sentence);
}

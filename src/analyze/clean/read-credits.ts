/**
 * Credits in a cleaned text: "Source: Stern" lines, wire datelines ("KYIV (AP) —"), reporting
 * attributed to a wire agency ("according to Reuters") and translations of another outlet's
 * report. Each comes with its span in the cleaned text.
 */
import type { CreditedOrigin } from '../../model/document.js';
import {
  ACCORDING_TO_CUES,
  AGENCY_NOUNS,
  LANGUAGE_NAMES,
  SOURCE_LINE_LABELS,
  TRANSLATED_FROM_CUES,
  TRANSLATION_FILLERS,
  WIRE_AGENCIES,
} from './credit-cues.js';
import { alternation, parseDate, type LineDate } from './parse-date-line.js';
import { wordCount, type TextLine } from './text-lines.js';
import { countryCode } from '../places/countries.js';
import { classAt, LETTER, NUMBER, widthAt } from '../text/char-class.js';
import { isAllCaps } from './line-rules.js';

const SPELLING_TO_NAME = new Map<string, string>();
for (const a of WIRE_AGENCIES) for (const s of a.spellings) SPELLING_TO_NAME.set(s, a.name);
// longest first, so "Associated Press" wins over "AP" and "RIA Novosti" over "RIA"
const SPELLINGS = [...SPELLING_TO_NAME.keys()].sort((a, b) => b.length - a.length);
const AGENCY_SOURCE = SPELLINGS.map((s) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');

const SOURCE_LINE = new RegExp(`^(?:${SOURCE_LINE_LABELS.map((l) => l.replace(/ /gu, '\\s+')).join('|')})\\s*[:：]?\\s+(?<name>.+?)(?:[.!?](?=\\s|$).*)?$`, 'iu');

/** "Source: Stern" as a line of its own. */
export function readSourceLine(lines: readonly TextLine[]): CreditedOrigin | undefined {
  // the last one wins: a credit line closes the report
  for (let i = lines.length - 1; i >= 0; i--) {
    const ln = lines[i]!;
    if (ln.blank || ln.text.length > 140) continue;
    const m = SOURCE_LINE.exec(ln.text);
    const name = m?.groups?.['name']?.trim();
    if (!m || !name || wordCount(name) > 8 || /[.!?]\s/u.test(name)) continue;
    return { name, cue: 'source-line', range: [ln.textStart, ln.textEnd], quote: ln.text };
  }
  return undefined;
}

const PLACE = "(?:\\p{Lu}[\\p{Lu}\\p{M}'’. -]{1,40}?|\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,2})";
const REGION = "\\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+)?";
/** "PLACE", "PLACE, Region", "PLACE, Month Day", "PLACE, Region, Month Day", each optional. */
const DATELINE_HEAD = `(${PLACE})(?:,\\s*(${REGION}))?(?:,\\s*([^()\\n]{3,30}?))?\\s*`;
const WIRE_DATELINE = new RegExp(`^(?:${DATELINE_HEAD})?\\((${AGENCY_SOURCE})\\)\\s*[-–—:]+`, 'u');
/** A short capitalised name: "Northgate", "Harbor Wire", "KNA". */
const CREDIT_NAME = "\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?: (?:\\p{Lu}[\\p{L}\\p{N}&'’.-]*|of|de|du|des|di|der))*";
/**
 * Any name in parentheses after a dateline place, then a dash: "VELMORSK, March 14 (Northgate) —".
 * Stricter than a known agency's credit: the place and the dash are required.
 */
const PLACED_CREDIT = new RegExp(`^${DATELINE_HEAD}\\((${CREDIT_NAME})\\)\\s*[-–—]+\\s`, 'u');
const PLAIN_DATELINE = /^(\p{Lu}[\p{Lu}\p{M}'’. -]{1,40}?)(?:,\s*(\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?))?,\s*([^—–\n]{3,30}?)\s*[—–-]\s/u;

/** Longest credited name taken from a dateline, in characters and in words. */
const MAX_CREDIT_CHARS = 40;
const MAX_CREDIT_WORDS = 4;

/** A dateline at the start of the body: who it credits and the date it carries, if any. */
export interface Dateline {
  credit?: CreditedOrigin;
  date?: LineDate;
  quote: string;
}

/**
 * Looks for a dateline at the start of the first few lines of the body. The credit quotes the
 * parenthesised agency, "(Reuters)"; the dateline's own quote is the whole dateline.
 */
export function readDateline(lines: readonly TextLine[], maxLines = 4): Dateline | undefined {
  let seen = 0;
  for (const ln of lines) {
    if (ln.blank) continue;
    if (++seen > maxLines) break;
    const known = WIRE_DATELINE.exec(ln.text);
    const placed = known ? undefined : PLACED_CREDIT.exec(ln.text);
    const m = known ?? (placed && isPlacedCredit(placed) ? placed : undefined);
    if (m) {
      const quote = m[0].trim();
      const agency = m[4] ?? '';
      const name = SPELLING_TO_NAME.get(agency) ?? agency;
      const paren = `(${agency})`;
      const at = ln.textStart + m[0].lastIndexOf(paren);
      const date = datelineDate(m[3], m[2]);
      return {
        credit: { name, cue: 'wire-dateline', range: [at, at + paren.length], quote: paren },
        ...(date ? { date } : {}),
        quote,
      };
    }
    const p = PLAIN_DATELINE.exec(ln.text);
    if (p) {
      const date = datelineDate(p[3], p[2]);
      if (date) return { date, quote: p[0].trim() };
    }
  }
  return undefined;
}

/**
 * Words a dateline puts in parentheses that are not a credit: version marks and format labels.
 * ("(UPDATE 2)" also fails for its digit; countries, which name where and not who, are looked up.)
 */
const NOT_A_CREDIT = /^(update[sd]?|corrected|correction|refile|repeat|recasts?|adds|live|video|photos?|audio|analysis|exclusive|breaking|factbox|explainer|insight|interview|opinion|local time|gmt|utc)$/iu;

/**
 * An unknown name counts as a credit only in a real dateline: the place in capitals
 * ("VELMORSK (Northgate) —") or followed by a date ("Velmorsk, March 14 (Northgate) —"), so
 * "Senator Ana Ruiz (Independent) — …" is not read as one. The name must be short and be
 * neither the place again, a date, a label nor a country.
 */
function isPlacedCredit(m: RegExpExecArray): boolean {
  const place = (m[1] ?? '').trim();
  const name = m[4] ?? '';
  if (!isAllCaps(place) && !datelineDate(m[3], m[2])) return false;
  if (name.length > MAX_CREDIT_CHARS || wordCount(name) > MAX_CREDIT_WORDS) return false;
  if (/\p{N}/u.test(name) || NOT_A_CREDIT.test(name)) return false;
  if (name.toLowerCase() === place.toLowerCase() || parseDate(name, true)) return false;
  return countryCode(name) === undefined;
}

function datelineDate(date: string | undefined, region: string | undefined): LineDate | undefined {
  // "MOSCOW, May 30 (Reuters)": the regex may take "May 30" as the date or, without a comma, not at all
  return (date ? parseDate(date, true) : undefined) ?? (region ? parseDate(region, true) : undefined);
}

// The cue must not follow a letter; that is checked by hand on each hit (see cueHits): with the
// look-behind in the pattern, every offset of the text paid for it.
const ACCORDING_TO = new RegExp(`(?:${alternation(ACCORDING_TO_CUES)})(?=\\s)`, 'giu');
const NOUNS = new Set(AGENCY_NOUNS.map((n) => n.toLowerCase()));
const AGENCY_AT = new RegExp(`(?:${AGENCY_SOURCE})(?![\\p{L}\\p{N}])`, 'uy');

/** Agency spellings grouped by their first code unit (`SPELLING_BUCKET` holds the group's index + 1), for {@link mentionsAgency}. */
const SPELLING_BUCKET = new Uint8Array(0x10000);
const SPELLING_GROUPS: string[][] = [];
for (const sp of SPELLINGS) {
  if (sp.length < 2) throw new Error(`agency spelling "${sp}" is too short`);
  const c = sp.charCodeAt(0);
  if (SPELLING_BUCKET[c] === 0) SPELLING_GROUPS.push([]);
  SPELLING_BUCKET[c] ||= SPELLING_GROUPS.length;
  SPELLING_GROUPS[SPELLING_BUCKET[c]! - 1]!.push(sp);
}

/**
 * Whether some agency spelling stands anywhere in `text`, not run on by a letter or digit (where
 * `AGENCY_AT` could match): a credit needs one after its cue, and most reports name none, so
 * this one pass spares scanning the text for every cue.
 */
function mentionsAgency(text: string): boolean {
  for (let i = 0; i + 1 < text.length; i++) {
    const g = SPELLING_BUCKET[text.charCodeAt(i)]!;
    if (g === 0) continue;
    const second = text.charCodeAt(i + 1);
    for (const sp of SPELLING_GROUPS[g - 1]!) {
      if (sp.charCodeAt(1) !== second || !text.startsWith(sp, i)) continue;
      const end = i + sp.length;
      if (end >= text.length || (classAt(text, end) & (LETTER | NUMBER)) === 0) return true;
    }
  }
  return false;
}

/** "according to Reuters", "laut dpa", "selon l'AFP": reporting credited to a wire agency. */
export function readAccordingTo(text: string): CreditedOrigin | undefined {
  if (!mentionsAgency(text)) return undefined;
  for (const m of cueHits(ACCORDING_TO, text)) {
    const cueStart = m.index ?? 0;
    let pos = cueStart + m[0].length;
    pos = skipWords(text, pos, (w) => NOUNS.has(w.toLowerCase()), 3);
    AGENCY_AT.lastIndex = pos;
    const a = AGENCY_AT.exec(text);
    if (!a) continue;
    const end = pos + a[0].length;
    const name = SPELLING_TO_NAME.get(a[0]) ?? a[0];
    return { name, cue: 'according-to', range: [cueStart, end], quote: text.slice(cueStart, end) };
  }
  return undefined;
}

const TRANSLATED = new RegExp(`(?:${alternation(TRANSLATED_FROM_CUES)})`, 'giu');
const FILLERS = new Set(TRANSLATION_FILLERS.map((w) => w.toLowerCase()));
const OUTLET = /\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.&-]*|de|der|die|du|la|le|el|del|di|the|of|am|da|do|des|und|and)){0,5}/uy;
const TRANSLATOR_BY = /^(by|von|par|por|przez|door)$/u;
const OUTLET_NOUNS = /^(article|report|story|piece|edition|published|artikel|artículo|articolo|artigo|l'article|l'articolo)$/u;
const CONNECTOR_TAIL = /(?:\s+(?:de|der|die|du|la|le|el|del|di|the|of|am|da|do|des|und|and))+$/u;

/** "translated from Der Spiegel", "traduit de l'article du Monde": a translation of another outlet. */
export function readTranslatedFrom(text: string): CreditedOrigin | undefined {
  for (const m of cueHits(TRANSLATED, text)) {
    const cueStart = m.index ?? 0;
    let pos = cueStart + m[0].length;
    const skipped: string[] = [];
    pos = skipWords(text, pos, (w) => ((FILLERS.has(w) || LANGUAGE_NAMES.test(w)) && skipped.push(w.toLowerCase()) > 0), 8);
    // fillers are matched in lower case only, so "Der" of "Der Spiegel" stays part of the name;
    // "translated from German by Jane Doe" names a translator, not an outlet
    if (TRANSLATOR_BY.test(skipped[skipped.length - 1] ?? '') && !skipped.some((w) => OUTLET_NOUNS.test(w))) continue;
    OUTLET.lastIndex = pos;
    const o = OUTLET.exec(text);
    if (!o) continue;
    const name = o[0].replace(CONNECTOR_TAIL, '').replace(/[.’']+$/u, '');
    if (name.length < 2 || LANGUAGE_NAMES.test(name)) continue;
    const end = pos + name.length;
    return { name, cue: 'translated-from', range: [cueStart, end], quote: text.slice(cueStart, end) };
  }
  return undefined;
}

/**
 * The matches of a global cue pattern that do not follow a letter: what `(?<![\p{L}])` before the
 * pattern would match. A hit after a letter is skipped and the scan goes on from the next code
 * point, not from the hit's end, so a cue starting inside it (after a space) is still found.
 */
function* cueHits(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    if (at > 0 && (classAt(text, at - 1 - (isLowSurrogateAt(text, at - 1) ? 1 : 0)) & LETTER) !== 0) {
      re.lastIndex = at + widthAt(text, at);
      continue;
    }
    yield m;
  }
}

function isLowSurrogateAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
}

/** Skips whitespace and up to `max` words that `skip` accepts; returns the offset of the next word. */
function skipWords(text: string, pos: number, skip: (w: string) => boolean, max: number): number {
  const word = /\s*([\p{L}]+['’]?)/uy;
  let at = pos;
  for (let n = 0; n < max; n++) {
    word.lastIndex = at;
    const w = word.exec(text);
    if (!w?.[1] || !skip(w[1])) break;
    at = word.lastIndex;
  }
  // leave the offset at the start of the next word, not on the space before it
  while (at < text.length && /\s/u.test(text[at]!)) at++;
  return at;
}

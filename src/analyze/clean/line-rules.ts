/**
 * Tests on single lines: does this line, on its own, look like a comment-form cue, a share
 * call, a teaser title, a bio? Each returns the cue that fired (for `Removal.detail`) or nothing.
 */
import {
  AD_LINES,
  BIO_FIRST_PERSON,
  BIO_HEADERS,
  BIO_THIRD_PERSON,
  CAREER_WORDS,
  COMMENT_CANCEL,
  COMMENT_FORM,
  COMMENT_FORM_FIELDS,
  COOKIE_LEADS,
  NAV_LINES,
  OWN_PROMO_LINES,
  PAGE_FOOTER,
  RELATED_HEADERS,
  SECTION_LABELS,
  SHARE_LINES,
  SUBSCRIBE_LINES,
  compileCues,
  cueSource,
  type CueTable,
} from './removal-cues.js';
import { careerBioCue } from './first-person-bio.js';
import { wordCount } from './text-lines.js';

const commentForm = compileCues(COMMENT_FORM.rows);
const commentCancel = compileCues(COMMENT_CANCEL.rows);
const commentFields = compileCues(COMMENT_FORM_FIELDS.rows);
const ownPromo = compileCues(OWN_PROMO_LINES.rows);
const relatedHeaders = compileCues(RELATED_HEADERS.rows.map((r) => ({ lang: r.lang, whole: r.whole ?? [] })));
const relatedInline = compileCues(RELATED_HEADERS.rows.map((r) => ({ lang: r.lang, lead: r.lead ?? [] })));
const shareLines = compileCues(SHARE_LINES.rows);
const subscribeLines = compileCues(SUBSCRIBE_LINES.rows);
const adLines = compileCues(AD_LINES.rows);
const cookieLeads = compileCues(COOKIE_LEADS.rows);
const sectionLabels = compileCues(SECTION_LABELS.rows);
const navLines = compileCues(NAV_LINES.rows);
const footerLines = compileCues(PAGE_FOOTER.rows);
const bioHeaders = compileCues(BIO_HEADERS.rows);
const bioFirst = compileCues(BIO_FIRST_PERSON.rows);
const bioThird = compileCues(BIO_THIRD_PERSON.rows, true);

/** Which cue fired: `<table>:<lang>`, e.g. `comment-form:vi`. */
export type CueHit = string;

/** Whole-line cues are short phrases; longer lines cannot be one. */
const WHOLE_MAX_CHARS = 120;

function first(table: CueTable, line: string, name: string, maxLeadWords: number): CueHit | undefined {
  const wholeOk = line.length <= WHOLE_MAX_CHARS && table.anyWhole?.test(line) === true;
  // lead cues are for short lines only; a long line cannot have under maxLeadWords words
  const leadOk = line.length <= maxLeadWords * 25 && table.anyLead?.test(line) === true && wordCount(line) <= maxLeadWords;
  if (!wholeOk && !leadOk) return undefined;
  for (const c of table.cues) {
    if (c.mode === 'whole' ? !wholeOk : !leadOk) continue;
    if (c.re.test(line)) return `${name}:${c.lang}`;
  }
  return undefined;
}

/** "… Cancel reply" at the end of a line, in any of the languages of the cancel table. */
const CANCEL_TAIL = new RegExp(
  `\\s+(?:${COMMENT_CANCEL.rows.flatMap((r) => r.lead ?? []).map(cueSource).join('|')})[\\s.!:*]*$`,
  'iu',
);

/**
 * A comment-form heading, one of the form's fixed sentences, its "cancel reply" link, or the
 * heading and the link on one line ("Leave a Reply Cancel reply"), as WordPress prints them.
 */
export function commentFormCue(line: string): CueHit | undefined {
  const hit = first(commentForm, line, 'comment-form', 40) ?? first(commentCancel, line, 'comment-form', 40);
  if (hit || line.length > WHOLE_MAX_CHARS) return hit;
  const tail = CANCEL_TAIL.exec(line);
  if (!tail || tail.index === 0) return undefined;
  // only a whole heading may stand before the link, never the end of a sentence
  return first(commentForm, line.slice(0, tail.index), 'comment-form', 0);
}

/** A form field's label marked required: "Nazwa *", "Your e-mail address *". */
const REQUIRED_LABEL = /^[\p{L}][\p{L}'’ .-]{0,40}\s\*$/u;

/**
 * A form label or button ("Name *", "Post Comment"); only meaningful inside a comment form.
 * Inside one, any label of up to four words marked with "*" is a field too, whatever the language.
 */
export function commentFieldCue(line: string): CueHit | undefined {
  const hit = first(commentFields, line, 'comment-field', 20);
  if (hit) return hit;
  return REQUIRED_LABEL.test(line) && wordCount(line) <= 4 ? 'comment-field:required' : undefined;
}

/** A heading that opens a list of links: "Latest Contents", "Lesen Sie auch". */
export function relatedHeaderCue(line: string): CueHit | undefined {
  return first(relatedHeaders, line, 'related-header', 0);
}

/** A one-line link: "Read more: Kremlin says …", "ЧИТАЙТЕ ТАКЖЕ: …". */
export function relatedInlineCue(line: string): CueHit | undefined {
  if (!relatedInline.anyLead?.test(line)) return undefined;
  if (wordCount(line) > 30) return undefined;
  for (const c of relatedInline.cues) {
    const m = c.re.exec(line);
    if (!m) continue;
    const rest = line.slice(m[0].length);
    // a separator must follow, so "Related to this, officials said …" is left alone
    if (/^\s*[:：|»›>–—-]\s*\S/u.test(rest) && sentenceCount(rest) <= 1) return `related-inline:${c.lang}`;
  }
  return undefined;
}

const NETWORK_WORD = /^(facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|reddit|pinterest|vk|viber|messenger|threads|bluesky|mastodon|instagram|youtube|tiktok|flipboard|print|copy|link|share|tweet|pocket|zalo)$/iu;

/** A share call, or a line made only of network names ("Facebook Twitter WhatsApp Email"). */
export function shareCue(line: string): CueHit | undefined {
  const hit = first(shareLines, line, 'share', 0);
  if (hit) return hit;
  // The words between separators, as `line.split(/[\s|/·•,]+/u)` gives them, read one at a
  // time: most lines fail on their first word.
  const word = /[^\s|/·•,]+/gu;
  let words = 0;
  for (let m = word.exec(line); m; m = word.exec(line)) {
    if (!NETWORK_WORD.test(m[0])) return undefined;
    words++;
  }
  return words >= 2 ? 'share:networks' : undefined;
}

/** A subscribe, follow or newsletter call. */
export function subscribeCue(line: string): CueHit | undefined {
  return first(subscribeLines, line, 'subscribe', 30);
}

/** An advert marker. */
export function adCue(line: string): CueHit | undefined {
  return first(adLines, line, 'ad', 0);
}

/** A cookie notice. */
export function cookieCue(line: string): CueHit | undefined {
  if (!/cookie/iu.test(line) || wordCount(line) > 80) return undefined;
  return first(cookieLeads, line, 'cookie', 80);
}

/** Copyright, tags, categories. */
export function footerCue(line: string): CueHit | undefined {
  return first(footerLines, line, 'footer', 40);
}

/** Words that make a line a report of what someone said, not a promotion. */
const REPORTING = /(?<![\p{L}])(said|says|told|according|sagte|erklärte|laut|a déclaré|selon|dijo|según|заявил|сказал|сообщил)(?![\p{L}])/iu;

/**
 * A promotion of the outlet's own other products ("Listen to the full report in our midday
 * bulletin.", "Download our app"). Meant for the end of an article: one short sentence, with no
 * quotation and no reported speech, so a fact phrased as an imperative is not taken for one.
 */
export function promoCue(line: string): CueHit | undefined {
  if (wordCount(line) > 25 || sentenceCount(line) > 1 || /["“”„«»]/u.test(line) || REPORTING.test(line)) return undefined;
  return first(ownPromo, line, 'own-promo', 25);
}

const NEWS_LABEL = /^(?:\p{Lu}[\p{L}&-]*\s){0,2}(?:News|Nachrichten|Noticias|Notizie|Notícias|Nouvelles|Новости|Новини|Wiadomości)$/u;

/** A section name above the headline: "World News", "Politik". */
export function sectionCue(line: string): CueHit | undefined {
  return first(sectionLabels, line, 'section-label', 0) ?? (NEWS_LABEL.test(line) ? 'section-label:news' : undefined);
}

const HOME_WORD = /^(home|startseite|accueil|inicio|início|home page|strona główna|главная|головна|trang chủ)$/iu;

/** A menu, skip link or breadcrumb ("Home › World › Europe"). */
export function navCue(line: string): CueHit | undefined {
  const hit = first(navLines, line, 'navigation', 0);
  if (hit) return hit;
  const parts = line.split(/\s*[›»>]\s*|\s+[|/]\s+/u);
  if (parts.length >= 2 && parts.every((p) => p.length > 0 && wordCount(p) <= 4)) {
    if (HOME_WORD.test(parts[0] ?? '') || (parts.length >= 3 && /[›»>]/u.test(line))) return 'navigation:breadcrumb';
  }
  return undefined;
}

/** "About the author" and its equivalents. */
export function bioHeaderCue(line: string): CueHit | undefined {
  return first(bioHeaders, line, 'bio-header', 0);
}

const BIO_PHRASES =
  /(news industry|my work has appeared|years of experience|i also contribute|has written for|have written for|her work has appeared|his work has appeared|their work has appeared|contributes regularly|follow (him|her|them) on|can be reached at|you can reach)/giu;

/**
 * A paragraph that is an author bio. First person ("I have been working in the news industry…")
 * needs two journalism-career words or bio phrases beyond the opener, so an article sentence like
 * "I have been a reporter here for ten years, and…" stays. A first-person bio without a known
 * opener must fit the career pattern of {@link careerBioCue}. Third person ("Ana Ruiz is a reporter
 * who covers…") needs the name to be new: an article about a journalist names them earlier.
 */
export function bioCue(paragraph: string, textBefore: string): CueHit | undefined {
  if (paragraph.length > 900 || wordCount(paragraph) < 6) return undefined;
  let hits: number | undefined; // counted only once an opener is found: most paragraphs have none
  for (const c of bioFirst.cues) {
    if (c.re.test(paragraph) && (hits ??= careerHits(paragraph)) >= 2) return `bio-first-person:${c.lang}`;
  }
  const career = careerBioCue(paragraph);
  if (career) return career;
  for (const c of bioThird.cues) {
    const m = c.re.exec(paragraph);
    if (!m) continue;
    const name = m.groups?.['name'] ?? '';
    const surname = name.split(' ').pop() ?? name;
    if (surname.length > 1 && new RegExp(`(?<![\\p{L}])${escapeRe(surname)}(?![\\p{L}])`, 'u').test(textBefore)) continue;
    if (/[“"«„]/u.test(paragraph)) continue; // bios do not quote people; reports do
    return `bio-third-person:${c.lang}`;
  }
  return undefined;
}

const CAREER_WORDS_ALL = new RegExp(CAREER_WORDS.source, 'giu');

function careerHits(s: string): number {
  const words = s.match(CAREER_WORDS_ALL)?.length ?? 0;
  const phrases = s.match(BIO_PHRASES)?.length ?? 0;
  return words + phrases;
}

/** Rough sentence count: terminal punctuation followed by space or end. */
export function sentenceCount(s: string): number {
  return s.match(/[.!?…](?=\s|$)/gu)?.length ?? 0;
}

/** A short line without a final period: a headline, kicker or teaser title. */
export function looksLikeTitle(line: string, maxWords = 30): boolean {
  const n = wordCount(line);
  if (n < 1 || n > maxWords || line.length > 250) return false;
  if (/[,;:]$/u.test(line)) return false;
  if (/[.]$/u.test(line) && !/\.\.\.$/u.test(line)) return isAllCaps(line);
  return true;
}

/** Mostly upper-case letters. */
export function isAllCaps(s: string): boolean {
  const letters = s.match(/\p{L}/gu)?.length ?? 0;
  const upper = s.match(/\p{Lu}/gu)?.length ?? 0;
  return letters >= 4 && upper / letters > 0.8;
}

/** A teaser snippet cut short by the site: "…reshaping…", "[…]". */
export function isTruncated(line: string): boolean {
  return /(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$/u.test(line);
}

const AGO = /^(\d+|an?|one)\s+(minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$|^vor\s+\d+\s+(minuten|stunden|tagen)$|^il y a\s+\d+\s+(minutes?|heures?|jours?)$|^hace\s+\d+\s+(minutos?|horas?|días?)$|^\d+\s+(минут|час|часа|часов|дня|дней)\s+назад$|^\d+\s+(хвилин|годин|години|днів)\s+тому$|^\d+\s+(phút|giờ|ngày)\s+trước$/iu;

/** "3 hours ago" and its equivalents. */
export function isTimeAgo(line: string): boolean {
  return AGO.test(line.trim());
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

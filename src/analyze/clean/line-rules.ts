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
  COMMENT_FORM,
  COMMENT_FORM_FIELDS,
  COOKIE_LEADS,
  NAV_LINES,
  PAGE_FOOTER,
  RELATED_HEADERS,
  SECTION_LABELS,
  SHARE_LINES,
  SUBSCRIBE_LINES,
  compileCues,
  type CueTable,
} from './removal-cues.js';
import { wordCount } from './text-lines.js';

const commentForm = compileCues(COMMENT_FORM.rows);
const commentFields = compileCues(COMMENT_FORM_FIELDS.rows);
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

/** A comment-form heading or one of the form's fixed sentences. */
export function commentFormCue(line: string): CueHit | undefined {
  return first(commentForm, line, 'comment-form', 40);
}

/** A form label or button ("Name *", "Post Comment"); only meaningful inside a comment form. */
export function commentFieldCue(line: string): CueHit | undefined {
  return first(commentFields, line, 'comment-field', 20);
}

/** A heading that opens a list of links: "Latest Contents", "Lesen Sie auch". */
export function relatedHeaderCue(line: string): CueHit | undefined {
  return first(relatedHeaders, line, 'related-header', 0);
}

/** A one-line link: "Read more: Kremlin says …", "ЧИТАЙТЕ ТАКЖЕ: …". */
export function relatedInlineCue(line: string): CueHit | undefined {
  if (wordCount(line) > 30) return undefined;
  if (!relatedInline.anyLead?.test(line)) return undefined;
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
  const words = line.split(/[\s|/·•,]+/u).filter(Boolean);
  if (words.length >= 2 && words.every((w) => NETWORK_WORD.test(w))) return 'share:networks';
  return undefined;
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
 * "I have been a reporter here for ten years, and…" stays. Third person ("Ana Ruiz is a reporter
 * who covers…") needs the name to be new: an article about a journalist names them earlier.
 */
export function bioCue(paragraph: string, textBefore: string): CueHit | undefined {
  if (paragraph.length > 900 || wordCount(paragraph) < 6) return undefined;
  const hits = careerHits(paragraph);
  for (const c of bioFirst.cues) {
    if (c.re.test(paragraph) && hits >= 2) return `bio-first-person:${c.lang}`;
  }
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

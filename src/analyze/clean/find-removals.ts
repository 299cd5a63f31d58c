/**
 * Decides which lines of an extracted text are boilerplate. Three zones, because position is
 * half the evidence: chrome sits above the headline, bios and comment forms close the page,
 * and a few one-line calls (share, subscribe, adverts) can appear anywhere. Only whole lines
 * are ever cut, and only on a cue from the tables; a sentence inside a paragraph is never touched.
 */
import type { RemovalReason } from '../../model/document.js';
import {
  adCue,
  bioCue,
  bioHeaderCue,
  commentFieldCue,
  commentFormCue,
  cookieCue,
  footerCue,
  isTimeAgo,
  isTruncated,
  looksLikeTitle,
  navCue,
  promoCue,
  relatedHeaderCue,
  relatedInlineCue,
  sectionCue,
  shareCue,
  subscribeCue,
} from './line-rules.js';
import { isoDay, readDateLine, type DateLine } from './parse-date-line.js';
import { normalizeLine, stripBullet, wordCount, type TextLine } from './text-lines.js';
import { readByline } from './read-byline.js';
import { classAt, LETTER, NUMBER } from '../text/char-class.js';
import {
  AD_LINES,
  BIO_FIRST_PERSON,
  COMMENT_FORM,
  COOKIE_LEADS,
  NAV_LINES,
  OWN_PROMO_LINES,
  PAGE_FOOTER,
  RELATED_HEADERS,
  SECTION_LABELS,
  SHARE_LINES,
  SUBSCRIBE_LINES,
} from './removal-cues.js';

/** A run of lines to cut (indices into the line list, inclusive). */
export interface LineCut {
  first: number;
  last: number;
  reason: RemovalReason;
  detail: string;
}

/** A date read from a cut chrome line. */
export interface ChromeDate {
  kind: DateLine['kind'];
  iso: string;
  quote: string;
}

/** What the cleaner decided to cut, and the dates the cut chrome carried. */
export interface FoundRemovals {
  cuts: LineCut[];
  chromeDates: ChromeDate[];
}

/** Teaser titles tagged by the site: "… [VIDEO]", "… [INSIGHT]|". */
const TEASER_TAG = /\[\p{Lu}[\p{Lu} ]{2,}\]\s*\|?$/u;

/** How many non-blank lines at the top may be chrome, headline, byline. */
const HEAD_LINES = 12;

/** Finds the boilerplate lines of `lines` (from `textLines(text)`). */
export function findRemovals(lines: readonly TextLine[], text: string): FoundRemovals {
  const cutOf = new Array<LineCut | undefined>(lines.length).fill(undefined);
  const chromeDates: ChromeDate[] = [];
  const mark = (first: number, last: number, reason: RemovalReason, detail: string): void => {
    const cut: LineCut = { first, last, reason, detail };
    for (let i = first; i <= last; i++) cutOf[i] = cut;
  };
  const t = (i: number): string => stripBullet(lines[i]?.text ?? '');

  // ── head: date lines, section labels, menus, a repeated headline ──
  let seenTitle = false;
  const headKept: string[] = [];
  let examined = 0;
  for (let i = 0; i < lines.length && examined < HEAD_LINES; i++) {
    const ln = lines[i];
    if (!ln || ln.blank) continue;
    examined++;
    const s = t(i);
    const date = readDateLine(s);
    if (date) {
      mark(i, i, SECTION_LABELS.reason, `${date.kind}-date`); // date lines are chrome like section labels
      chromeDates.push({ kind: date.kind, iso: isoDay(date.date), quote: ln.text });
      continue;
    }
    if (!seenTitle) {
      const menuEnd = menuRunEnd(lines, i, t);
      if (menuEnd !== undefined) {
        mark(i, menuEnd, NAV_LINES.reason, 'navigation:menu');
        examined += menuEnd - i;
        i = menuEnd;
        continue;
      }
      const section = sectionCue(s);
      if (section) {
        mark(i, i, SECTION_LABELS.reason, section);
        continue;
      }
      const nav = navCue(s);
      if (nav) {
        mark(i, i, NAV_LINES.reason, nav);
        continue;
      }
    }
    const norm = normalizeLine(s);
    if (headKept.includes(norm) && wordCount(s) >= 2) {
      mark(i, i, 'duplicate-heading', 'repeated-line');
      continue;
    }
    if (anywhereCue(s)) continue; // cut below; chrome may continue after it
    if (!seenTitle && looksLikeTitle(s)) {
      seenTitle = true;
      headKept.push(norm);
      continue;
    }
    if (readByline(s)) {
      headKept.push(norm);
      continue;
    }
    break;
  }

  // ── anywhere: comment forms, link lists, one-line calls ──
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i];
    if (!ln || ln.blank || cutOf[i]) continue;
    const s = t(i);
    const comment = commentFormCue(s);
    if (comment && standalone(lines, i)) {
      const last = extendBlock(lines, i, (j) => Boolean(commentFormCue(t(j)) || commentFieldCue(t(j))));
      mark(i, last, COMMENT_FORM.reason, comment);
      i = last;
      continue;
    }
    const related = relatedHeaderCue(s);
    if (related && standalone(lines, i)) {
      const last = relatedBlockEnd(lines, i, t);
      mark(i, last, RELATED_HEADERS.reason, related);
      i = last;
      continue;
    }
    if (!standalone(lines, i)) continue;
    const one = anywhereCue(s);
    if (one) mark(i, i, one.reason, one.detail);
  }

  // ── tail: author bios and promotions, walking back from the end over what is already cut ──
  for (let end = lastUncut(lines, cutOf, lines.length - 1); end >= 0; end = lastUncut(lines, cutOf, end - 1)) {
    const ln = lines[end];
    if (!ln) break;
    const promo = standalone(lines, end) ? promoCue(t(end)) : undefined;
    if (promo) {
      mark(end, end, OWN_PROMO_LINES.reason, promo);
      continue;
    }
    const bio = bioCue(ln.text, text.slice(0, ln.start));
    if (bio) {
      const header = previousNonBlank(lines, end - 1);
      const withHeader = header !== undefined && !cutOf[header] && bioHeaderCue(t(header));
      mark(withHeader ? header : end, end, BIO_FIRST_PERSON.reason, bio);
      continue;
    }
    // a bio under its own heading need not open with a cue: "About the author" + one paragraph
    const header = previousNonBlank(lines, end - 1);
    const headerCue = header !== undefined && !cutOf[header] ? bioHeaderCue(t(header)) : undefined;
    if (header !== undefined && headerCue && wordCount(ln.text) <= 120) {
      mark(header, end, BIO_FIRST_PERSON.reason, headerCue);
      continue;
    }
    break;
  }

  return { cuts: mergeCuts(lines, cutOf), chromeDates };
}

/**
 * A site menu left at the top: three or more consecutive one-to-three-word lines, one of them a
 * known section or menu word ("Home", "News", "Sports", "Business"). Returns its last line.
 */
function menuRunEnd(lines: readonly TextLine[], i: number, t: (j: number) => string): number | undefined {
  let last = i;
  let count = 0;
  let known = 0;
  for (let j = i; j < lines.length; j++) {
    const ln = lines[j];
    if (!ln) break;
    if (ln.blank) continue;
    const s = t(j);
    if (wordCount(s) > 3 || /[.!?,;:]$/u.test(s)) break;
    count++;
    if (sectionCue(s) || navCue(s)) known++;
    last = j;
  }
  return count >= 3 && known >= 1 ? last : undefined;
}

/** The one-line cues that may sit anywhere in the text, in the order they are tried. */
const ANYWHERE_CHECKS: ReadonlyArray<readonly [RemovalReason, (s: string) => string | undefined]> = [
  [RELATED_HEADERS.reason, relatedInlineCue],
  [SHARE_LINES.reason, shareCue],
  [SUBSCRIBE_LINES.reason, subscribeCue],
  [AD_LINES.reason, adCue],
  [COOKIE_LEADS.reason, cookieCue],
  [PAGE_FOOTER.reason, footerCue],
];

/** The one-line cues that may sit anywhere in the text. */
function anywhereCue(s: string): { reason: RemovalReason; detail: string } | undefined {
  for (const [reason, test] of ANYWHERE_CHECKS) {
    const detail = test(s);
    if (detail) return { reason, detail };
  }
  return undefined;
}

/**
 * A line stands on its own when it is not the middle of a hard-wrapped paragraph: the line
 * before ends a sentence (or is short, or a blank line separates them), and the line after
 * does not continue it in lower case.
 */
function standalone(lines: readonly TextLine[], i: number): boolean {
  const prev = lines[i - 1];
  if (prev && !prev.blank && prev.text.length >= 50 && runsOn(prev.text)) return false;
  const cur = lines[i]?.text ?? '';
  const next = lines[i + 1];
  if (next && !next.blank && cur.length >= 40 && !closes(cur) && /^\p{Ll}/u.test(next.text)) return false;
  return true;
}

/** Ends in a letter, digit, comma, semicolon or dash (`/[\p{L}\p{N},;–-]$/u`, read on the last code point). */
function runsOn(s: string): boolean {
  const n = s.length;
  const c = s.charCodeAt(n - 1);
  if (c === 44 || c === 59 || c === 0x2013 || c === 45) return true;
  const lowHalf = c >= 0xdc00 && c <= 0xdfff && n >= 2 && (s.charCodeAt(n - 2) & 0xfc00) === 0xd800;
  return (classAt(s, lowHalf ? n - 2 : n - 1) & (LETTER | NUMBER)) !== 0;
}

/** Ends in closing punctuation (`/[.!?:…*"”»)]$/u`). */
function closes(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 0x2026 || c === 42 || c === 34 || c === 0x201d || c === 0xbb || c === 41;
}

/** Extends a block over blank lines and lines `accept` takes; returns the last accepted line. */
function extendBlock(lines: readonly TextLine[], i: number, accept: (j: number) => boolean): number {
  let last = i;
  for (let j = i + 1; j < lines.length; j++) {
    const ln = lines[j];
    if (!ln) break;
    if (ln.blank) continue;
    if (!accept(j)) break;
    last = j;
  }
  return last;
}

/**
 * A link list runs over teaser titles, snippets cut with "…", dates and repeated titles. If it
 * stops before the end and its last line is a bare title, that title may be the article's next
 * subheading, so it is left in.
 */
function relatedBlockEnd(lines: readonly TextLine[], i: number, t: (j: number) => string): number {
  const seen = new Set<string>();
  let last = i;
  let lastWasTitleOnly = false;
  let reachedEnd = true;
  for (let j = i + 1; j < lines.length; j++) {
    const ln = lines[j];
    if (!ln) break;
    if (ln.blank) continue;
    const s = t(j);
    const norm = normalizeLine(s);
    let titleOnly = false;
    if (seen.has(norm) || isTruncated(s) || TEASER_TAG.test(s) || readDateLine(s) || isTimeAgo(s) || relatedHeaderCue(s) || anywhereCue(s)) {
      // teaser furniture
    } else if (looksLikeTitle(s, 20)) {
      titleOnly = true;
    } else {
      reachedEnd = false;
      break;
    }
    seen.add(norm);
    last = j;
    lastWasTitleOnly = titleOnly;
  }
  if (!reachedEnd && lastWasTitleOnly && last > i) last = previousNonBlank(lines, last - 1) ?? i;
  return Math.max(last, i);
}

function previousNonBlank(lines: readonly TextLine[], from: number): number | undefined {
  for (let j = from; j >= 0; j--) if (lines[j] && !lines[j]!.blank) return j;
  return undefined;
}

function lastUncut(lines: readonly TextLine[], cutOf: ReadonlyArray<LineCut | undefined>, from: number): number {
  for (let j = from; j >= 0; j--) if (lines[j] && !lines[j]!.blank && !cutOf[j]) return j;
  return -1;
}

/** One cut per run of lines with the same reason and cue, blank lines between them included. */
function mergeCuts(lines: readonly TextLine[], cutOf: ReadonlyArray<LineCut | undefined>): LineCut[] {
  const out: LineCut[] = [];
  let seen: LineCut | undefined;
  for (const cut of cutOf) {
    if (!cut || cut === seen) continue;
    seen = cut;
    const prev = out[out.length - 1];
    if (prev && prev.reason === cut.reason && prev.detail === cut.detail && onlyBlankBetween(lines, prev.last, cut.first)) {
      prev.last = cut.last;
    } else {
      out.push({ ...cut });
    }
  }
  return out;
}

function onlyBlankBetween(lines: readonly TextLine[], a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (!lines[j]?.blank) return false;
  return true;
}

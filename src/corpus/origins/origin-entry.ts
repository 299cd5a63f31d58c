/**
 * What the origin index keeps about each report: enough to decide direction (publication time,
 * outlet, credit) and to label findings; the text only when asked to keep it.
 */
import type { CleanDocument, CreditedOrigin } from '../../model/document.js';
import type { Range } from '../../model/span.js';
import { flatString, stringInterner } from './flat-string.js';
import { outletKey } from './name-keys.js';
import { compareWindows, publishedWindow, type Window } from './published-window.js';
import type { ReportLabel } from './origin-types.js';

/** A report as the index remembers it. */
export interface OriginEntry {
  id: string;
  /** Arrival number: 0, 1, 2, … */
  no: number;
  window?: Window;
  /** Folded outlet name ({@link outletKey}). */
  outletKey?: string;
  /** The outlet or agency the report credits. */
  credit?: { key: string; name: string; cue: CreditedOrigin['cue']; range?: Range; quote: string };
  language?: string;
  label: ReportLabel;
  /** Cleaned text, when the index keeps texts. */
  text?: string;
  /** Whether its band keys are in the LSH table (enough distinctive shingles). */
  banded: boolean;
  /** Its credit has been matched to a report of the credited outlet. */
  creditResolved?: boolean;
}

/** Outlet names and keys and credit lines: a few thousand values shared by every report. */
const shared = stringInterner(100_000);

/** The entry for a cleaned report (`no` and `banded` are set by the index). */
export function entryOf(doc: CleanDocument, no: number, keepText: boolean): OriginEntry {
  const m = doc.meta;
  const outletName = m.outlet?.value ?? doc.given.outlet;
  const window = publishedWindow(m.published);
  const oKey = outletName ? outletKey(outletName) : undefined;
  const c = m.creditedOrigin;
  const cKey = c ? outletKey(c.name) : undefined;
  const label: ReportLabel = {};
  // Kept for every report: copies that do not hold the report's text alive, one per distinct value.
  if (m.headline?.value) label.headline = flatString(m.headline.value);
  if (outletName) label.outlet = shared(outletName);
  if (m.published?.value) label.published = flatString(m.published.value);
  return {
    id: doc.id,
    no,
    ...(window ? { window } : {}),
    ...(oKey ? { outletKey: shared(oKey) } : {}),
    ...(c && cKey ? { credit: { key: shared(cKey), name: shared(c.name), cue: c.cue, ...(c.range ? { range: c.range } : {}), quote: shared(c.quote) } } : {}),
    ...(m.language ? { language: m.language } : {}),
    label,
    ...(keepText ? { text: doc.text } : {}),
    banded: false,
  };
}

/** True when `x` credits `y`'s outlet and is not that outlet itself. */
export function credits(x: OriginEntry, y: OriginEntry): boolean {
  return x.credit !== undefined && x.credit.key !== x.outletKey && x.credit.key === y.outletKey;
}

/** True when `x` runs a story it credits to an agency that `y` also carries (as the agency or as another client). */
export function sameCreditedSource(x: OriginEntry, y: OriginEntry): boolean {
  if (!x.credit || x.credit.key === x.outletKey) return false;
  return x.credit.key === y.outletKey || x.credit.key === y.credit?.key;
}

/** True for an agency's own story: its dateline credits its own outlet ("VELMORSK (Northgate) —" from Northgate). */
export function ownCredit(x: OriginEntry): boolean {
  return x.credit !== undefined && x.credit.key === x.outletKey;
}

/**
 * Which of two reports is the origin: the credited one; else the one surely published first;
 * else an agency's own story over anything else; else undefined (the caller falls back to
 * arrival order).
 */
export function originOfPair(x: OriginEntry, y: OriginEntry): 'x' | 'y' | undefined {
  const xy = credits(x, y);
  const yx = credits(y, x);
  if (xy && !yx) return 'y';
  if (yx && !xy) return 'x';
  const t = compareWindows(x.window, y.window);
  if (t !== 0) return t < 0 ? 'x' : 'y';
  const ox = ownCredit(x);
  const oy = ownCredit(y);
  return ox && !oy ? 'x' : oy && !ox ? 'y' : undefined;
}

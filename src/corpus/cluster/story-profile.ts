/**
 * What the clusterer keeps of one report: its term vectors per evidence channel (raw
 * sublinear counts; weights are applied when comparing, so they follow the corpus as it grows)
 * and its time evidence. Built from the text plus optional reading-layer features.
 */
import { sublinear, topTerms, type SparseVector } from './sparse-vector.js';
import type { ChannelWeights } from './story-similarity.js';
import { extractTextFeatures } from './text-features.js';

/**
 * Optional evidence from the reading layer. Every field may be absent; what is present is
 * used on top of what the text itself gives.
 */
export interface ReadingFeatures {
  /** Named entities (people, organisations, places), canonical names preferred. */
  entities?: readonly string[];
  /** Places the report locates the event in. */
  places?: readonly string[];
  /** Resolved days of the event itself, ISO `YYYY-MM-DD` (not publication or background dates). */
  eventDates?: readonly string[];
  /** Event types ("drone-attack", "earthquake", …). */
  eventTypes?: readonly string[];
  /** Salient numbers (counts, casualties, magnitudes). */
  numbers?: readonly number[];
}

/** A report as the clusterer sees it. Gold labels never belong here. */
export interface ClusterDocument {
  id: string;
  title?: string | null;
  text: string;
  /** Publication time, ISO 8601 (a date or a date-time); used only as a weak time window. */
  published?: string | null;
  features?: ReadingFeatures;
}

/** A report's time and reading-layer evidence: all of a profile but its terms. */
export interface ProfileEvidence {
  /** Years mentioned. */
  years: number[];
  /**
   * Latest year mentioned. Reports look back (anniversaries, earlier cases) far more than
   * ahead, so it is usually the report's own year.
   */
  latestYear?: number;
  /** Calendar days mentioned, "MM-DD". */
  days: string[];
  /** Resolved event days (day numbers since 1970-01-01), from the reading layer. */
  eventDays: number[];
  /** Event types, from the reading layer. */
  types: string[];
  /** Publication day (day number), when known. */
  published?: number;
}

/** The {@link ProfileEvidence} fields of a profile (packed, saved or not), optional ones only when set. */
export function profileEvidence(p: ProfileEvidence): ProfileEvidence {
  return {
    years: p.years,
    ...(p.latestYear !== undefined ? { latestYear: p.latestYear } : {}),
    days: p.days,
    eventDays: p.eventDays,
    types: p.types,
    ...(p.published !== undefined ? { published: p.published } : {}),
  };
}

/** The evidence of one report. */
export interface ReportProfile extends ProfileEvidence {
  /** Content words → sublinear term frequency. */
  words: SparseVector;
  /** Proper names, reading-layer entities and places → sublinear term frequency. */
  names: SparseVector;
  /** Numbers other than years → sublinear term frequency. */
  numbers: SparseVector;
  /** Title words → sublinear term frequency. */
  title: SparseVector;
  /** Names the report repeats (its main actors), most repeated first, at most three. */
  leads: string[];
}

const DAY_MS = 86_400_000;

/** Day number (days since 1970-01-01, UTC) of an ISO date or date-time, or undefined. */
export function dayNumberOf(iso: string | null | undefined): number | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.floor(t / DAY_MS) : undefined;
}

function normaliseName(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function sublinearAll(counts: ReadonlyMap<string, number>): SparseVector {
  const v: SparseVector = new Map();
  for (const [t, tf] of counts) v.set(t, sublinear(tf));
  return v;
}

/** Builds the profile of one report from its text and optional reading-layer features. */
export function profileOfDocument(doc: ClusterDocument): ReportProfile {
  const f = extractTextFeatures(doc.title ?? undefined, doc.text);
  const names = sublinearAll(f.names);
  // Reading-layer names are cleaner than capitalisation guesses: each counts at least once.
  for (const e of [...(doc.features?.entities ?? []), ...(doc.features?.places ?? [])]) {
    const key = normaliseName(e);
    if (key) names.set(key, Math.max(names.get(key) ?? 0, 1));
  }
  const numbers = sublinearAll(f.numbers);
  for (const x of doc.features?.numbers ?? []) {
    if (Number.isFinite(x)) numbers.set(String(x), Math.max(numbers.get(String(x)) ?? 0, 1));
  }
  const leads = [...f.names.entries()]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, 3)
    .map(([t]) => t);
  const years = [...f.years.keys()].map(Number).sort((a, b) => a - b);
  const eventDays = [...new Set((doc.features?.eventDates ?? []).map(dayNumberOf).filter((d): d is number => d !== undefined))].sort((a, b) => a - b);
  const published = dayNumberOf(doc.published);
  return {
    words: sublinearAll(f.words),
    names,
    numbers,
    title: sublinearAll(f.title),
    leads,
    years,
    ...(years.length > 0 ? { latestYear: years[years.length - 1]! } : {}),
    days: [...f.days.keys()].sort(),
    eventDays,
    types: [...new Set((doc.features?.eventTypes ?? []).map(normaliseName).filter(Boolean))].sort(),
    ...(published !== undefined ? { published } : {}),
  };
}

/**
 * Keeps each term channel of a report's profile to its `max` strongest terms by current
 * weight, which bounds memory and comparison work per report.
 */
export function trimProfile(p: ReportProfile, weights: ChannelWeights, max: number): void {
  for (const [channel, w] of [
    [p.words, weights.words],
    [p.names, weights.names],
    [p.numbers, weights.numbers],
    [p.title, weights.words],
  ] as const) {
    if (channel.size <= max) continue;
    const keep = new Set(topTerms(channel, max, w));
    for (const t of [...channel.keys()]) if (!keep.has(t)) channel.delete(t);
  }
}

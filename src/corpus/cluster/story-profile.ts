/**
 * A profile is what the clusterer compares: one report, or the sum of a story's reports.
 * Keeping both in one shape lets a report join a story and two stories merge by one rule.
 */
import { sublinear, type SparseVector } from './sparse-vector.js';
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

/** Evidence of one report or one story, in raw counts (weights are applied when comparing). */
export interface Profile {
  /** Reports summed into this profile. */
  size: number;
  /** Content words → summed sublinear term frequency. */
  words: SparseVector;
  /** Proper names, reading-layer entities and places → summed sublinear term frequency. */
  names: SparseVector;
  /** Proper names → reports naming them (to tell a story's core names from passing mentions). */
  nameDocs: Map<string, number>;
  /** Numbers (not years) → summed sublinear term frequency. */
  numbers: SparseVector;
  /** Title words → summed sublinear term frequency. */
  title: SparseVector;
  /** Years mentioned → reports mentioning them. */
  years: Map<string, number>;
  /**
   * Latest year each report mentions → reports. Reports look back (anniversaries, earlier
   * cases) far more than ahead, so the latest year mentioned is usually the report's own.
   */
  latestYear: Map<string, number>;
  /** Calendar days mentioned ("MM-DD") → reports mentioning them. */
  days: Map<string, number>;
  /** Resolved event days (day numbers since 1970-01-01) → reports giving them. */
  eventDays: Map<number, number>;
  /** Event types → reports giving them. */
  types: Map<string, number>;
  /** Earliest and latest publication day (day numbers), when known. */
  published?: [number, number];
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

function countSet(keys: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, 1);
  return m;
}

function normaliseName(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Builds the profile of one report from its text and optional reading-layer features. */
export function profileOfDocument(doc: ClusterDocument): Profile {
  const f = extractTextFeatures(doc.title ?? undefined, doc.text);
  const words: SparseVector = new Map();
  for (const [t, tf] of f.words) words.set(t, sublinear(tf));
  const names: SparseVector = new Map();
  for (const [t, tf] of f.names) names.set(t, sublinear(tf));
  // Reading-layer names are cleaner than capitalisation guesses: they count at least once each.
  for (const e of [...(doc.features?.entities ?? []), ...(doc.features?.places ?? [])]) {
    const key = normaliseName(e);
    if (key) names.set(key, Math.max(names.get(key) ?? 0, 1));
  }
  const numbers: SparseVector = new Map();
  for (const [t, tf] of f.numbers) numbers.set(t, sublinear(tf));
  for (const x of doc.features?.numbers ?? []) if (Number.isFinite(x)) numbers.set(String(x), Math.max(numbers.get(String(x)) ?? 0, 1));
  const title: SparseVector = new Map();
  for (const [t, tf] of f.title) title.set(t, sublinear(tf));
  const eventDays = new Map<number, number>();
  for (const d of doc.features?.eventDates ?? []) {
    const n = dayNumberOf(d);
    if (n !== undefined) eventDays.set(n, 1);
  }
  const pub = dayNumberOf(doc.published);
  return {
    size: 1,
    words,
    names,
    nameDocs: countSet(names.keys()),
    numbers,
    title,
    years: countSet(f.years.keys()),
    latestYear: f.years.size > 0 ? new Map([[String(Math.max(...[...f.years.keys()].map(Number))), 1]]) : new Map(),
    days: countSet(f.days.keys()),
    eventDays,
    types: countSet((doc.features?.eventTypes ?? []).map(normaliseName).filter(Boolean)),
    ...(pub !== undefined ? { published: [pub, pub] as [number, number] } : {}),
  };
}

/** An empty profile to sum reports into. */
export function emptyProfile(): Profile {
  return { size: 0, words: new Map(), names: new Map(), nameDocs: new Map(), numbers: new Map(), title: new Map(), years: new Map(), latestYear: new Map(), days: new Map(), eventDays: new Map(), types: new Map() };
}

function addCounts<K>(into: Map<K, number>, from: ReadonlyMap<K, number>): void {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
}

/** Adds `from` into `into` (a report joining a story, or two stories merging). */
export function addProfile(into: Profile, from: Profile): void {
  into.size += from.size;
  addCounts(into.words, from.words);
  addCounts(into.names, from.names);
  addCounts(into.nameDocs, from.nameDocs);
  addCounts(into.numbers, from.numbers);
  addCounts(into.title, from.title);
  addCounts(into.years, from.years);
  addCounts(into.latestYear, from.latestYear);
  addCounts(into.days, from.days);
  addCounts(into.eventDays, from.eventDays);
  addCounts(into.types, from.types);
  if (from.published) {
    into.published = into.published
      ? [Math.min(into.published[0], from.published[0]), Math.max(into.published[1], from.published[1])]
      : [from.published[0], from.published[1]];
  }
}

/**
 * The status of one aligned facet. Independence is by origin group: a wire story and its copies
 * count once. Figures are grouped by agreement (allowing for approximation); when groups differ,
 * the reports' publication times decide whether a rise is an update (a toll rising through the
 * day, a count revised) or a conflict. A rise is read as an update when it came out later and is
 * backed: by a second origin, by the report also giving the earlier figure, or by words of change
 * ("rose", "revised", "total"). Of the series that fit, the one carried by the most origins is the
 * story's; values off it conflict. Reports with no date cannot be placed in time: their values
 * must match one of the series. Weak readings (inferred dates, one person described for a toll)
 * are shown and may support a value but never make a conflict. Tolls are read more leniently than
 * counts of weapons: a toll only ever rises as the dead are found and the hurt come forward, so a
 * later higher toll is an update even from one source with no word of change.
 */
import type { AlignedFacet, FacetClaim, FacetValue, NumberValue } from '../align/facet-types.js';
import { before, isDated, publicationWindow, sortKey, type PublicationWindow } from './publication-time.js';
import { dayFits, dayNumber, dayOfNumber, numbersAgree, pointOf } from './value-agreement.js';
import type { FacetVerdict, GroupReport, GroupRole, TimelineEntry, ValueGroup } from './verdict-types.js';

/** What the status rules need to know about the story's reports. */
export interface CorroborationContext {
  /** The origin group of a report: its own id when independent, the origin's id for a copy. */
  originOf(docId: string): string;
  /** Publication date (as `meta.published` gives it), outlet, and arrival order of a report. */
  report(docId: string): { published?: string; outlet?: string; order: number } | undefined;
}

/** Words that say a figure changed: a rise worded so is an update even from one source. */
const CHANGE_WORDS = /\b(?:rose|risen|rises|rising|raised|raising|revised|revises|revision|increased|climbed|now|updated|toll|so far|total|later|bringing|brought the|another|more)\b/i;

interface Placed {
  claim: FacetClaim;
  origin: string;
  window: PublicationWindow;
  order: number;
}

function place(claims: readonly FacetClaim[], ctx: CorroborationContext): Placed[] {
  return claims
    .map((claim) => {
      const r = ctx.report(claim.docId);
      return { claim, origin: ctx.originOf(claim.docId), window: publicationWindow(r?.published), order: r?.order ?? Number.MAX_SAFE_INTEGER };
    })
    .sort((a, b) => sortKey(a.window) - sortKey(b.window) || a.order - b.order);
}

function groupReport(p: Placed, ctx: CorroborationContext): GroupReport {
  const r = ctx.report(p.claim.docId);
  return {
    docId: p.claim.docId,
    display: p.claim.display,
    origin: p.origin,
    ...(r?.published ? { published: r.published } : {}),
    ...(r?.outlet ? { outlet: r.outlet } : {}),
    ...(p.claim.source ? { source: p.claim.source } : {}),
    ...(p.claim.weak ? { weak: true } : {}),
    evidence: p.claim.evidence,
  };
}

function origins(ps: readonly Placed[]): number {
  return new Set(ps.map((p) => p.origin)).size;
}

/** The most frequent display among a group's claims (the plainest wording of the value). */
function commonDisplay(ps: readonly Placed[]): { display: string; value: FacetValue } {
  const counts = new Map<string, { n: number; value: FacetValue; weak: boolean }>();
  for (const p of ps) {
    const c = counts.get(p.claim.display) ?? { n: 0, value: p.claim.value, weak: !!p.claim.weak };
    c.n += 1;
    counts.set(p.claim.display, c);
  }
  const best = [...counts.entries()].sort((a, b) => Number(a[1].weak) - Number(b[1].weak) || b[1].n - a[1].n || a[0].localeCompare(b[0]))[0]!;
  return { display: best[0], value: best[1].value };
}

function makeGroup(ps: readonly Placed[], role: GroupRole, ctx: CorroborationContext): ValueGroup {
  const { display, value } = commonDisplay(ps);
  // A copy brings nothing first: the earliest independent report carried the value first; when
  // only copies carry it, their origin did (a report outside the story, or an external source).
  const independent = ps.find((p) => p.origin === p.claim.docId);
  const carrier = independent ? independent.claim.docId : ps[0]!.origin;
  const published = ctx.report(carrier)?.published;
  return {
    display,
    value,
    role,
    origins: origins(ps),
    reports: ps.map((p) => groupReport(p, ctx)),
    firstCarrier: carrier,
    ...(published ? { firstPublished: published } : {}),
  };
}

/** Groups claims whose values agree (linked pairwise: "about 30" ~ 32 ~ 31). */
function clusterNumbers(ps: readonly Placed[]): Placed[][] {
  const parent = ps.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < ps.length; i++) {
    for (let j = i + 1; j < ps.length; j++) {
      if (numbersAgree(ps[i]!.claim.value as NumberValue, ps[j]!.claim.value as NumberValue)) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, Placed[]>();
  ps.forEach((p, i) => {
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(p);
    groups.set(r, g);
  });
  return [...groups.values()];
}

interface Cluster {
  members: Placed[];
  point: number;
  /** Window of its first dated report; undefined when no member is dated. */
  first?: PublicationWindow;
  support: number;
}

/** Whether a rise from `lower` to `higher` is backed (see the file comment). */
function riseBacked(lower: Cluster, higher: Cluster, toll: boolean): boolean {
  if (toll || higher.support >= 2) return true;
  for (const p of higher.members) {
    if (CHANGE_WORDS.test(p.claim.evidence.map((e) => e.quote).join(' '))) return true;
    for (const a of p.claim.alsoStated ?? []) {
      if (a.value.type === 'number' && lower.members.some((l) => numbersAgree(a.value as NumberValue, l.claim.value as NumberValue))) return true;
    }
  }
  return false;
}

/**
 * The series of clusters that can be one rising story, carried by the most origins: a weighted
 * longest increasing run over clusters in order of first appearance.
 */
function bestSeries(dated: readonly Cluster[], toll: boolean): number[] {
  const n = dated.length;
  const score = dated.map((c) => c.support);
  const prev = dated.map(() => -1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const a = dated[j]!;
      const b = dated[i]!;
      if (b.point > a.point && !before(b.first!, a.first!) && riseBacked(a, b, toll) && score[j]! + b.support > score[i]!) {
        score[i] = score[j]! + b.support;
        prev[i] = j;
      }
    }
  }
  let end = 0;
  for (let i = 1; i < n; i++) if (score[i]! > score[end]! || (score[i] === score[end] && dated[i]!.support >= dated[end]!.support)) end = i;
  const series: number[] = [];
  for (let i = end; i >= 0; i = prev[i]!) series.unshift(i);
  return series;
}

function statusOf(support: number): 'corroborated' | 'single-source' {
  return support >= 2 ? 'corroborated' : 'single-source';
}

/** Verdict on a facet of figures (counts, the toll). */
export function numberVerdict(facet: AlignedFacet, ctx: CorroborationContext): FacetVerdict {
  const placed = place(facet.claims, ctx);
  const strong = placed.filter((p) => !p.claim.weak);
  const weak = placed.filter((p) => p.claim.weak);
  const base = { key: facet.key, kind: facet.kind, label: facet.label, place: facet.place, origins: origins(placed), reports: placed.length };

  if (strong.length === 0) {
    const g = makeGroup(weak, 'current', ctx);
    return { ...base, status: statusOf(g.origins), updated: false, value: g.display, groups: [g], timeline: timelineOf(weak, new Map(), new Set(), ctx) };
  }

  const clusters: Cluster[] = clusterNumbers(strong).map((members) => {
    const datedMembers = members.filter((m) => isDated(m.window));
    return {
      members,
      point: Math.min(...members.map((m) => pointOf(m.claim.value as NumberValue))),
      ...(datedMembers.length ? { first: datedMembers[0]!.window } : {}),
      support: origins(members),
    };
  });
  const dated = clusters.filter((c) => c.first).sort((a, b) => sortKey(a.first!) - sortKey(b.first!));
  const undated = clusters.filter((c) => !c.first);

  let series: Cluster[];
  if (dated.length) series = bestSeries(dated, facet.kind === 'casualties').map((i) => dated[i]!);
  else {
    // Nothing can be placed in time: the value carried by the most origins stands.
    const top = [...undated].sort((a, b) => b.support - a.support || b.point - a.point)[0]!;
    series = [top];
  }
  const inSeries = new Set(series);
  const current = series[series.length - 1]!;
  // A value no one could date is still fine when it is one of the series' values (it would be in that cluster).
  const conflicting = clusters.filter((c) => !inSeries.has(c));

  const groups: ValueGroup[] = [];
  const roleOf = new Map<Placed, GroupRole>();
  for (const c of series) {
    const role: GroupRole = c === current ? 'current' : 'earlier';
    groups.push(makeGroup(c.members, role, ctx));
    for (const m of c.members) roleOf.set(m, role);
  }
  for (const c of conflicting) {
    groups.push(makeGroup(c.members, 'conflicting', ctx));
    for (const m of c.members) roleOf.set(m, 'conflicting');
  }
  // Weak readings: support the value they fit, else an earlier one, else stand apart.
  const compatible: Placed[] = [];
  const earlierFit: Placed[] = [];
  const apart: Placed[] = [];
  for (const w of weak) {
    const v = w.claim.value as NumberValue;
    if (current.members.some((m) => numbersAgree(v, m.claim.value as NumberValue))) compatible.push(w);
    else if (series.some((c) => c.members.some((m) => numbersAgree(v, m.claim.value as NumberValue)))) earlierFit.push(w);
    else apart.push(w);
  }
  if (compatible.length) groups.push(makeGroup(compatible, 'compatible', ctx));
  if (earlierFit.length) groups.push(makeGroup(earlierFit, 'compatible', ctx));
  if (apart.length) groups.push(makeGroup(apart, 'weak', ctx));

  const support = origins([...current.members, ...compatible]);
  const updated = series.length > 1;
  const status = conflicting.length ? 'contradicted' : statusOf(support);
  const seriesMembers = new Set(series.flatMap((c) => c.members));
  const note = updated
    ? 'the value rose over time; later reports raising it are read as updates, not conflicts'
    : undefined;
  return {
    ...base,
    status,
    updated,
    value: makeGroup(current.members, 'current', ctx).display,
    groups,
    timeline: timelineOf(strong, roleOf, seriesMembers, ctx),
    ...(note ? { note } : {}),
  };
}

/** The facet's history: each report's value in publication order, marking first values, rises and conflicts. */
function timelineOf(ps: readonly Placed[], roles: ReadonlyMap<Placed, GroupRole>, series: ReadonlySet<Placed>, ctx: CorroborationContext): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  let last: number | undefined;
  const seen: NumberValue[] = [];
  for (const p of ps) {
    const v = p.claim.value as NumberValue;
    let change: TimelineEntry['change'];
    if (roles.get(p) === 'conflicting') change = 'conflict';
    else if (last === undefined) change = 'first';
    else if (seen.some((s) => numbersAgree(s, v))) change = 'repeat';
    else change = series.has(p) && pointOf(v) > last ? 'rise' : 'repeat';
    if (change !== 'conflict') {
      last = Math.max(last ?? -Infinity, pointOf(v));
      seen.push(v);
    }
    const published = ctx.report(p.claim.docId)?.published;
    out.push({ ...(published ? { published } : {}), docId: p.claim.docId, display: p.claim.display, change });
  }
  return out;
}

/** In publication order: the first report, then repeats, with conflicting ones marked. */
function simpleTimeline(ps: readonly Placed[], conflicting: ReadonlySet<Placed>, ctx: CorroborationContext): TimelineEntry[] {
  return ps.map((p, i) => {
    const published = ctx.report(p.claim.docId)?.published;
    const change: TimelineEntry['change'] = conflicting.has(p) ? 'conflict' : i === 0 ? 'first' : 'repeat';
    return { ...(published ? { published } : {}), docId: p.claim.docId, display: p.claim.display, change };
  });
}

/** Verdict on an attribution facet: `denied` when any report carries a denial. */
export function attributionVerdict(facet: AlignedFacet, ctx: CorroborationContext): FacetVerdict {
  const placed = place(facet.claims, ctx);
  const denials = placed.filter((p) => p.claim.value.type === 'attribution' && p.claim.value.stance === 'denied');
  const assertions = placed.filter((p) => !denials.includes(p));
  const groups: ValueGroup[] = [];
  if (assertions.length) groups.push(makeGroup(assertions, 'current', ctx));
  if (denials.length) groups.push(makeGroup(denials, 'denial', ctx));
  const status = denials.length ? 'denied' : statusOf(origins(assertions));
  const lead = assertions[0] ?? denials[0]!;
  const party = lead.claim.value.type === 'attribution' ? lead.claim.value.party : lead.claim.display;
  const value = denials.length && assertions.length ? `${party}: blamed, and denied` : denials.length ? `${party}: denied` : groups[0]!.display;
  return {
    key: facet.key,
    kind: facet.kind,
    label: facet.label,
    place: facet.place,
    status,
    updated: false,
    value,
    groups,
    timeline: simpleTimeline(placed, new Set(), ctx),
    origins: origins(placed),
    reports: placed.length,
  };
}

/** Statements that cannot both be true of one speaker. */
const OPPOSED: ReadonlyArray<[string, string]> = [
  ['confirms', 'denies'],
  ['claims', 'denies'],
];

/** Verdict on a named fact (a site, a damaged object, a speaker's statement): carried by how many origins. */
export function labelVerdict(facet: AlignedFacet, ctx: CorroborationContext): FacetVerdict {
  const placed = place(facet.claims, ctx);
  const byKey = new Map<string, Placed[]>();
  for (const p of placed) {
    const k = p.claim.value.type === 'label' ? p.claim.value.key : p.claim.display;
    const l = byKey.get(k);
    if (l) l.push(p);
    else byKey.set(k, [p]);
  }
  const keys = [...byKey.keys()];
  const opposed = OPPOSED.filter(([a, b]) => keys.includes(a) && keys.includes(b));
  const ranked = [...byKey.entries()].sort((a, b) => origins(b[1]) - origins(a[1]));
  const groups = ranked.map(([k, ps], i) => {
    const role: GroupRole = opposed.some(([a, b]) => a === k || b === k) && i > 0 ? 'conflicting' : 'current';
    return makeGroup(ps, role, ctx);
  });
  return {
    key: facet.key,
    kind: facet.kind,
    label: facet.label,
    place: facet.place,
    status: opposed.length ? 'contradicted' : statusOf(origins(placed)),
    updated: false,
    value: groups[0]!.display,
    groups,
    timeline: simpleTimeline(placed, new Set(), ctx),
    origins: origins(placed),
    reports: placed.length,
  };
}

/**
 * Verdict on the incident's date. The consensus day is the one the most origins' dates cover; a
 * date stated in so many words that lies off it (beyond a day's tolerance) conflicts. Inferred
 * dates count towards the consensus but never conflict.
 */
export function dateVerdict(facet: AlignedFacet, ctx: CorroborationContext): FacetVerdict & { consensusDay?: string } {
  const placed = place(facet.claims, ctx);
  const support = new Map<number, Set<string>>();
  for (const p of placed) {
    if (p.claim.value.type !== 'days') continue;
    for (let d = dayNumber(p.claim.value.first); d <= dayNumber(p.claim.value.last); d++) {
      const s = support.get(d) ?? new Set<string>();
      s.add(p.origin);
      support.set(d, s);
    }
  }
  const best = [...support.entries()].sort((a, b) => b[1].size - a[1].size || a[0] - b[0])[0];
  const day = best?.[0];
  const fits = (p: Placed) => day !== undefined && p.claim.value.type === 'days' && dayFits(p.claim.value.first, p.claim.value.last, day);
  const agreeing = placed.filter(fits);
  const off = placed.filter((p) => !fits(p));
  const conflicting = off.filter((p) => !p.claim.weak);
  const weakOff = off.filter((p) => p.claim.weak);
  const groups: ValueGroup[] = [];
  if (agreeing.length) groups.push(makeGroup(agreeing, 'current', ctx));
  // Each conflicting date on its own line: different wrong dates are not one value.
  const byDisplay = new Map<string, Placed[]>();
  for (const p of conflicting) {
    const l = byDisplay.get(p.claim.display);
    if (l) l.push(p);
    else byDisplay.set(p.claim.display, [p]);
  }
  for (const ps of byDisplay.values()) groups.push(makeGroup(ps, 'conflicting', ctx));
  if (weakOff.length) groups.push(makeGroup(weakOff, 'weak', ctx));
  const agreeSupport = origins(agreeing);
  return {
    key: facet.key,
    kind: facet.kind,
    label: facet.label,
    place: facet.place,
    status: conflicting.length ? 'contradicted' : statusOf(agreeSupport),
    updated: false,
    ...(day !== undefined ? { value: dayOfNumber(day), consensusDay: dayOfNumber(day) } : {}),
    groups,
    timeline: simpleTimeline(placed, new Set(conflicting), ctx),
    origins: origins(placed),
    reports: placed.length,
    note: 'dates within a day of the consensus day agree (an overnight attack is told on either day); inferred dates count but never conflict',
  };
}

/** A fated count facet an unspecified figure is compared with, and that facet's own verdict. */
export interface ReferenceFacet {
  facet: AlignedFacet;
  /** `numberVerdict` of the facet, computed once by the caller (a facet may be the reference of several). */
  verdict: FacetVerdict;
}

/**
 * Verdict on a figure with no stated fate ("50 drones smash capital"): it is compared with every
 * figure for the same weapons that other origins give for the same place or a wider area. It
 * agrees when it matches one of them and conflicts when it matches none.
 */
export function unspecifiedCountVerdict(facet: AlignedFacet, references: readonly ReferenceFacet[], ctx: CorroborationContext): FacetVerdict {
  const own = numberVerdict(facet, ctx);
  const placed = place(facet.claims, ctx);
  const mine = new Set(placed.map((p) => p.origin));
  const refs = references.flatMap(({ facet: f }) => place(f.claims, ctx).filter((p) => !mine.has(p.origin) && !p.claim.weak).map((p) => ({ p, facet: f })));
  if (refs.length === 0) return own;
  const strong = placed.filter((p) => !p.claim.weak);
  const matched = strong.filter((s) => refs.some((r) => numbersAgree(s.claim.value as NumberValue, r.p.claim.value as NumberValue)));
  const unmatched = strong.filter((s) => !matched.includes(s));
  const groups: ValueGroup[] = [];
  if (matched.length) groups.push(makeGroup(matched, 'current', ctx));
  if (unmatched.length) groups.push(makeGroup(unmatched, 'conflicting', ctx));
  const byFacet = new Map<string, Placed[]>();
  for (const r of refs) {
    const l = byFacet.get(r.facet.key);
    if (l) l.push(r.p);
    else byFacet.set(r.facet.key, [r.p]);
  }
  for (const [key, ps] of byFacet) {
    const clusters = clusterNumbers(ps);
    // A value its own facet has since updated (a mayor's first 2, then 7) is that facet's history:
    // it still counts as agreeing above, but only the facet's current value is shown beside ours.
    const ref = references.find((r) => r.facet.key === key)!;
    const current = new Set(ref.verdict.groups.find((g) => g.role === 'current')?.reports.map((r) => r.docId) ?? []);
    const kept = clusters.filter((c) => c.some((p) => current.has(p.claim.docId)));
    for (const c of kept.length ? kept : clusters) groups.push({ ...makeGroup(c, 'reference', ctx), fromFacet: key });
  }
  const agreeing = refs.filter((r) => matched.some((m) => numbersAgree(m.claim.value as NumberValue, r.p.claim.value as NumberValue)));
  const support = new Set([...matched.map((m) => m.origin), ...agreeing.map((a) => a.p.origin)]).size;
  return {
    ...own,
    status: unmatched.length ? 'contradicted' : statusOf(support),
    updated: false,
    groups,
    note: 'a figure with no stated fate is compared with the figures other origins give for the same weapons over the same place or a wider area',
  };
}

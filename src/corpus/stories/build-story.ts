/**
 * Builds a story record from its reports' facts: aligns the facets, judges each, derives the
 * cross-report findings, and orders the reports by what they add. Pure: everything it needs is
 * passed in, so a story is rebuilt from its reports alone when they change.
 */
import type { Finding } from '../../model/finding.js';
import { alignStory, storyIncidents, type StoryReportFacts } from '../align/align-story.js';
import type { ReportFacts } from '../align/facet-types.js';
import { partyOf, speakerKey } from '../align/party-key.js';
import { corroborateFacets } from '../corroborate/corroborate-story.js';
import { crossReportFindings } from '../corroborate/cross-findings.js';
import type { CorroborationContext } from '../corroborate/facet-status.js';
import { publicationWindow, sortKey } from '../corroborate/publication-time.js';
import type { FacetVerdict, ValueGroup } from '../corroborate/verdict-types.js';
import { copiedContentFindings, type OriginLink, type ReportLabel } from '../origins/index.js';
import type { StoryAnchor } from './story-layer.js';
import type { StoryActor, StoryConflict, StoryIncident, StoryPlace, StoryRecord, StoryReportEntry } from './story-types.js';

/** What building one story needs. */
export interface StoryInputs {
  id: string;
  /** Reports the story is about, with their incidents at the story's place. */
  members: readonly StoryReportFacts[];
  /** Other reports that also tell of the story's incident. */
  linked: readonly StoryReportFacts[];
  anchor?: StoryAnchor;
  /** Origin group of a report (its own id when independent). */
  originOf(docId: string): string;
  /** Origin links in which the report is the dependent one. */
  linksOf(docId: string): readonly OriginLink[];
  describe?(docId: string): ReportLabel | undefined;
  /** Arrival order of a report. */
  orderOf(docId: string): number;
}

/** How many actors and conflicts a record lists. */
const MAX_ACTORS = 8;
const MAX_WORST = 3;

function majority<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) (best = v), (n = c);
  return best;
}

/** The story's incident place: the anchor's, else the most common main place of its members. */
function storyPlace(inputs: StoryInputs): { key: string; name: string } | undefined {
  if (inputs.anchor) return { key: inputs.anchor.placeKey, name: inputs.anchor.place };
  const mains = inputs.members.flatMap((m) => (m.facts.primary === undefined ? [] : [m.facts.incidents[m.facts.primary]!]));
  const key = majority(mains.map((i) => i.placeKey));
  const inc = mains.find((i) => i.placeKey === key);
  return inc ? { key: inc.placeKey, name: inc.place } : undefined;
}

function actorsOf(all: readonly StoryReportFacts[], originOf: (id: string) => string): StoryActor[] {
  const byKey = new Map<string, { name: string; kind: StoryActor['kind']; origins: Set<string> }>();
  for (const r of all) {
    for (const inc of storyIncidents(r)) {
      for (const a of inc.actors) {
        // A one-word actor is a state or city whichever way a report casts it (party, speaker).
        const oneWord = !/\s/.test(a.name.trim());
        const key = a.kind === 'party' || oneWord ? `party:${partyOf(a.name).key}` : `${a.kind}:${speakerKey(a.name, a.kind)}`;
        const e = byKey.get(key) ?? { name: a.name, kind: a.kind, origins: new Set<string>() };
        // The fullest spelling names the actor ("Kasimir Odvalen" over "Odvalen").
        if (a.name.length > e.name.length) e.name = a.name;
        e.origins.add(originOf(r.facts.docId));
        byKey.set(key, e);
      }
    }
  }
  return [...byKey.values()]
    .map((e) => ({ name: e.name, kind: e.kind, origins: e.origins.size }))
    .sort((a, b) => b.origins - a.origins || a.name.localeCompare(b.name))
    .slice(0, MAX_ACTORS);
}

function placesOf(all: readonly StoryReportFacts[], place: { key: string; name: string }): StoryPlace[] {
  const sites = new Map<string, number>();
  let geo: StoryPlace['geo'];
  let reports = 0;
  for (const r of all) {
    const incs = storyIncidents(r);
    if (incs.length) reports++;
    const seen = new Set<string>();
    for (const inc of incs) {
      geo ??= inc.geo;
      for (const s of inc.sites) if (!seen.has(s)) seen.add(s), sites.set(s, (sites.get(s) ?? 0) + 1);
    }
  }
  const ranked = [...sites.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s]) => s);
  return [{ name: place.name, key: place.key, ...(geo ? { geo } : {}), sites: ranked, reports }];
}

function incidentsOf(all: readonly StoryReportFacts[], place: { name: string }, date: string | undefined): StoryIncident[] {
  const incs = all.flatMap((r) => storyIncidents(r));
  if (incs.length === 0) return [];
  const eventType = majority(incs.map((i) => i.eventType))!;
  const sub = majority(incs.flatMap((i) => (i.subEventType ? [i.subEventType] : [])));
  return [{ place: place.name, eventType, ...(sub ? { subEventType: sub } : {}), ...(date ? { date } : {}), reports: all.filter((r) => storyIncidents(r).length > 0).length }];
}

/** When the incident happened: the interval most origins give among the dates that agree. */
function timeSpanOf(verdicts: readonly FacetVerdict[]): StoryRecord['timeSpan'] {
  const date = verdicts.find((v) => v.kind === 'date');
  const current = date?.groups.find((g) => g.role === 'current');
  if (!current) return undefined;
  const v = current.value;
  if (v.type !== 'days') return undefined;
  // The group's common value is the plainest agreed date; its interval, when stated, is the span.
  return v.interval ? { start: v.interval.start, end: v.interval.end } : { start: v.first, end: v.last };
}

function worstOf(verdicts: readonly FacetVerdict[]): StoryConflict[] {
  const labels = new Map(verdicts.map((v) => [v.key, v.label]));
  // A reference value comes from another facet: say which, or the line reads as one facet's values.
  const shown = (g: ValueGroup) => {
    const from = g.role === 'reference' && g.fromFacet ? labels.get(g.fromFacet) : undefined;
    return `${g.display}${from ? ` ${from}` : ''} (${g.origins} ${g.origins === 1 ? 'origin' : 'origins'})`;
  };
  return verdicts
    .filter((v) => v.status === 'contradicted')
    .map((v) => ({
      v,
      weight: v.groups.filter((g) => g.role === 'conflicting').reduce((n, g) => n + g.origins, 0),
    }))
    .sort((a, b) => b.weight - a.weight || b.v.origins - a.v.origins || a.v.key.localeCompare(b.v.key))
    .slice(0, MAX_WORST)
    .map(({ v }) => ({
      facet: v.key,
      label: v.label,
      status: v.status,
      values: v.groups.filter((g) => g.role === 'current' || g.role === 'conflicting' || g.role === 'reference').map(shown),
    }));
}

/** Builds the record of one story (see the file comment). */
export function buildStoryRecord(inputs: StoryInputs): StoryRecord {
  const all = [...inputs.members, ...inputs.linked];
  const facts = new Map<string, ReportFacts>(all.map((r) => [r.facts.docId, r.facts]));
  const memberIds = new Set(inputs.members.map((m) => m.facts.docId));
  const place = storyPlace(inputs);
  // Each report's origin and publication details are asked for once per claim: read them once.
  const origins = new Map<string, string>();
  const reports = new Map<string, { published?: string; outlet?: string; order: number } | undefined>();
  const ctx: CorroborationContext = {
    originOf: (id) => {
      let o = origins.get(id);
      if (o === undefined) origins.set(id, (o = inputs.originOf(id)));
      return o;
    },
    report: (id) => {
      if (reports.has(id)) return reports.get(id);
      const f = facts.get(id);
      const r = f ? { ...(f.published ? { published: f.published } : {}), ...(f.outlet ? { outlet: f.outlet } : {}), order: inputs.orderOf(id) } : undefined;
      reports.set(id, r);
      return r;
    },
  };
  const verdicts = place ? corroborateFacets(alignStory(all, place), ctx) : [];

  // Findings: the facets' own, and copies among the story's reports.
  const findings: Finding[] = crossReportFindings(verdicts, inputs.id);
  const links = all.flatMap((r) => inputs.linksOf(r.facts.docId)).filter((l) => facts.has(l.derivedFrom) || l.external);
  for (const f of copiedContentFindings(links, inputs.describe)) findings.push({ ...f, data: { ...f.data, storyId: inputs.id } });

  // What each report adds.
  const firstCarried = new Map<string, string[]>();
  const claims = new Map<string, number>();
  for (const v of verdicts) {
    for (const g of v.groups) {
      if (g.role === 'reference' || g.role === 'weak' || g.role === 'compatible') continue;
      const l = firstCarried.get(g.firstCarrier);
      if (l) l.push(v.key);
      else firstCarried.set(g.firstCarrier, [v.key]);
    }
    for (const g of v.groups) for (const r of g.reports) if (g.role !== 'reference') claims.set(r.docId, (claims.get(r.docId) ?? 0) + 1);
  }
  const entries: StoryReportEntry[] = all.map((r) => {
    const f = r.facts;
    const origin = ctx.originOf(f.docId);
    const link = inputs.linksOf(f.docId).find((l) => !l.external);
    return {
      docId: f.docId,
      ...(f.headline ? { headline: f.headline } : {}),
      ...(f.outlet ? { outlet: f.outlet } : {}),
      ...(f.published ? { published: f.published } : {}),
      ...(f.language ? { language: f.language } : {}),
      role: memberIds.has(f.docId) ? 'member' : 'linked',
      origin,
      independent: origin === f.docId && !link,
      ...(link ? { derivedFrom: { docId: link.derivedFrom, relation: link.relation } } : {}),
      firstCarried: firstCarried.get(f.docId) ?? [],
      claims: claims.get(f.docId) ?? 0,
      incidentIds: [...r.incidentIds],
    };
  });
  entries.sort(
    (a, b) =>
      Number(!a.independent) - Number(!b.independent) ||
      b.firstCarried.length - a.firstCarried.length ||
      Number(a.role === 'linked') - Number(b.role === 'linked') ||
      b.claims - a.claims ||
      sortKey(publicationWindow(a.published)) - sortKey(publicationWindow(b.published)) ||
      inputs.orderOf(a.docId) - inputs.orderOf(b.docId),
  );

  const dateVerdict = verdicts.find((v) => v.kind === 'date');
  const consensus = dateVerdict?.value;
  const incidents = place ? incidentsOf(all, place, consensus) : [];
  const titleFrom = entries.find((e) => e.role === 'member' && e.headline && e.independent && e.language === 'en') ?? entries.find((e) => e.role === 'member' && e.headline);
  const label = [incidents[0]?.eventType, place?.name, consensus].filter(Boolean).join(' · ') || 'story without a located incident';
  const dated = inputs.members.map((m) => m.facts.published).filter((p): p is string => !!p).sort((a, b) => sortKey(publicationWindow(a)) - sortKey(publicationWindow(b)));
  const timeSpan = timeSpanOf(verdicts);
  const statusCount = (s: FacetVerdict['status']) => verdicts.filter((v) => v.status === s).length;

  return {
    id: inputs.id,
    title: titleFrom?.headline ?? label,
    label,
    ...(timeSpan ? { timeSpan } : {}),
    ...(dated.length ? { published: { first: dated[0]!, last: dated[dated.length - 1]! } } : {}),
    places: place ? placesOf(all, place) : [],
    keyActors: actorsOf(all, ctx.originOf),
    incidents,
    facets: verdicts,
    reports: entries,
    counts: {
      reports: all.length,
      members: inputs.members.length,
      linked: inputs.linked.length,
      independentOrigins: new Set(all.map((r) => ctx.originOf(r.facts.docId))).size,
      facets: verdicts.length,
      corroborated: statusCount('corroborated'),
      singleSource: statusCount('single-source'),
      contradicted: statusCount('contradicted'),
      denied: statusCount('denied'),
    },
    worst: worstOf(verdicts),
    findings,
  };
}

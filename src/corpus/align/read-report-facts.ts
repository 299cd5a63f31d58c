/**
 * What one report says, facet by facet, about each incident it tells of: the date, the place and
 * named sites, counts (launched, intercepted, hit, or with no stated fate) by scope, the toll,
 * damaged objects, who is blamed and who denies, and who made statements. Read once per report
 * from the reading layer (`data.incidents`, `data.numbers`, `data.claims`); every value keeps
 * the report's own words as evidence, so a story never needs the whole report again.
 */
import type { Claim } from '../../analyze/claims/claim-types.js';
import type { Incident, IncidentStatement } from '../../analyze/incidents/incident-types.js';
import { countedPlurals } from '../../analyze/numbers/counted-nouns.js';
import type { NumericFact } from '../../analyze/numbers/numeric-types.js';
import { countryCode, demonymCountry } from '../../analyze/places/countries.js';
import { cachedNameKey } from '../../analyze/places/name-key.js';
import type { CleanDocument } from '../../model/document.js';
import { evidenceOf, type Evidence, type Range } from '../../model/span.js';
import { countScope, countsElsewhere, scopeWords } from './count-scope.js';
import type { CountGroup, CountScope, FacetClaim, FacetKind, FacetValue, IncidentFacts, NumberValue, ReportFacts } from './facet-types.js';
import { placeKey } from './place-key.js';
import { isNamedSpeaker, partyOf, speakerKey } from './party-key.js';
import { casualtyCategory, countGroupOf, readCasualtyFigure, readWeaponFigure, type FigureReading } from './read-figures.js';

function list<T>(v: unknown): readonly T[] {
  return Array.isArray(v) ? (v as T[]) : [];
}

/** Milliseconds of an ISO date or instant; a date alone counts from its start (UTC). */
export function instantOf(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isFinite(t) ? t : undefined;
}

/** `YYYY-MM-DD` of the day before an ISO day. */
function dayBefore(day: string): string {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Inclusive calendar days of a half-open interval (`2026-03-13T21:00`–`2026-03-14T06:00` → 13th to 14th). */
export function daysOfInterval(interval: { start: string; end: string }): { first: string; last: string } {
  const first = interval.start.slice(0, 10);
  const endDay = interval.end.slice(0, 10);
  // An end at midnight (or a date-only end) is exclusive: the last day is the one before.
  const midnight = interval.end.length <= 10 || /T00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.test(interval.end);
  const last = midnight && endDay > first ? dayBefore(endDay) : endDay < first ? first : endDay;
  return { first, last };
}

/** Sentences of the report, for evidence: the claim sentence holding a span, else the span itself. */
class Sentences {
  private readonly starts: number[];
  constructor(
    private readonly claims: readonly Claim[],
    private readonly docId: string,
    private readonly text: string,
  ) {
    this.starts = claims.map((c) => c.range[0]);
  }

  /** The sentence around a span, as evidence. */
  around(range: Range): Evidence {
    let lo = 0;
    let hi = this.starts.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= range[0]) (at = mid), (lo = mid + 1);
      else hi = mid - 1;
    }
    const c = at >= 0 ? this.claims[at] : undefined;
    if (c && c.range[1] >= range[1]) return evidenceOf(this.docId, this.text, c.range[0], c.range[1]);
    return this.span(range);
  }

  span(range: Range): Evidence {
    const s = Math.max(0, Math.min(range[0], this.text.length));
    const e = Math.max(s, Math.min(range[1], this.text.length));
    return evidenceOf(this.docId, this.text, s, e);
  }
}

function numberValue(n: NumericFact, reading: FigureReading): NumberValue {
  const v: NumberValue = { type: 'number', value: n.value, approx: reading === 'lower-bound' && n.approx === 'exact' ? 'at-least' : n.approx };
  if (n.low !== undefined) v.low = n.low;
  if (n.high !== undefined) v.high = n.high;
  return v;
}

/** A figure as a person reads it. */
export function displayNumber(v: NumberValue): string {
  switch (v.approx) {
    case 'exact':
      return String(v.value);
    case 'more-than':
      return `more than ${v.value}`;
    case 'less-than':
      return `fewer than ${v.value}`;
    case 'about':
      return `about ${v.value}`;
    case 'at-least':
      return `at least ${v.value}`;
    case 'up-to':
      return `up to ${v.high ?? v.value}`;
    case 'range':
      return `${v.low ?? v.value}–${v.high ?? v.value}`;
    case 'vague':
      return `${v.low ?? v.value} or more (vague)`;
  }
}

/** A candidate value before one per report and facet is chosen. */
interface Candidate {
  facet: string;
  kind: FacetKind;
  value: FacetValue;
  display: string;
  weak: boolean;
  evidence: Evidence[];
  source?: string;
  /** Higher wins when one report gives several values for a facet. */
  rank: number;
}

const STATEMENT_RANK: Record<IncidentStatement['what'], number> = { denies: 6, blames: 5, claims: 4, confirms: 3, declines: 2, reports: 1 };

const DAMAGE_OBJECTS: ReadonlyArray<[RegExp, string]> = [
  [/\bgarages?\b|\bgarage block\b/i, 'garage'],
  [/\bapartment (?:building|block)s?\b|\bresidential building\b|\bnine-storey\b|\bhigh-rise\b|\bapartment\b/i, 'apartment building'],
  [/\bbalcon(?:y|ies)\b/i, 'balcony'],
  [/\bwindows?\b/i, 'windows'],
  [/\broofs?\b/i, 'roof'],
  [/\b(?:private )?houses?\b|\bhomes?\b/i, 'houses'],
  [/\bdepot\b/i, 'depot'],
  [/\bport\b|\bterminal\b/i, 'port'],
  [/\bairport\b/i, 'airport'],
  [/\bschool\b/i, 'school'],
  [/\bpower (?:plant|station)\b|\bsubstation\b/i, 'power facility'],
  [/\brefinery\b|\bfuel (?:depot|tank)s?\b|\boil depot\b/i, 'fuel facility'],
  [/\bwarehouse\b/i, 'warehouse'],
  [/\bbridge\b/i, 'bridge'],
  [/\bcars?\b|\bvehicles?\b/i, 'vehicles'],
];

/** Words of damage that make a sentence about damage rather than about a figure. */
const DAMAGE_WORDS = /\b(?:damag\w*|struck|hit|fire|ablaze|burn\w*|collaps\w*|destroy\w*|flatten\w*|blown out|shattered|debris|fell)\b/i;

/** Capitalised names the report treats as states: known countries, and names it also uses as adjectives ("Karvelian"). */
function countryNames(text: string, incidents: readonly Incident[]): (name: string) => boolean {
  const states = new Set<string>();
  for (const inc of incidents) for (const a of inc.attacker ?? []) states.add(partyOf(a.name).key);
  for (const m of text.matchAll(/\b(\p{Lu}\p{Ll}{3,}(?:ian|an))\b/gu)) states.add(partyOf(m[1]!).key);
  return (name: string) => countryCode(name) !== undefined || states.has(partyOf(name).key);
}

const ORG_WORDS = /\b(?:ministry|department|office|government|council|service|agency|police|army|forces|railways?|media|administration|authorit(?:y|ies)|committee|command|staff|headquarters|city hall|press|news|union|company|operator|officials?)\b/i;

/** Two or three capitalised words and no word of an organisation: a person's name ("Arkady Brennik"). */
function looksLikePerson(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && !ORG_WORDS.test(name);
}

/** Picks the incident the report is mainly about: one its headline names, else the one told at most length. */
function primaryIncident(incidents: readonly Incident[], headline: string | undefined): number | undefined {
  if (incidents.length === 0) return undefined;
  const h = (headline ?? '').toLowerCase();
  let best: { i: number; at: number } | undefined;
  incidents.forEach((inc, i) => {
    const names = [inc.location.name, ...(inc.location.sites ?? []).map((s) => s.name)];
    for (const n of names) {
      const at = n ? h.indexOf(n.toLowerCase()) : -1;
      if (at >= 0 && (!best || at < best.at)) best = { i, at };
    }
  });
  if (best) return best.i;
  let top = 0;
  incidents.forEach((inc, i) => {
    if (inc.evidence.length > incidents[top]!.evidence.length) top = i;
  });
  return top;
}

/** Reads the facts of one report (see the file comment). Reports without incidents give none. */
export function readReportFacts(doc: CleanDocument): ReportFacts {
  const text = doc.text;
  const incidents = list<Incident>(doc.data.incidents);
  const numbers = list<NumericFact>(doc.data.numbers);
  const sentences = new Sentences(
    [...list<Claim>(doc.data.claims)].sort((a, b) => a.range[0] - b.range[0]),
    doc.id,
    text,
  );
  const isCountry = countryNames(text, incidents);
  const headline = doc.meta.headline?.value;
  const headlineRange = doc.meta.headline?.range;
  const primary = primaryIncident(incidents, headline);
  const parties = new Set(incidents.flatMap((i) => (i.attacker ?? []).map((a) => partyOf(a.name).key)));

  // Figures with no stated fate ("50 DRONES SMASH CAPITAL") are in no incident's counts: each goes
  // to the incident whose sentences hold it, or, in the headline, to the report's main incident.
  const unplaced = new Map<number, number[]>();
  numbers.forEach((n, ref) => {
    if (n.countedClass !== 'weapons' || countGroupOf(n.category) !== 'unspecified') return;
    const inHeadline = headlineRange && n.range[0] >= headlineRange[0] && n.range[1] <= headlineRange[1];
    let owner = inHeadline ? primary : incidents.findIndex((inc) => inc.evidence.some((r) => r[0] <= n.range[0] && n.range[1] <= r[1]));
    if (owner === undefined || owner < 0) owner = primary;
    if (owner === undefined) return;
    const l = unplaced.get(owner) ?? [];
    l.push(ref);
    unplaced.set(owner, l);
  });

  const out: IncidentFacts[] = incidents.map((inc, idx) => {
    const place = inc.location.name;
    const pk = placeKey(place);
    const at = `@${pk}`;
    const cands: Candidate[] = [];
    const locEvidence = inc.location.evidence[0];

    // When and where.
    if (inc.date.interval) {
      const d = daysOfInterval(inc.date.interval);
      const ev = inc.date.evidence[0];
      cands.push({
        facet: `date${at}`,
        kind: 'date',
        value: { type: 'days', ...d, ...(inc.date.text ? { text: inc.date.text } : {}), interval: inc.date.interval, resolution: inc.date.resolution },
        display: d.first === d.last ? d.first : `${d.first} – ${d.last}`,
        weak: inc.date.resolution !== 'resolved',
        evidence: ev ? [sentences.around(ev)] : [],
        rank: 0,
      });
    }
    cands.push({
      facet: `place${at}`,
      kind: 'place',
      value: { type: 'label', key: pk, label: place },
      display: place,
      weak: false,
      evidence: locEvidence ? [sentences.span(locEvidence)] : [],
      rank: 0,
    });
    for (const site of inc.location.sites ?? []) {
      const sk = cachedNameKey(site.name);
      if (!sk) continue;
      const ev = site.evidence[0];
      cands.push({
        facet: `place:site:${sk}${at}`,
        kind: 'place',
        value: { type: 'label', key: sk, label: site.name },
        display: site.name,
        weak: false,
        evidence: ev ? [sentences.span(ev)] : [],
        rank: 0,
      });
    }

    // Counts: what happened to the weapons, over which area.
    const countRefs: Array<{ ref: number; group: CountGroup; source?: string; means?: string }> = [];
    for (const [cat, counts] of Object.entries(inc.counts)) {
      const group = countGroupOf(cat as NumericFact['category']);
      if (!group) continue;
      for (const c of counts ?? []) countRefs.push({ ref: c.ref, group, ...(c.source ? { source: c.source } : {}), ...(c.means ? { means: c.means } : {}) });
    }
    for (const ref of unplaced.get(idx) ?? []) countRefs.push({ ref, group: 'unspecified' });
    // "Three were suppressed by electronic warfare … five more were shot down by Pantsir": parts by means add up.
    const parts = new Map<string, Array<{ n: NumericFact; means: string; source?: string }>>();
    for (const { ref, group, source, means } of countRefs) {
      const n = numbers[ref];
      if (!n || n.countedClass !== 'weapons') continue;
      // "eight over the Pritzava region" in a report of the night over Velmorsk counts another area.
      if (countsElsewhere(text, n.range, { name: place, ...(inc.location.geo ? { geo: inc.location.geo } : {}) }, isCountry)) continue;
      const scope: CountScope = countScope(text, n.range, place, isCountry);
      const counted = cachedNameKey(n.counted) || 'weapons';
      const scopeKey = scope === 'place' ? pk : `${pk}/${scope}`;
      const facet = `count:${group}:${counted}@${scopeKey}`;
      if (means && n.approx === 'exact' && readWeaponFigure(n, text, group) !== 'lower-bound') {
        const l = parts.get(facet) ?? [];
        l.push({ n, means, ...(source ? { source } : {}) });
        parts.set(facet, l);
      }
      const reading = readWeaponFigure(n, text, group);
      if (reading === 'skip') continue;
      const value = numberValue(n, reading);
      cands.push({
        facet,
        kind: 'count',
        value,
        display: displayNumber(value),
        weak: reading === 'lower-bound',
        evidence: [sentences.around(n.range)],
        ...(source ?? n.source?.text ? { source: (source ?? n.source?.text)! } : {}),
        rank: reading === 'total' ? 1 : 0,
      });
    }
    for (const [facet, ps] of parts) {
      const byMeans = new Map<string, NumericFact>();
      for (const p of ps) if (!byMeans.has(p.means) || byMeans.get(p.means)!.value < p.n.value) byMeans.set(p.means, p.n);
      if (byMeans.size < 2) continue;
      const total = [...byMeans.values()].reduce((sum, n) => sum + n.value, 0);
      cands.push({
        facet,
        kind: 'count',
        value: { type: 'number', value: total, approx: 'exact' },
        display: `${total} (${[...byMeans].map(([m, n]) => `${n.value} ${m}`).join(' + ')})`,
        weak: false,
        evidence: [...byMeans.values()].map((n) => sentences.around(n.range)),
        ...(ps[0]!.source ? { source: ps[0]!.source } : {}),
        rank: 2,
      });
    }

    // The toll.
    for (const ref of inc.casualties?.refs ?? []) {
      const n = numbers[ref];
      if (!n) continue;
      const cat = casualtyCategory(n, text);
      if (!cat) continue;
      const reading = readCasualtyFigure(n, text);
      if (reading === 'skip') continue;
      const value = numberValue(n, reading);
      cands.push({
        facet: `casualties:${cat}${at}`,
        kind: 'casualties',
        value,
        display: displayNumber(value),
        weak: reading === 'lower-bound',
        evidence: [sentences.around(n.range)],
        ...(n.source?.text ? { source: n.source.text } : {}),
        rank: reading === 'total' ? 1 : 0,
      });
    }

    // Damage, by the object damaged.
    for (const d of inc.damage ?? []) {
      if (!DAMAGE_WORDS.test(d.text)) continue;
      for (const [re, object] of DAMAGE_OBJECTS) {
        if (!re.test(d.text)) continue;
        const ev = d.evidence[0];
        cands.push({
          facet: `damage:${cachedNameKey(object)}${at}`,
          kind: 'damage',
          value: { type: 'label', key: cachedNameKey(object), label: object },
          display: object,
          weak: false,
          evidence: ev ? [sentences.around(ev)] : [],
          rank: 0,
        });
      }
    }

    // Who is blamed, who claims, who denies: one claim per party and stance.
    for (const a of inc.attacker ?? []) {
      const party = partyOf(a.name);
      const by = a.by && isNamedSpeaker(a.by) ? a.by : undefined;
      const ev = a.evidence[0];
      const stanceWords = a.stance === 'denied' ? 'denied' : a.stance === 'claimed' ? 'claimed' : 'blamed';
      cands.push({
        facet: `attribution:${party.key}${at}`,
        kind: 'attribution',
        value: { type: 'attribution', party: party.name, stance: a.stance, ...(by ? { by } : {}), ...(a.hedged ? { hedged: true } : {}) },
        display: `${party.name} ${stanceWords}${by ? ` (${a.stance === 'denied' ? 'by' : 'by'} ${by})` : ''}${a.hedged ? ', hedged' : ''}`,
        weak: false,
        evidence: ev ? [sentences.around(ev)] : [],
        ...(by ? { source: by } : {}),
        rank: a.stance === 'denied' ? 2 : 1,
      });
    }

    // Official statements, by speaker.
    const actors: IncidentFacts['actors'] = [];
    for (const s of inc.statements) {
      if (s.speakerKind === 'anonymous' || !isNamedSpeaker(s.who)) continue;
      const kind = s.speakerKind === 'named' || looksLikePerson(s.who) ? 'person' : 'institution';
      const key = speakerKey(s.who, kind, parties);
      if (!key) continue;
      actors.push({ name: s.who, kind });
      const ev = s.evidence[0];
      cands.push({
        facet: `statement:${key}${at}`,
        kind: 'statement',
        value: { type: 'label', key: s.what, label: s.what },
        display: `${s.who} ${s.what}${s.via ? ` (${s.via})` : ''}`,
        weak: false,
        evidence: ev ? [sentences.around(ev)] : [],
        source: s.who,
        rank: STATEMENT_RANK[s.what],
      });
    }
    for (const a of inc.attacker ?? []) actors.push({ name: partyOf(a.name).name, kind: 'party' });

    const facts: IncidentFacts = {
      incidentId: inc.id,
      placeKey: pk,
      place,
      ...(inc.location.geo ? { geo: inc.location.geo } : {}),
      sites: (inc.location.sites ?? []).map((s) => s.name),
      eventType: inc.eventType,
      ...(inc.subEventType ? { subEventType: inc.subEventType } : {}),
      ...(inc.date.interval ? { days: { ...daysOfInterval(inc.date.interval), resolution: inc.date.resolution } } : {}),
      claims: choose(cands, doc.id, inc.id),
      actors,
      evidence: inc.evidence.slice(0, 2).map((r) => sentences.span(r)),
    };
    return facts;
  });

  const published = doc.meta.published?.value;
  const at = instantOf(published);
  return {
    docId: doc.id,
    ...(headline ? { headline } : {}),
    ...(doc.meta.outlet?.value ? { outlet: doc.meta.outlet.value } : {}),
    ...(published ? { published } : {}),
    ...(at !== undefined ? { publishedAt: at } : {}),
    ...(doc.meta.language ? { language: doc.meta.language } : {}),
    ...(primary !== undefined ? { primary } : {}),
    incidents: out,
  };
}

let weaponWords: Map<string, string> | undefined;

/** The word a count's key stands for: keys are loose ("misiles"), labels are read ("missiles"). */
function countedWord(key: string): string {
  weaponWords ??= new Map(countedPlurals('weapons').map((w) => [cachedNameKey(w), w]));
  return weaponWords.get(key) ?? key;
}

/** Labels of facet keys, for tables: "drones intercepted over Velmorsk"; `name` is how a report writes the site, object, party or speaker. */
export function facetLabel(key: string, place: string, name?: string): string {
  const [head = '', scopeKey = ''] = key.split('@');
  const parts = head.split(':');
  const scope: CountScope = scopeKey.endsWith('/region') ? 'region' : scopeKey.endsWith('/country') ? 'country' : 'place';
  switch (parts[0]) {
    case 'date':
      return `date of the incident in ${place}`;
    case 'place':
      return parts[1] === 'site' ? `site in ${place}: ${name ?? parts.slice(2).join(' ')}` : `place: ${place}`;
    case 'count': {
      const what = countedWord(parts[2] ?? 'weapons');
      const fate = parts[1] === 'unspecified' ? `${what} (no stated fate)` : `${what} ${parts[1]}`;
      return `${fate} ${scopeWords(scope, place)}`;
    }
    case 'casualties':
      return `${parts[1]} in ${place}`;
    case 'damage':
      return `damage in ${place}: ${name ?? parts.slice(1).join(' ')}`;
    case 'attribution':
      return `${name ?? parts.slice(1).join(':').replace(/^cc:/, '')} behind the incident in ${place}`;
    case 'statement':
      return `statement on ${place} by ${name ?? parts.slice(1).join(' ')}`;
    default:
      return key;
  }
}

/**
 * One claim per facet and report (one per stance for attributions): the strongest reading, the
 * highest figure of equal standing (a report that recounts a rising count ends on the latest),
 * the other values kept as `alsoStated`.
 */
function choose(cands: readonly Candidate[], docId: string, incidentId: string): FacetClaim[] {
  const byFacet = new Map<string, Candidate[]>();
  for (const c of cands) {
    const k = c.kind === 'attribution' && c.value.type === 'attribution' ? `${c.facet}#${c.value.stance}` : c.facet;
    const l = byFacet.get(k) ?? [];
    l.push(c);
    byFacet.set(k, l);
  }
  const out: FacetClaim[] = [];
  for (const group of byFacet.values()) {
    const sorted = [...group].sort((a, b) => {
      if (a.weak !== b.weak) return a.weak ? 1 : -1;
      if (a.rank !== b.rank) return b.rank - a.rank;
      const va = a.value.type === 'number' ? a.value.value : 0;
      const vb = b.value.type === 'number' ? b.value.value : 0;
      return vb - va;
    });
    const best = sorted[0]!;
    const claim: FacetClaim = {
      facet: best.facet,
      kind: best.kind,
      docId,
      incidentId,
      value: best.value,
      display: best.display,
      evidence: best.evidence,
      ...(best.source ? { source: best.source } : {}),
      ...(best.weak ? { weak: true } : {}),
    };
    const seen = new Set([best.display]);
    const also = sorted.slice(1).filter((c) => c.value.type === 'number' && !seen.has(c.display) && (seen.add(c.display), true));
    if (also.length) claim.alsoStated = also.map((c) => ({ display: c.display, value: c.value, evidence: c.evidence }));
    out.push(claim);
  }
  return out;
}

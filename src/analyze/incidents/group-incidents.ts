/**
 * Groups a report's sentences into incidents. A sentence with event words, a place and a date
 * (or a figure of drones, dead or injured) opens an incident unless one at the same place and a
 * compatible date is open already; sentences naming the same place join it; sentences naming no
 * place join the incident the text is about (its "focus") while they stay in the same or the next
 * paragraph. Blames and denials naming no place join the incident whose accusation they answer.
 */
import type { Entity } from '../entities/entity-types.js';
import type { GeoPlace } from '../places/geo-place.js';
import type { TimeExpression } from '../time/time-types.js';
import type { IncidentDate } from './incident-types.js';
import { capitalPlace, foldName, geoKey, type PlaceCandidate, type PlaceLexicon } from './incident-places.js';
import { dateFromTime, timesCompatible } from './incident-times.js';
import { nameStem } from './incident-sides.js';
import type { SentenceFacts } from './read-sentences.js';
import type { ScanMatch } from './sentence-matches.js';
import { AttributionScan, readAttackers, readStatements, type AttackerReading, type StatementReading } from './incident-attribution.js';

/** Where an incident is, as grouping decided it. */
export interface GroupLocation {
  key: string;
  name: string;
  kind: PlaceCandidate['kind'];
  geo?: GeoPlace;
  entityId?: string;
  precision: 1 | 2 | 3;
  seatKey?: string;
  mentions: PlaceCandidate[];
}

/** An incident while it is being put together. */
export interface IncidentGroup {
  location: GroupLocation;
  date?: IncidentDate;
  /** The sentence that opened it. */
  seed: SentenceFacts;
  /** Sentences whose facts (figures, damage, casualties) belong to it. */
  full: SentenceFacts[];
  /** Sentences that only say who blames, denies or confirms it. */
  said: SentenceFacts[];
  sites: PlaceCandidate[];
  /** Indexes of the sentences it holds, and keys of its sites and location mentions: for constant-time checks. */
  held: Set<number>;
  siteKeys: Set<string>;
  mentionStarts: Set<number>;
  attackers: AttackerReading[];
  statements: Array<{ sentence: SentenceFacts; reading: StatementReading }>;
  lastParagraph: number;
}

/** Caps on adversarial input: no more incidents are opened past the first, no more readings kept past the second. */
const MAX_INCIDENTS = 64;
const MAX_READINGS = 128;

interface Reading {
  attackers: AttackerReading[];
  statements: StatementReading[];
}

/** Groups sentences into incidents (see the module comment). */
export function groupIncidents(
  text: string,
  sentences: readonly SentenceFacts[],
  entities: readonly Entity[],
  lex: PlaceLexicon,
  found?: { attackVerbs: readonly ScanMatch[]; blameWords: readonly ScanMatch[]; deedWords: readonly ScanMatch[] },
): IncidentGroup[] {
  const groups: IncidentGroup[] = [];
  const byKey = new Map<string, IncidentGroup[]>();
  const readings = new Map<number, Reading>();
  const focusAt = new Map<number, IncidentGroup | undefined>();
  const leftovers: SentenceFacts[] = [];
  let focus: IncidentGroup | undefined;
  let capitalKey: string | undefined;
  /** The town the text named last, for "the city" before any incident is open. */
  let lastTown: PlaceCandidate | undefined;
  const entityByGeonameId = new Map<number, Entity>();
  for (const e of entities) if (e.type === 'place' && e.geo?.geonameId !== undefined && e.geo.precision === 1) entityByGeonameId.set(e.geo.geonameId, e);

  let scan: AttributionScan | undefined;
  const read = (s: SentenceFacts): Reading => {
    let r = readings.get(s.index);
    if (!r) {
      scan ??= new AttributionScan(text, found);
      const input = { text, range: s.range, quotes: s.quotes, mentions: s.mentions, hedges: s.claim.hedges, bare: s.bare, scan };
      r = { attackers: readAttackers(input), statements: readStatements(input) };
      readings.set(s.index, r);
    }
    return r;
  };

  /** Turns "the Russian capital" or "the city" into a place (against the focus `at` the sentence), or drops it. */
  const resolve = (c: PlaceCandidate, at: IncidentGroup | undefined): PlaceCandidate | undefined => {
    if (c.kind !== 'deictic' || !c.deictic) return c;
    if (c.deictic.country) {
      const geo = capitalPlace(c.deictic.country);
      if (!geo) return undefined;
      const entity = geo.geonameId !== undefined ? entityByGeonameId.get(geo.geonameId) : undefined;
      const out: PlaceCandidate = { ...c, key: geoKey(entity?.geo ?? geo, entity?.id), name: entity?.canonical ?? geo.name, kind: 'city', geo: entity?.geo ?? geo };
      if (entity) out.entityId = entity.id;
      return out;
    }
    // "the Karvelian capital": the capital the report names with that adjective; a plain "the capital", the first it names.
    const named = c.deictic.adjective ? lex.capitals.get(nameStem(c.deictic.adjective)) : undefined;
    if (c.deictic.what === 'capital' && named) {
      const hit = byKey.get(`n:${foldName(named)}`)?.[0];
      if (hit) return { ...c, key: hit.location.key, name: hit.location.name, kind: 'city', ...(hit.location.geo ? { geo: hit.location.geo } : {}) };
      return { ...c, key: `n:${foldName(named)}`, name: named, kind: 'city' };
    }
    if (c.deictic.adjective && c.deictic.what === 'capital' && lex.capitals.size > 0) return undefined;
    const key = c.deictic.what === 'capital' ? (capitalKey ?? (lex.capital ? `n:${foldName(lex.capital)}` : undefined)) : undefined;
    // With nothing to say which, "the capital" is the town of the report's first incident (its lead).
    const lead = groups[0]?.location.kind === 'city' ? groups[0] : undefined;
    const target = key ? (byKey.get(key)?.[0] ?? at) : c.deictic.what === 'capital' ? (lead ?? at) : at;
    if (target && target.location.kind === 'city') {
      const out: PlaceCandidate = { ...c, key: target.location.key, name: target.location.name, kind: 'city' };
      if (target.location.geo) out.geo = target.location.geo;
      if (target.location.entityId) out.entityId = target.location.entityId;
      return out;
    }
    // No incident yet: the capital the report names ("the Karvelian capital Velmorsk"), else the town named last.
    if (c.deictic.what === 'capital' && lex.capital) return { ...c, key: `n:${foldName(lex.capital)}`, name: lex.capital, kind: 'city' };
    if (lastTown && c.deictic.what === 'city') return { ...c, key: lastTown.key, name: lastTown.name, kind: 'city', ...(lastTown.geo ? { geo: lastTown.geo } : {}), ...(lastTown.entityId ? { entityId: lastTown.entityId } : {}) };
    return undefined;
  };

  const locations = (s: SentenceFacts, at: IncidentGroup | undefined): { towns: PlaceCandidate[]; sites: PlaceCandidate[] } => {
    const towns: PlaceCandidate[] = [];
    const sites: PlaceCandidate[] = [];
    // "Tolvany … the first death in the city": with a town named, "the city" is that town; with
    // "the Tolvany region" named, "the city" is its seat.
    const named = s.places.some((p) => p.kind === 'city');
    const seat = s.places.find((p) => p.kind === 'region' && p.seatKey && !p.geo);
    for (const raw of s.places) {
      if (raw.kind === 'deictic' && raw.deictic?.what === 'city' && named) continue;
      if (raw.kind === 'deictic' && raw.deictic?.what === 'city' && seat) {
        towns.push({ ...raw, kind: 'city', key: seat.seatKey!, name: seat.name.replace(/ region$/u, '') });
        continue;
      }
      const c = resolve(raw, at);
      // A country-wide place ("over Karvelia", "in Ukraine") never opens an incident: the sentence reads as placeless.
      if (!c || c.kind === 'country') continue;
      if (c.kind === 'site') {
        sites.push(c);
        if (c.town) towns.push({ ...c, key: c.town.key, name: c.town.name, kind: 'city', ...(c.town.geo ? { geo: c.town.geo } : {}), score: c.score - 0.5 });
      } else towns.push(c);
      if (raw.kind === 'deictic' && raw.deictic?.what === 'capital' && !capitalKey) capitalKey = c.key;
    }
    // A town named outright comes before "the capital" at the same score.
    towns.sort((a, b) => b.score - a.score || Number(a.kind === 'city' && !!b.deictic) * -1 + Number(b.kind === 'city' && !!a.deictic) || a.range[0] - b.range[0]);
    return { towns, sites };
  };

  const placeFits = (g: IncidentGroup, c: PlaceCandidate): boolean => {
    const l = g.location;
    if (l.key === c.key || c.seatKey === l.key || (l.seatKey !== undefined && l.seatKey === c.key)) return true;
    if (foldName(l.name) === foldName(c.name)) return true;
    // A region that holds the town: same first-level division.
    if (c.kind === 'region' && c.geo?.admin1 && l.geo?.admin1 === c.geo.admin1) return true;
    return false;
  };

  const timeFits = (g: IncidentGroup, times: readonly TimeExpression[]) => times.every((t) => timesCompatible(g.date, t));

  const match = (s: SentenceFacts, towns: readonly PlaceCandidate[], ignoreTime = false): IncidentGroup | undefined => {
    let best: IncidentGroup | undefined;
    // Only the likeliest places of the sentence: "in the border city of Tolvany" outranks a town named as an actor.
    const top = towns[0]?.score ?? 0;
    for (const c of towns) {
      if (c.score < top - 0.5) break;
      for (const g of candidatesFor(c)) {
        if (!placeFits(g, c) || (!ignoreTime && !timeFits(g, s.eventTimes))) continue;
        if (g === focus) return g;
        if (!best || g.full.length + g.said.length > best.full.length + best.said.length) best = g;
      }
    }
    return best;
  };

  const candidatesFor = (c: PlaceCandidate): IncidentGroup[] => {
    const out = new Set<IncidentGroup>();
    for (const k of [c.key, c.seatKey, `n:${foldName(c.name)}`]) if (k) for (const g of byKey.get(k) ?? []) out.add(g);
    if (c.kind === 'region') for (const g of groups) out.add(g);
    return [...out];
  };

  const index = (g: IncidentGroup, key: string) => {
    const list = byKey.get(key) ?? [];
    if (!list.includes(g)) list.push(g);
    byKey.set(key, list);
  };

  const open = (s: SentenceFacts, c: PlaceCandidate): IncidentGroup => {
    const location: GroupLocation = { key: c.key, name: c.name, kind: c.kind, precision: c.precision, mentions: [c] };
    if (c.geo) location.geo = c.geo;
    if (c.entityId) location.entityId = c.entityId;
    if (c.seatKey) location.seatKey = c.seatKey;
    const g: IncidentGroup = {
      location,
      seed: s,
      full: [],
      said: [],
      sites: [],
      held: new Set(),
      siteKeys: new Set(),
      mentionStarts: new Set([c.range[0]]),
      attackers: [],
      statements: [],
      lastParagraph: s.paragraph,
    };
    const nearest = [...s.eventTimes].sort((a, b) => distance(a.range, c.range) - distance(b.range, c.range))[0];
    if (nearest) g.date = dateFromTime(nearest);
    groups.push(g);
    index(g, c.key);
    index(g, `n:${foldName(c.name)}`);
    if (c.seatKey) index(g, c.seatKey);
    return g;
  };

  const attach = (g: IncidentGroup, s: SentenceFacts, how: 'full' | 'said', towns: readonly PlaceCandidate[] = [], sites: readonly PlaceCandidate[] = []) => {
    if (g.held.has(s.index)) return;
    g.held.add(s.index);
    (how === 'full' ? g.full : g.said).push(s);
    g.lastParagraph = Math.max(g.lastParagraph, s.paragraph);
    if (how === 'full' && !g.date) {
      const t = s.eventTimes[0];
      if (t) g.date = dateFromTime(t);
    }
    for (const c of towns) {
      if (g.mentionStarts.has(c.range[0]) || !placeFits(g, c)) continue;
      g.mentionStarts.add(c.range[0]);
      if (g.location.mentions.length < 64) g.location.mentions.push(c);
      // Opened on "the Velmorsk region", told later "in Velmorsk": the town is the finer location.
      if (g.location.kind === 'region' && c.kind === 'city' && how === 'full') upgrade(g, c);
    }
    for (const c of sites) {
      if (g.siteKeys.has(c.key) || g.sites.length >= 32) continue;
      g.siteKeys.add(c.key);
      g.sites.push(c);
    }
    const r = read(s);
    // Bounded, so that checks against an incident's attackers stay cheap however long the report.
    for (const a of r.attackers) {
      if (g.attackers.length < MAX_READINGS && !g.attackers.some((x) => x.side.key === a.side.key && x.stance === a.stance && x.by === a.by && x.range[0] === a.range[0])) g.attackers.push(a);
    }
    for (const st of r.statements) if (g.statements.length < MAX_READINGS) g.statements.push({ sentence: s, reading: st });
  };

  const upgrade = (g: IncidentGroup, c: PlaceCandidate) => {
    const l = g.location;
    l.key = c.key;
    l.name = c.name;
    l.kind = c.kind;
    l.precision = c.precision;
    if (c.geo) l.geo = c.geo;
    else delete l.geo;
    if (c.entityId) l.entityId = c.entityId;
    else delete l.entityId;
    index(g, c.key);
    index(g, `n:${foldName(c.name)}`);
  };

  const near = (g: IncidentGroup | undefined, s: SentenceFacts): g is IncidentGroup => !!g && s.paragraph - g.lastParagraph <= 1 && s.paragraph >= g.seed.paragraph - 1;

  /** A statement that only blames, denies or refuses is about the incident whose accusation fits it. */
  const weighty = (r: Reading) => r.attackers.length > 0 || r.statements.some((x) => x.act !== 'reports');

  /** A blame of one side does not join an incident already blamed on another ("23 drones … blamed Dorvania" after the Tolvany strike). */
  const fitsBlame = (g: IncidentGroup, r: Reading): boolean => {
    const blamed = r.attackers.filter((a) => a.stance === 'blamed');
    if (blamed.length === 0) return true;
    const known = g.attackers.filter((a) => a.stance === 'blamed');
    if (known.length === 0) return true;
    return blamed.some((a) => known.some((k) => k.side.key === a.side.key));
  };

  const fitsDenial = (g: IncidentGroup, r: Reading): boolean => {
    if (!fitsBlame(g, r)) return false;
    const denials = r.statements.filter((x) => x.act === 'denies' && x.side);
    if (denials.length === 0) return true;
    const blamed = g.attackers.filter((a) => a.stance !== 'denied');
    if (blamed.length === 0) return true;
    return denials.some((d) => blamed.some((a) => a.side.key === d.side!.key));
  };

  /** The incident a blame or denial answers: one whose attacker is the side it names. */
  const answering = (r: Reading): IncidentGroup | undefined => {
    const denied = r.statements.find((x) => x.act === 'denies' && x.side);
    const blamed = r.attackers.find((a) => a.stance !== 'claimed');
    const side = denied?.side?.key ?? blamed?.side.key;
    if (!side) return undefined;
    const fits = groups.filter((g) => g.attackers.some((a) => a.side.key === side && (!denied || a.stance !== 'denied')));
    return fits.includes(focus!) ? focus : fits[fits.length - 1];
  };

  for (const s of sentences) {
    focusAt.set(s.index, focus);
    const { towns, sites } = locations(s, focus);
    const town = towns.find((t) => t.kind === 'city');
    if (town) lastTown = town;
    if (s.heading) focus = match(s, towns, true);
    const spanOnly = s.eventTimes.length === 0 && s.spanTimes.length > 0;
    if (s.eventful && s.usable && !s.habitual && !spanOnly) {
      const hit = match(s, towns);
      if (hit) {
        attach(hit, s, 'full', towns, sites);
        focus = hit;
        continue;
      }
      const best = towns[0];
      // A region named while the text is on a town it cannot be placed against: more about that town.
      if (best && best.kind === 'region' && !best.seatKey && near(focus, s) && timeFits(focus, s.eventTimes) && (!best.geo || !focus.location.geo)) {
        attach(focus, s, 'full', [], sites);
        continue;
      }
      const figures = s.numbers.some((n) => n.fact.category !== 'damaged-buildings');
      if (best && (s.eventTimes.length > 0 || figures) && groups.length < MAX_INCIDENTS) {
        // "… a depot in the border city of Tolvany. According to the governor of the Tolvany region, …":
        // a region named after the town the text has just named is that town, the finer location.
        const seatTown = best.kind === 'region' && best.seatKey && lastTown && !town && s.range[0] - lastTown.range[1] < 600 && (lastTown.key === best.seatKey || `n:${foldName(lastTown.name)}` === best.seatKey);
        focus = open(s, seatTown ? { ...lastTown!, range: best.range, score: best.score } : best);
        attach(focus, s, 'full', towns, sites);
        continue;
      }
      if (towns.length === 0) {
        const r = read(s);
        const answered = weighty(r) ? answering(r) : undefined;
        if (answered && timeFits(answered, s.eventTimes)) {
          attach(answered, s, 'full', towns, sites);
          continue;
        }
        if (near(focus, s) && timeFits(focus, s.eventTimes) && fitsDenial(focus, r)) {
          attach(focus, s, 'full', towns, sites);
          continue;
        }
      }
      leftovers.push(s);
      continue;
    }
    // A headline-style opinion line can still open an incident: a town, event words and a date.
    if (s.eventful && s.claim.kind === 'opinion' && !s.habitual && s.eventTimes.length > 0 && towns[0]?.kind === 'city' && !match(s, towns)) {
      if (groups.length < MAX_INCIDENTS) {
        focus = open(s, towns[0]);
        attach(focus, s, 'full', towns, sites);
      }
      continue;
    }
    // Statements and attributions: any sentence but a question, a forecast or a condition ("if confirmed");
    // what a modal holds back is kept, marked hedged.
    const kind = s.claim.kind;
    const readable = kind !== 'question' && kind !== 'prediction' && kind !== 'opinion' && !s.conditional && !(kind === 'speculation' && s.doubtful);
    if (readable && (s.quotes.length > 0 || s.eventful || s.bare !== undefined)) {
      const r = read(s);
      if (weighty(r)) {
        const hit = match(s, towns, true) ?? answering(r);
        if (hit && fitsDenial(hit, r)) {
          attach(hit, s, 'said', towns, sites);
          continue;
        }
        if (near(focus, s) && fitsDenial(focus, r)) {
          attach(focus, s, 'said', towns, sites);
          continue;
        }
        leftovers.push(s);
        continue;
      }
    }
    // Any other mention of an incident's place turns the text back to it.
    const mentioned = match(s, towns, true);
    if (mentioned) {
      focus = mentioned;
      mentioned.lastParagraph = Math.max(mentioned.lastParagraph, s.paragraph);
    }
  }

  // Second pass: lines before their incident opened (a headline), and denials answering a later accusation.
  for (const s of leftovers) {
    // "the city" in a line before any incident opened (a headline) means the first incident after it.
    const { towns, sites } = locations(s, focusAt.get(s.index) ?? groups.find((g) => g.seed.range[0] >= s.range[0]));
    const r = read(s);
    if (s.eventful && s.usable) {
      const hit = match(s, towns);
      if (hit) {
        attach(hit, s, 'full', towns, sites);
        continue;
      }
    }
    if (!weighty(r)) continue;
    const byPlace = match(s, towns, true);
    if (byPlace && fitsDenial(byPlace, r)) {
      attach(byPlace, s, 'said', towns, sites);
      continue;
    }
    const answered = answering(r);
    if (answered) {
      attach(answered, s, s.eventful && s.usable && !s.habitual ? 'full' : 'said', towns, sites);
      continue;
    }
    const was = focusAt.get(s.index);
    if (near(was, s) && fitsDenial(was, r)) attach(was, s, 'said', towns, sites);
  }
  return groups;
}

function distance(a: readonly [number, number], b: readonly [number, number]): number {
  return a[1] <= b[0] ? b[0] - a[1] : b[1] <= a[0] ? a[0] - b[1] : 0;
}

/**
 * Turns a group of sentences into an incident in ACLED's shape: the counts, casualties and damage
 * its figures give, its event type, target, attackers and statements, each with its spans.
 */
import type { Range } from '../../model/span.js';
import type { NumericFact } from '../numbers/numeric-types.js';
import type { GroupLocation, IncidentGroup } from './group-incidents.js';
import type { SideNames } from './incident-sides.js';
import type {
  CountCategory,
  Incident,
  IncidentAttacker,
  IncidentCasualties,
  IncidentCount,
  IncidentEventType,
  IncidentLocation,
  IncidentStatement,
} from './incident-types.js';
import { undatedIncident, timesCompatible } from './incident-times.js';
import type { SentenceFacts } from './read-sentences.js';
import { isWordCode, type Starts } from './sentence-matches.js';

const COUNT_CATEGORIES = new Set<string>(['launched', 'intercepted', 'shot-down', 'diverted', 'hit']);
const TARGET =
  /\b(?:targeting|targeted|target(?:s)?|struck|hit|hits|attack(?:s|ed)? on|strikes? on|fell on|came down on|damage to)\s+((?:the|a|an|its|their|his|her|several|two|three|some)\s+(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)(?=\s+(?:in|on|at|near|with|from|by|and|that|which|when|before|after|of|during|overnight|setting|killing|injuring|while)\b|\s*[,.;:—–)]|$)/iu;
const CLAUSE_STOP = /[,;:—–()“”"]/u;

/**
 * Where TARGET's first word can start (for `report-scan.ts`): a sentence holding none of these,
 * and not cut mid-word at its start, holds no target. Case-insensitive Unicode like TARGET, so ſ
 * and K fold as they do there.
 */
export const TARGET_WORD = {
  re: /\b(?:target|struck|hit|attack|strike|fell|came|damage)/gi,
  exact: /\b(?:target|struck|hit|attack|strike|fell|came|damage)/giu,
  prefixes: ['target', 'struck', 'hit', 'attack', 'strike', 'fell', 'came', 'damage'],
};

/** Builds the incident numbered `n` from its group. */
export function buildIncident(
  text: string,
  g: IncidentGroup,
  n: number,
  names: SideNames,
  published: { value: string } | undefined,
  targetWords?: Starts,
): Incident {
  const full = [...g.full].sort((a, b) => a.range[0] - b.range[0]);
  const all = [...full, ...g.said].sort((a, b) => a.range[0] - b.range[0]);
  const incident: Incident = {
    id: `i${n}`,
    date: g.date ? { ...g.date, evidence: dateEvidence(g, full) } : undatedIncident(published),
    location: location(g.location, g),
    eventType: 'other',
    counts: {},
    statements: statements(g),
    evidence: all.map((s) => s.range),
  };
  const type = eventType(full, g);
  incident.eventType = type.eventType;
  if (type.sub) incident.subEventType = type.sub;
  const counts = countsOf(full);
  incident.counts = counts;
  const casualties = casualtiesOf(full);
  if (casualties) incident.casualties = casualties;
  const damage = damageOf(text, full);
  if (damage.length > 0) incident.damage = damage;
  const target = targetOf(text, full, targetWords);
  if (target) incident.target = target;
  const attackers = attackersOf(g, names);
  if (attackers.length > 0) incident.attacker = attackers;
  const hedges = all.flatMap((s) => s.claim.hedges.filter((h) => h.range[0] >= s.range[0] && h.range[1] <= s.range[1]).map((h) => ({ kind: h.kind, text: h.text, range: h.range })));
  if (hedges.length > 0) incident.hedges = hedges;
  return incident;
}

function dateEvidence(g: IncidentGroup, full: readonly SentenceFacts[]): Range[] {
  const out: Range[] = [...(g.date?.evidence ?? [])];
  const seen = new Set(out.map((r) => r[0]));
  for (const s of full) {
    for (const t of s.eventTimes) {
      if (seen.has(t.range[0]) || !timesCompatible(g.date, t)) continue;
      seen.add(t.range[0]);
      out.push(t.range);
    }
  }
  return out;
}

function location(l: GroupLocation, g: IncidentGroup): IncidentLocation {
  // The finest the report gets: "in Velmorsk" beats "on the approaches to Velmorsk".
  const precision = least([...l.mentions.map((m) => (m.kind === 'city' || m.kind === 'site' ? m.precision : 3)), l.precision]) as 1 | 2 | 3;
  const out: IncidentLocation = { name: l.name, geoPrecision: precision, evidence: l.mentions.map((m) => m.range) };
  if (l.geo) out.geo = l.geo;
  if (l.entityId) out.entityId = l.entityId;
  const sites = g.sites.filter((s) => s.key !== l.key);
  if (sites.length > 0) {
    out.sites = sites.map((s) => {
      const site: NonNullable<IncidentLocation['sites']>[number] = { name: s.name, evidence: [s.range] };
      if (s.entityId) site.entityId = s.entityId;
      return site;
    });
  }
  return out;
}

function eventType(full: readonly SentenceFacts[], g: IncidentGroup): { eventType: IncidentEventType; sub?: string } {
  const weapons = new Map<string, number>();
  const actions = new Set<string>();
  for (const s of full) {
    for (const w of s.weapons) weapons.set(w.kind, (weapons.get(w.kind) ?? 0) + (s === g.seed ? 2 : 1));
    for (const a of s.actions) actions.add(a.kind);
    for (const n of s.numbers) if (n.fact.category === 'hit') actions.add('hit');
  }
  let weapon: string | undefined;
  let most = 0;
  for (const [w, c] of weapons) if (c > most) [weapon, most] = [w, c];
  const struck = actions.has('hit') || actions.has('damage') || actions.has('casualty');
  const attacked = actions.has('attack') || struck;
  const intercepted = actions.has('intercept');
  const sub = intercepted && struck ? 'intercepted, with damage' : intercepted ? 'intercepted' : struck ? 'hit' : undefined;
  const withSub = (eventType: IncidentEventType) => (sub ? { eventType, sub } : { eventType });
  if (weapon === 'artillery') return withSub('shelling');
  if (weapon === 'drone') return withSub(attacked ? 'drone-strike' : intercepted ? 'interception' : 'drone-strike');
  if (weapon === 'missile' || weapon === 'rocket') return withSub(attacked ? 'missile-strike' : intercepted ? 'interception' : 'missile-strike');
  if (weapon === 'bomb') return { eventType: 'other', sub: 'air strike' };
  if (intercepted) return withSub('interception');
  if (actions.has('explosion')) return withSub('explosion');
  if (actions.has('alert')) return { eventType: 'air-alert' };
  return withSub('other');
}

function countsOf(full: readonly SentenceFacts[]): Incident['counts'] {
  const out: Incident['counts'] = {};
  const cache = new Map<SentenceFacts, Means>();
  for (const s of full) {
    for (const { ref, fact } of s.numbers) {
      if (!COUNT_CATEGORIES.has(fact.category)) continue;
      if (fact.category === 'hit' && fact.countedClass !== 'weapons' && fact.countedClass !== 'targets') continue;
      const c: IncidentCount = { ref, value: fact.value, approx: fact.approx, counted: fact.counted, evidence: [fact.range] };
      if (fact.low !== undefined) c.low = fact.low;
      if (fact.high !== undefined) c.high = fact.high;
      const means = meansOf(s, fact, cache);
      if (means) c.means = means;
      const source = fact.source?.name ?? fact.source?.text;
      if (source) c.source = source;
      const cat = fact.category as CountCategory;
      (out[cat] ??= []).push(c);
    }
  }
  return out;
}

/** The system or means a figure was downed by: a weapon named in its sentence, or electronic warfare. */
function meansOf(s: SentenceFacts, fact: NumericFact, cache: Map<SentenceFacts, Means>): string | undefined {
  let means = cache.get(s);
  if (!means) {
    means = { ew: /\b(?:electronic warfare|jamm(?:ing|ed)|EW)\b/u.test(s.text), weapons: s.mentions.filter((m) => m.entity.type === 'weapon') };
    cache.set(s, means);
  }
  if (means.ew && (fact.category === 'diverted' || fact.category === 'shot-down' || fact.category === 'intercepted')) {
    if (fact.category === 'diverted' || /electronic warfare/iu.test(fact.cue?.text ?? '')) return 'electronic warfare';
  }
  if (fact.category !== 'shot-down' && fact.category !== 'intercepted') return undefined;
  const weapons = means.weapons;
  const after = weapons.find((m) => m.mention.range[0] >= fact.range[1]) ?? weapons[weapons.length - 1];
  return after?.entity.canonical;
}

interface Means {
  ew: boolean;
  weapons: SentenceFacts['mentions'];
}

function casualtiesOf(full: readonly SentenceFacts[]): IncidentCasualties | undefined {
  const killed: number[] = [];
  const killedHigh: number[] = [];
  const injured: number[] = [];
  const injuredHigh: number[] = [];
  const refs: number[] = [];
  const evidence: Range[] = [];
  const sources = new Set<string>();
  for (const s of full) {
    for (const { ref, fact } of s.numbers) {
      const isKilled = fact.category === 'killed';
      const isInjured = fact.category === 'injured';
      if (!isKilled && !isInjured) continue;
      if (fact.countedClass !== 'people' && fact.countedClass !== 'other') continue;
      const low = fact.low ?? fact.value;
      const high = fact.high ?? fact.value;
      // "no casualties": neither dead nor injured.
      const both = fact.value === 0 && /casualt/iu.test(fact.text);
      if (isKilled || both) {
        killed.push(low);
        killedHigh.push(high);
      }
      if (isInjured || both) {
        injured.push(low);
        injuredHigh.push(high);
      }
      refs.push(ref);
      evidence.push(fact.range);
      const source = fact.source?.name ?? fact.source?.text;
      if (source) sources.add(source);
    }
  }
  if (refs.length === 0) return undefined;
  const out: IncidentCasualties = { refs, evidence };
  if (killed.length > 0) out.killed = { low: least(killed), high: most(killedHigh), conservative: least(killed) };
  if (injured.length > 0) out.injured = { low: least(injured), high: most(injuredHigh) };
  if (sources.size > 0) out.sources = [...sources];
  return out;
}

/** Math.min over a list of any length (spreading a long list overflows the stack). */
function least(xs: readonly number[]): number {
  let m = Infinity;
  for (const x of xs) if (x < m) m = x;
  return m;
}

function most(xs: readonly number[]): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  return m;
}

/** The clause around an offset, cut at punctuation, within its sentence. */
function clause(text: string, s: SentenceFacts, from: number, to: number): Range {
  let a = from;
  while (a > s.range[0] && from - a < 160 && !CLAUSE_STOP.test(text[a - 1]!)) a--;
  let b = to;
  while (b < s.range[1] && b - to < 160 && !CLAUSE_STOP.test(text[b]!) && text[b] !== '.') b++;
  while (a < b && /\s/u.test(text[a]!)) a++;
  while (b > a && /\s/u.test(text[b - 1]!)) b--;
  return [a, b];
}

function damageOf(text: string, full: readonly SentenceFacts[]): NonNullable<Incident['damage']> {
  const out: NonNullable<Incident['damage']> = [];
  const seen: Range[] = [];
  const add = (r: Range, ref?: number) => {
    if (seen.some(([a, b]) => r[0] < b && a < r[1]) || out.length >= 12) return;
    seen.push(r);
    const d: NonNullable<Incident['damage']>[number] = { text: text.slice(r[0], r[1]), evidence: [r] };
    if (ref !== undefined) d.ref = ref;
    out.push(d);
  };
  for (const s of full) {
    for (const { ref, fact } of s.numbers) {
      if (fact.category === 'damaged-buildings' || (fact.category === 'hit' && fact.countedClass === 'buildings')) {
        add(clause(text, s, fact.range[0], Math.max(fact.range[1], fact.cue?.range[1] ?? 0)), ref);
      }
    }
    for (const a of s.actions) if (a.kind === 'damage') add(clause(text, s, a.range[0], a.range[1]));
  }
  return out;
}

function targetOf(text: string, full: readonly SentenceFacts[], words: Starts | undefined): Incident['target'] {
  for (const s of full) {
    const [from, to] = s.range;
    // The words TARGET starts with, found once for the report; a sentence cut mid-word is read anyway.
    if (words && !words.any(from, to) && !(from > 0 && isWordCode(text.charCodeAt(from - 1)))) continue;
    const m = TARGET.exec(s.text);
    if (!m) continue;
    const start = s.range[0] + m.index + m[0].length - m[1]!.length;
    const r: Range = [start, start + m[1]!.length];
    return { text: text.slice(r[0], r[1]), evidence: [r] };
  }
  return undefined;
}

function attackersOf(g: IncidentGroup, names: SideNames): IncidentAttacker[] {
  const out: IncidentAttacker[] = [];
  const byKey = new Map<string, { attacker: IncidentAttacker; starts: Set<number> }>();
  const locationSide = g.location.geo?.country;
  const push = (name: string, stance: IncidentAttacker['stance'], by: string | undefined, hedged: boolean, range: Range) => {
    const key = `${name}\u0000${stance}\u0000${by ?? ''}`;
    const same = byKey.get(key);
    if (same) {
      if (!same.starts.has(range[0]) && same.attacker.evidence.length < 32) {
        same.starts.add(range[0]);
        same.attacker.evidence.push(range);
      }
      return;
    }
    const a: IncidentAttacker = { name, stance, evidence: [range] };
    if (by) a.by = by;
    if (hedged) a.hedged = true;
    byKey.set(key, { attacker: a, starts: new Set([range[0]]) });
    out.push(a);
  };
  for (const a of g.attackers) {
    // A side does not attack its own town in its own words: "Russian air defence" over Moscow is no attacker.
    if (a.stance === 'blamed' && a.side.key === `cc:${locationSide}` && !a.by) continue;
    push(names.name(a.side), a.stance, a.by, a.hedged, a.range);
  }
  for (const { sentence, reading } of g.statements) {
    if (!reading.side) continue;
    if (reading.act === 'denies' && !out.some((a) => a.stance === 'denied' && a.by === reading.who) && out.length < 64) {
      push(names.name(reading.side), 'denied', reading.who, false, reading.range);
    }
    // A side confirming strikes on another country's town claims them.
    const foreign = locationSide && reading.side.key.startsWith('cc:') && reading.side.key !== `cc:${locationSide}`;
    const onEvent = sentence.actions.some((x) => x.kind === 'attack' || x.kind === 'hit');
    if ((reading.act === 'confirms' || reading.act === 'claims') && foreign && onEvent) push(names.name(reading.side), 'claimed', reading.who, false, reading.range);
  }
  return out;
}

function statements(g: IncidentGroup): IncidentStatement[] {
  const out: IncidentStatement[] = [];
  const seen = new Set<string>();
  const sorted = [...g.statements].sort((a, b) => a.reading.range[0] - b.reading.range[0]);
  for (const { sentence, reading } of sorted) {
    const key = reading.quoteId ?? `${reading.range[0]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const st: IncidentStatement = { who: reading.who, what: reading.act, evidence: [reading.range] };
    if (reading.speakerKind) st.speakerKind = reading.speakerKind;
    if (reading.verb) st.verb = reading.verb;
    if (reading.quoteId) st.quoteId = reading.quoteId;
    if (reading.via) st.via = reading.via;
    const t = sentence.statementTimes.find((x) => x.range[0] >= reading.range[0] - 60 && x.range[0] <= reading.range[1] + 60) ?? sentence.statementTimes[0];
    if (t) {
      const when: NonNullable<IncidentStatement['when']> = { text: t.text, resolution: t.resolution, evidence: t.range };
      if (t.interval) when.interval = { ...t.interval };
      st.when = when;
    }
    out.push(st);
  }
  return out;
}

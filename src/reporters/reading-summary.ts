/**
 * The reading summary `corroborate show` prints after a report's text: incidents, quotes, numbers
 * and claims, each line with its span offsets `[start–end]` and the words quoted, so a reader can
 * find every statement in the text above.
 */
import type { Claim } from '../analyze/claims/claim-types.js';
import type { Incident, IncidentCount } from '../analyze/incidents/incident-types.js';
import type { NumericFact } from '../analyze/numbers/numeric-types.js';
import type { Quote } from '../analyze/quotes/quote-types.js';
import type { CleanDocument } from '../model/document.js';
import type { Range } from '../model/span.js';

/** How to paint: identity when colour is off. */
export interface Painter {
  bold(s: string): string;
  dim(s: string): string;
}

const MAX_WORDS = 72;

function list<T>(v: unknown): T[] {
  return Array.isArray(v) ? (v as T[]) : [];
}

/** `[start–end] "the words"`, the words flattened and cut to a readable length. */
export function spanRef(text: string, r: Range, p: Painter): string {
  const words = text.slice(r[0], r[1]).replace(/\s+/g, ' ').trim();
  const shown = words.length > MAX_WORDS ? `${words.slice(0, MAX_WORDS - 1)}…` : words;
  return `${p.dim(`[${r[0]}–${r[1]}]`)} “${shown}”`;
}

function countLine(category: string, c: IncidentCount, text: string, p: Painter): string {
  const approx = c.approx === 'exact' ? '' : ` (${c.approx})`;
  const extra = [c.means, c.source && `per ${c.source}`].filter(Boolean).join('; ');
  return `${category} ${c.value}${approx} ${c.counted}${extra ? ` — ${extra}` : ''} ${spanRef(text, c.evidence[0]!, p)}`;
}

function incidentLines(i: Incident, text: string, p: Painter): string[] {
  const out: string[] = [];
  const loc = i.location;
  const where = [
    loc.name,
    loc.geo ? `${loc.geo.country}${loc.geo.admin1 ? ` ${loc.geo.admin1}` : ''} (${loc.geo.lat.toFixed(4)}, ${loc.geo.lon.toFixed(4)})` : 'not in the gazetteer',
    `geo-precision ${loc.geoPrecision}`,
  ].join(', ');
  out.push(`${p.bold(i.id)} ${p.bold(i.eventType)}${i.subEventType ? ` (${i.subEventType})` : ''} — ${where}${loc.evidence[0] ? ` ${spanRef(text, loc.evidence[0], p)}` : ''}`);
  if (loc.sites?.length) out.push(`   sites: ${loc.sites.map((s) => `${s.name} ${spanRef(text, s.evidence[0]!, p)}`).join('; ')}`);
  const d = i.date;
  const when = [
    d.interval ? `${d.interval.start} → ${d.interval.end}` : 'no interval',
    d.resolution,
    `time-precision ${d.timePrecision}`,
    d.timeOfDay ? [d.timeOfDay.part, d.timeOfDay.hour !== undefined ? `${d.timeOfDay.hour}:${String(d.timeOfDay.minute ?? 0).padStart(2, '0')}` : ''].filter(Boolean).join(' ') : '',
  ].filter(Boolean);
  out.push(`   when: ${when.join(' · ')}${d.evidence[0] ? ` ${spanRef(text, d.evidence[0], p)}` : ''}${d.note ? ` — ${d.note}` : ''}`);
  for (const [category, counts] of Object.entries(i.counts)) for (const c of counts ?? []) out.push(`   count: ${countLine(category, c, text, p)}`);
  const cas = i.casualties;
  if (cas) {
    const parts: string[] = [];
    if (cas.killed) parts.push(`killed ${cas.killed.low === cas.killed.high ? cas.killed.low : `${cas.killed.low}–${cas.killed.high}`} (conservative ${cas.killed.conservative})`);
    if (cas.injured) parts.push(`injured ${cas.injured.low === cas.injured.high ? cas.injured.low : `${cas.injured.low}–${cas.injured.high}`}`);
    out.push(`   casualties: ${parts.join(', ')}${cas.sources?.length ? ` — per ${cas.sources.join(', ')}` : ''} ${cas.evidence.map((r) => spanRef(text, r, p)).join(' ')}`);
  }
  for (const dmg of i.damage ?? []) out.push(`   damage: ${spanRef(text, dmg.evidence[0]!, p)}`);
  if (i.target) out.push(`   target: ${spanRef(text, i.target.evidence[0]!, p)}`);
  for (const a of i.attacker ?? []) {
    const who = a.by ? `by ${a.by}` : 'in the report’s own words';
    out.push(`   attacker: ${p.bold(a.name)} ${a.stance} ${who}${a.hedged ? ' (hedged)' : ''} ${spanRef(text, a.evidence[0]!, p)}`);
  }
  for (const s of i.statements) {
    const meta = [s.verb && `“${s.verb}”`, s.via, s.when && `on ${s.when.text}`].filter(Boolean).join(', ');
    out.push(`   says: ${s.who} ${s.what}${meta ? ` (${meta})` : ''}${s.quoteId ? ` ${p.dim(s.quoteId)}` : ''} ${spanRef(text, s.evidence[0]!, p)}`);
  }
  for (const h of i.hedges ?? []) out.push(`   hedge: ${h.kind} ${spanRef(text, h.range, p)}`);
  out.push(`   rests on ${i.evidence.length} sentence${i.evidence.length === 1 ? '' : 's'}: ${i.evidence.map((r) => p.dim(`[${r[0]}–${r[1]}]`)).join(' ')}`);
  return out;
}

function quoteLine(q: Quote, text: string, p: Painter): string {
  const sp = q.speaker;
  const who = sp.kind === 'none' ? 'no speaker' : `${sp.kind} ${sp.name ?? sp.description ?? ''}`.trim();
  const extra = [q.verb && `“${q.verb.lemma}”`, q.lang && `in ${q.lang}`, q.via?.text, sp.resolution && `speaker by ${sp.resolution}`, q.unclosed && 'unclosed'].filter(Boolean).join(', ');
  return `${p.bold(q.id)} ${q.kind} — ${who}${extra ? ` (${extra})` : ''}: ${spanRef(text, q.range, p)}`;
}

function numberLine(n: NumericFact, text: string, p: Painter): string {
  const value = n.low !== undefined && n.high !== undefined && n.low !== n.high ? `${n.low}–${n.high}` : `${n.value}`;
  const extra = [n.approx !== 'exact' && n.approx, n.unit, n.cue && `cue “${n.cue.text}”`, n.source && `per ${n.source.name ?? n.source.text}`].filter(Boolean).join(', ');
  return `${value} ${n.counted} · ${n.category}${extra ? ` (${extra})` : ''} ${spanRef(text, n.range, p)}`;
}

function claimLine(c: Claim, text: string, p: Painter): string {
  const hedges = c.hedges.map((h) => `${h.kind} ${spanRef(text, h.range, p)}`).join('; ');
  return `${c.kind} ${p.dim(`worth ${c.checkWorthiness.toFixed(2)}`)} ${spanRef(text, c.range, p)}${hedges ? `\n     hedges: ${hedges}` : ''}`;
}

/** The summary lines for a report (empty when no reading stage ran). */
export function readingSummary(doc: CleanDocument, p: Painter): string[] {
  const text = doc.text;
  const incidents = list<Incident>(doc.data.incidents);
  const quotes = list<Quote>(doc.data.quotes);
  const numbers = list<NumericFact>(doc.data.numbers);
  const claims = list<Claim>(doc.data.claims);
  const out: string[] = [];
  const section = (title: string, n: number) => out.push('', p.bold(`${title} (${n})`));
  section('Incidents', incidents.length);
  for (const i of incidents) out.push(...incidentLines(i, text, p).map((l) => `  ${l}`));
  section('Quotes', quotes.length);
  for (const q of quotes) out.push(`  ${quoteLine(q, text, p)}`);
  section('Numbers', numbers.length);
  for (const n of numbers) out.push(`  ${numberLine(n, text, p)}`);
  const byKind = new Map<string, number>();
  for (const c of claims) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
  section('Claims', claims.length);
  if (claims.length > 0) out.push(`  ${[...byKind].map(([k, n]) => `${k} ${n}`).join(' · ')}`);
  // Sentences of kind "other" without hedges say little; the rest are listed.
  for (const c of claims) if (c.kind !== 'other' || c.hedges.length > 0) out.push(`  ${claimLine(c, text, p)}`);
  const notes = doc.findings.filter((f) => f.ruleId === 'stage-coverage' || f.ruleId.endsWith('language-coverage'));
  if (notes.length > 0) {
    out.push('', p.bold('Notes'));
    for (const f of notes) out.push(`  ${f.message}`);
  }
  return out;
}

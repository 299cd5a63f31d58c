import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CleanDocument } from '../../src/model/document.js';
import { EXAMPLES_ROOT, analyzeExampleCorpus } from './example-corpus.js';
import type { Entity } from '../../src/analyze/entities/entity-types.js';
import type { Incident } from '../../src/analyze/incidents/incident-types.js';
import { incidentSpanProblems } from '../../src/analyze/incidents/incident-spans.js';

/** The reading-layer part of examples/expected.json (see examples/README.md). */
interface Facts {
  incidents?: string[];
  places?: string[];
  counts?: Array<{ incident: string; what: string; value: number; source: string }>;
  casualties?: Array<{ incident: string; killed: number | null; injured: number | null; source: string }>;
  blame?: Array<{ who: string; blames: string; incident: string }>;
  denials?: Array<{ who: string; denies?: string; declines?: string; claims?: string; incident: string }>;
  sameAs?: string;
}
interface Expected {
  key: string;
  language: string;
  kind: string;
  facts?: Facts;
}

const root = EXAMPLES_ROOT;
const truth = JSON.parse(readFileSync(`${root}expected.json`, 'utf8')) as { incidents: Record<string, { place: string }>; reports: Expected[] };
/** Incident id → the town it happened in: the first word of its place ("Velmorsk, capital of …" → Velmorsk). */
const TOWN = new Map(Object.entries(truth.incidents).map(([id, i]) => [id, /^\p{Lu}\p{L}+/u.exec(i.place)![0]]));


const docs = analyzeExampleCorpus({ places: true });
const read = (e: Expected) => e.language === 'en' && e.facts !== undefined && e.facts.sameAs === undefined;
const incidentsOf = (doc: CleanDocument) => doc.data.incidents as Incident[];
const at = (incidents: readonly Incident[], id: string) => incidents.find((i) => i.location.name === TOWN.get(id));

/** Tallies of what was found against what expected.json lists, printed when a share falls short. */
class Tally {
  private found = 0;
  private all = 0;
  readonly misses: string[] = [];
  add(ok: boolean, what: string): void {
    this.all++;
    if (ok) this.found++;
    else this.misses.push(what);
  }
  get share(): number {
    return this.all === 0 ? 1 : this.found / this.all;
  }
}

for (const e of truth.reports.filter(read)) {
  test(`example ${e.key}: incidents in ACLED's shape, with every span in the text`, async () => {
    const doc = (await docs).get(e.key);
    assert.ok(doc, `no report for ${e.key}`);
    const incidents = incidentsOf(doc);
    assert.deepEqual(incidentSpanProblems(doc.text, incidents), []);
    const facts = e.facts!;
    if (e.kind === 'commentary') {
      // Commentary with no figure, source or date: nothing to count, nobody blamed.
      for (const i of incidents) {
        assert.deepEqual(i.counts, {});
        assert.equal(i.casualties, undefined);
        assert.equal(i.attacker, undefined);
      }
      return;
    }
    const main = facts.incidents?.[0];
    if (main) assert.ok(at(incidents, main), `${main} at ${TOWN.get(main)} (found: ${incidents.map((i) => i.location.name).join(', ')})`);
    // Every incident has a date record (resolved, inferred or saying why not) and a place.
    for (const i of incidents) {
      assert.ok(i.location.name.length > 0);
      assert.ok(i.date.resolution === 'unresolved' ? i.date.interval === undefined : i.date.interval !== undefined, `${i.id} date`);
    }
  });
}

test('examples: incidents, blame and denials are found as expected.json lists them', async () => {
  const all = await docs;
  const incidents = new Tally();
  const blame = new Tally();
  const denials = new Tally();
  const declines = new Tally();
  for (const e of truth.reports.filter(read)) {
    if (e.kind === 'commentary') continue;
    const list = incidentsOf(all.get(e.key)!);
    for (const id of e.facts!.incidents ?? []) incidents.add(!!at(list, id), `${e.key}: ${id}`);
    for (const b of e.facts!.blame ?? []) {
      const i = at(list, b.incident);
      // Invented states: "Dorvania" is named "Dorvania", or by its adjective when the report never writes the noun.
      const stem = b.blames.slice(0, 6);
      blame.add(!!i?.attacker?.some((a) => a.stance === 'blamed' && a.name.startsWith(stem)), `${e.key}: ${b.who} blames ${b.blames}`);
    }
    for (const d of e.facts!.denials ?? []) {
      const i = at(list, d.incident);
      if (d.denies) denials.add(!!i?.attacker?.some((a) => a.stance === 'denied') && !!i.statements.some((s) => s.what === 'denies'), `${e.key}: ${d.who} denies`);
      if (d.declines) declines.add(!!i?.statements.some((s) => s.what === 'declines'), `${e.key}: ${d.who} declines`);
    }
  }
  assert.ok(incidents.share >= 0.9, `incidents ${incidents.share.toFixed(2)}: ${incidents.misses.join('; ')}`);
  assert.equal(blame.misses.length, 0, blame.misses.join('; '));
  assert.equal(denials.misses.length, 0, denials.misses.join('; '));
  assert.ok(declines.share >= 0.8, `refusals to comment ${declines.share.toFixed(2)}: ${declines.misses.join('; ')}`);
});

test('examples: key drone and missile counts and casualty figures reach their incidents', async () => {
  const all = await docs;
  const counts = new Tally();
  const casualties = new Tally();
  for (const e of truth.reports.filter(read)) {
    if (e.kind === 'commentary') continue;
    const list = incidentsOf(all.get(e.key)!);
    // Per report and incident: at least one of the weapon figures it states is among the incident's counts.
    const byIncident = new Map<string, number[]>();
    for (const c of e.facts!.counts ?? []) if (/drone|missile/u.test(c.what)) byIncident.set(c.incident, [...(byIncident.get(c.incident) ?? []), c.value]);
    for (const [id, values] of byIncident) {
      const got = Object.values(at(list, id)?.counts ?? {}).flatMap((l) => (l ?? []).map((c) => c.value));
      counts.add(values.some((v) => got.includes(v)), `${e.key}: ${id} ${values.join('/')} (have ${got.join('/')})`);
    }
    for (const c of e.facts!.casualties ?? []) {
      if (c.killed === null && c.injured === null) continue;
      const got = at(list, c.incident)?.casualties;
      const inRange = (n: number | null, r?: { low: number; high: number }) => n !== null && n > 0 && !!r && r.low <= n && n <= r.high;
      // One of the figures stated: the dead or the injured (a count that rises in the text is a range).
      casualties.add(inRange(c.killed, got?.killed) || inRange(c.injured, got?.injured), `${e.key}: ${c.incident} ${c.killed}/${c.injured} (have ${JSON.stringify({ k: got?.killed, i: got?.injured })})`);
    }
  }
  assert.ok(counts.share >= 0.85, `counts ${counts.share.toFixed(2)}: ${counts.misses.join('; ')}`);
  assert.ok(casualties.share >= 0.6, `casualties ${casualties.share.toFixed(2)}: ${casualties.misses.join('; ')}`);
});

test('examples: the real capitals named in passing are geocoded, the invented towns are incident places', async () => {
  const all = await docs;
  const REAL: Record<string, string> = { Vienna: 'AT', Helsinki: 'FI', Brussels: 'BE' };
  for (const e of truth.reports.filter(read)) {
    const doc = all.get(e.key)!;
    const entities = doc.data.entities as Entity[];
    for (const place of e.facts!.places ?? []) {
      const cc = REAL[place];
      if (cc) assert.ok(entities.some((x) => x.canonical === place && x.geo?.country === cc), `${e.key}: ${place} geocoded`);
    }
  }
});

test('examples: a German report says the incident cues are English instead of returning nothing silently', async () => {
  const all = await docs;
  for (const e of truth.reports.filter((r) => r.language !== 'en')) {
    const doc = all.get(e.key)!;
    assert.ok(
      doc.findings.some((f) => f.messageId === 'incidents-english-only'),
      `${e.key}: ${doc.findings.map((f) => f.messageId).join(', ')}`,
    );
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evidenceOf } from '../../model/span.js';
import type { AlignedFacet, FacetClaim, FacetKind, FacetValue, NumberValue } from '../align/facet-types.js';
import { corroborateFacets } from './corroborate-story.js';
import { crossReportFindings } from './cross-findings.js';
import type { CorroborationContext } from './facet-status.js';

// Invented reports about an invented night of drones over the town of Harrowgate.

interface Doc {
  id: string;
  published?: string;
  outlet: string;
  text: string;
  /** The report this one copies (same origin group). */
  copyOf?: string;
}

function ctxOf(docs: readonly Doc[]): CorroborationContext {
  const byId = new Map(docs.map((d, i) => [d.id, { d, i }]));
  return {
    originOf: (id) => byId.get(id)?.d.copyOf ?? id,
    report: (id) => {
      const e = byId.get(id);
      return e ? { ...(e.d.published ? { published: e.d.published } : {}), outlet: e.d.outlet, order: e.i } : undefined;
    },
  };
}

/** A claim whose evidence is the first sentence of the report holding `words`. */
function claim(doc: Doc, facet: string, kind: FacetKind, value: FacetValue, display: string, words: string, extra: Partial<FacetClaim> = {}): FacetClaim {
  const at = doc.text.indexOf(words);
  assert.ok(at >= 0, `"${words}" is in ${doc.id}`);
  return { facet, kind, docId: doc.id, incidentId: 'i1', value, display, evidence: [evidenceOf(doc.id, doc.text, at, at + words.length)], ...extra };
}

const n = (value: number, approx: NumberValue['approx'] = 'exact', more: Partial<NumberValue> = {}): NumberValue => ({ type: 'number', value, approx, ...more });

function facet(key: string, kind: FacetKind, claims: FacetClaim[]): AlignedFacet {
  return { key, kind, label: key, place: 'Harrowgate', claims };
}

const RIVERLINE: Doc = { id: 'r1', outlet: 'Riverline', published: '2026-06-02T07:10:00+01:00', text: 'About 30 drones were shot down over Harrowgate overnight, the garrison said.' };
const COASTAL: Doc = { id: 'c1', outlet: 'Coastal Courier', published: '2026-06-02T08:00:00+01:00', text: 'The garrison said 32 drones had been destroyed over the town.' };
const WIRE: Doc = { id: 'w1', outlet: 'Fenwire', published: '2026-06-02T06:30:00Z', text: 'HARROWGATE (Fenwire) — Twelve drones were shot down over Harrowgate, officials said.' };
const WIRE_COPY: Doc = { id: 'w2', outlet: 'Daily Lantern', published: '2026-06-02T07:45:00Z', copyOf: 'w1', text: 'HARROWGATE (Fenwire) — Twelve drones were shot down over Harrowgate, officials said. Fenwire' };

test('approximations agree: "about 30" and 32 corroborate each other; "more than 20" and 23; a range and a value inside it', () => {
  const docs = [RIVERLINE, COASTAL];
  const [v] = corroborateFacets(
    [facet('count:intercepted:drones@harrowgate', 'count', [claim(RIVERLINE, 'k', 'count', n(30, 'about'), 'about 30', 'About 30 drones'), claim(COASTAL, 'k', 'count', n(32), '32', '32 drones')])],
    ctxOf(docs),
  );
  assert.equal(v!.status, 'corroborated');
  assert.equal(v!.groups.length, 1);
  assert.equal(v!.groups[0]!.origins, 2);

  const a: Doc = { id: 'a', outlet: 'A', text: 'More than 20 people were hurt.' };
  const b: Doc = { id: 'b', outlet: 'B', text: 'Officials put the number of injured at 23.' };
  const c: Doc = { id: 'c', outlet: 'C', text: 'Between 20 and 25 people were hurt, doctors said.' };
  const [w] = corroborateFacets(
    [
      facet('casualties:injured@harrowgate', 'casualties', [
        claim(a, 'k', 'casualties', n(20, 'more-than'), 'more than 20', 'More than 20 people'),
        claim(b, 'k', 'casualties', n(23), '23', 'at 23'),
        claim(c, 'k', 'casualties', n(20, 'range', { low: 20, high: 25 }), '20–25', 'Between 20 and 25'),
      ]),
    ],
    ctxOf([a, b, c]),
  );
  assert.equal(w!.status, 'corroborated');
  assert.equal(w!.groups[0]!.origins, 3);
});

test('conflicting independent values contradict: both sides shown with their words, a finding on each report', () => {
  const docs = [WIRE, RIVERLINE];
  const [v] = corroborateFacets(
    [facet('count:intercepted:drones@harrowgate', 'count', [claim(WIRE, 'k', 'count', n(12), '12', 'Twelve drones'), claim(RIVERLINE, 'k', 'count', n(30, 'about'), 'about 30', 'About 30 drones')])],
    ctxOf(docs),
  );
  assert.equal(v!.status, 'contradicted');
  const displays = v!.groups.map((g) => [g.role, g.display, g.reports[0]!.evidence[0]!.quote]).sort();
  assert.deepEqual(displays.map((d) => d[1]).sort(), ['12', 'about 30']);
  assert.ok(v!.groups.some((g) => g.role === 'conflicting'));
  const findings = crossReportFindings([v!], 'story-x');
  // A conflict between equals: each side is contradicted by one independent report, with the other's words in `related`.
  assert.deepEqual(findings.map((f) => f.docId).sort(), ['r1', 'w1']);
  for (const f of findings) {
    assert.equal(f.ruleId, 'contradicted-claim');
    assert.match(f.message, /^claim contradicted by 1 independent report:/);
    assert.equal(f.related?.[0]?.docId, f.docId === 'r1' ? 'w1' : 'r1');
  }
});

test('copies do not corroborate each other, and count once against an independent report', () => {
  const docs = [WIRE, WIRE_COPY];
  const [alone] = corroborateFacets(
    [facet('count:intercepted:drones@harrowgate', 'count', [claim(WIRE, 'k', 'count', n(12), '12', 'Twelve drones'), claim(WIRE_COPY, 'k', 'count', n(12), '12', 'Twelve drones')])],
    ctxOf(docs),
  );
  assert.equal(alone!.status, 'single-source', 'a wire story and its copy are one origin');
  assert.equal(alone!.origins, 1);
  assert.equal(alone!.reports, 2);

  // Two reports (one origin) against one independent report: one against one, not two against one.
  const withOther = [WIRE, WIRE_COPY, COASTAL];
  const [v] = corroborateFacets(
    [
      facet('count:intercepted:drones@harrowgate', 'count', [
        claim(WIRE, 'k', 'count', n(12), '12', 'Twelve drones'),
        claim(WIRE_COPY, 'k', 'count', n(12), '12', 'Twelve drones'),
        claim(COASTAL, 'k', 'count', n(32), '32', '32 drones'),
      ]),
    ],
    ctxOf(withOther),
  );
  assert.equal(v!.status, 'contradicted');
  const wire = v!.groups.find((g) => g.display === '12')!;
  assert.equal(wire.origins, 1);
  assert.equal(wire.reports.length, 2);
  const coastal = crossReportFindings([v!], 's').filter((f) => f.docId === 'c1');
  assert.match(coastal[0]!.message, /contradicted by 1 independent report/);
});

test('a toll rising through the day is an update with its timeline, not a contradiction; a stale later repeat is fine', () => {
  const morning: Doc = { id: 'm', outlet: 'Morning Post', published: '2026-06-02T07:00:00+01:00', text: 'Two people were injured, the hospital said.' };
  const noon: Doc = { id: 'n', outlet: 'Noon Wire', published: '2026-06-02T12:30:00+01:00', text: 'The number of injured rose to five, the hospital said.' };
  const evening: Doc = { id: 'e', outlet: 'Evening Star', published: '2026-06-02T20:00:00+01:00', text: 'The toll rose to nine injured by the evening.' };
  const evening2: Doc = { id: 'e2', outlet: 'Valley Times', published: '2026-06-02T21:00:00+01:00', text: 'Nine people were injured in all, officials said.' };
  const late: Doc = { id: 'l', outlet: 'Late Digest', published: '2026-06-02T22:00:00+01:00', text: 'Two people were injured in the attack.' };
  const docs = [morning, noon, evening, evening2, late];
  const [v] = corroborateFacets(
    [
      facet('casualties:injured@harrowgate', 'casualties', [
        claim(morning, 'k', 'casualties', n(2), '2', 'Two people were injured'),
        claim(noon, 'k', 'casualties', n(5), '5', 'rose to five'),
        claim(evening, 'k', 'casualties', n(9), '9', 'rose to nine injured'),
        claim(evening2, 'k', 'casualties', n(9), '9', 'Nine people were injured'),
        claim(late, 'k', 'casualties', n(2), '2', 'Two people were injured'),
      ]),
    ],
    ctxOf(docs),
  );
  assert.equal(v!.status, 'corroborated', 'the latest value, nine, has two independent origins');
  assert.equal(v!.updated, true);
  assert.equal(v!.value, '9');
  assert.deepEqual(
    v!.groups.map((g) => [g.display, g.role, g.firstCarrier]),
    [
      ['2', 'earlier', 'm'],
      ['5', 'earlier', 'n'],
      ['9', 'current', 'e'],
    ],
  );
  assert.deepEqual(
    v!.timeline.map((t) => [t.docId, t.change]),
    [
      ['m', 'first'],
      ['n', 'rise'],
      ['e', 'rise'],
      ['e2', 'repeat'],
      ['l', 'repeat'],
    ],
  );
  assert.deepEqual(crossReportFindings([v!], 's'), []);
});

test('a later lower figure nobody gave before conflicts; so does an undated figure off the timeline', () => {
  const first: Doc = { id: 'f', outlet: 'First', published: '2026-06-02T07:00:00Z', text: 'Nine drones were shot down, the garrison said.' };
  const second: Doc = { id: 's', outlet: 'Second', published: '2026-06-02T09:00:00Z', text: 'Nine drones were shot down overnight.' };
  const lower: Doc = { id: 'x', outlet: 'Lower', published: '2026-06-02T11:00:00Z', text: 'Four drones were shot down overnight.' };
  const undated: Doc = { id: 'u', outlet: 'Undated', text: 'Fifty drones rained on the town.' };
  const docs = [first, second, lower, undated];
  const [v] = corroborateFacets(
    [
      facet('count:intercepted:drones@harrowgate', 'count', [
        claim(first, 'k', 'count', n(9), '9', 'Nine drones'),
        claim(second, 'k', 'count', n(9), '9', 'Nine drones'),
        claim(lower, 'k', 'count', n(4), '4', 'Four drones'),
        claim(undated, 'k', 'count', n(50), '50', 'Fifty drones'),
      ]),
    ],
    ctxOf(docs),
  );
  assert.equal(v!.status, 'contradicted');
  assert.equal(v!.value, '9');
  assert.deepEqual(v!.groups.filter((g) => g.role === 'conflicting').map((g) => g.display).sort(), ['4', '50']);
  const findings = crossReportFindings([v!], 's');
  assert.deepEqual(findings.map((f) => f.docId).sort(), ['u', 'x']);
  assert.match(findings.find((f) => f.docId === 'x')!.message, /contradicted by 2 independent reports/);
});

test('a later higher count from one source with no word of change is not taken as an update', () => {
  const first: Doc = { id: 'f', outlet: 'First', published: '2026-06-02T07:00:00Z', text: 'Nine drones were shot down, the garrison said.' };
  const second: Doc = { id: 's', outlet: 'Second', published: '2026-06-02T09:00:00Z', text: 'Nine drones were shot down overnight.' };
  const high: Doc = { id: 'h', outlet: 'High', published: '2026-06-02T12:00:00Z', text: 'Forty drones were shot down overnight.' };
  const [v] = corroborateFacets(
    [
      facet('count:intercepted:drones@harrowgate', 'count', [
        claim(first, 'k', 'count', n(9), '9', 'Nine drones'),
        claim(second, 'k', 'count', n(9), '9', 'Nine drones'),
        claim(high, 'k', 'count', n(40), '40', 'Forty drones'),
      ]),
    ],
    ctxOf([first, second, high]),
  );
  assert.equal(v!.status, 'contradicted');
  assert.equal(v!.updated, false);
  assert.equal(v!.groups.find((g) => g.role === 'conflicting')?.display, '40');
});

test('a lower bound ("a 64-year-old man") supports the toll it fits and never conflicts', () => {
  const a: Doc = { id: 'a', outlet: 'A', published: '2026-06-02T09:00:00Z', text: 'One person was killed, the governor said.' };
  const b: Doc = { id: 'b', outlet: 'B', published: '2026-06-02T10:00:00Z', text: 'A 41-year-old rail worker was killed.' };
  const [v] = corroborateFacets(
    [
      facet('casualties:killed@harrowgate', 'casualties', [
        claim(a, 'k', 'casualties', n(1), '1', 'One person was killed'),
        claim(b, 'k', 'casualties', n(1, 'at-least'), 'at least 1', 'A 41-year-old rail worker', { weak: true }),
      ]),
    ],
    ctxOf([a, b]),
  );
  assert.equal(v!.status, 'corroborated');
  assert.deepEqual(v!.groups.map((g) => g.role), ['current', 'compatible']);
  assert.deepEqual(crossReportFindings([v!], 's'), []);
});

test('dates: the consensus day wins; a stated date a year off conflicts (date-conflict); an inferred one off it does not', () => {
  const docs: Doc[] = [
    { id: 'a', outlet: 'A', published: '2026-06-02T07:00:00Z', text: 'Drones attacked Harrowgate overnight into Tuesday.' },
    { id: 'b', outlet: 'B', published: '2026-06-02T09:00:00Z', text: 'On Tuesday, June 2, drones attacked Harrowgate.' },
    { id: 'c', outlet: 'C', published: '2026-06-03', text: 'On June 2, 2025, drones attacked Harrowgate.' },
    { id: 'd', outlet: 'D', published: '2026-06-02T10:00:00Z', text: 'On Friday drones attacked Harrowgate.' },
  ];
  const days = (first: string, last: string, resolution: 'resolved' | 'inferred'): FacetValue => ({ type: 'days', first, last, resolution });
  const [v] = corroborateFacets(
    [
      facet('date@harrowgate', 'date', [
        claim(docs[0]!, 'k', 'date', days('2026-06-01', '2026-06-02', 'resolved'), '2026-06-01 – 2026-06-02', 'overnight into Tuesday'),
        claim(docs[1]!, 'k', 'date', days('2026-06-02', '2026-06-02', 'resolved'), '2026-06-02', 'On Tuesday, June 2'),
        claim(docs[2]!, 'k', 'date', days('2025-06-02', '2025-06-02', 'resolved'), '2025-06-02', 'On June 2, 2025'),
        claim(docs[3]!, 'k', 'date', days('2026-05-29', '2026-05-29', 'inferred'), '2026-05-29', 'On Friday', { weak: true }),
      ]),
    ],
    ctxOf(docs),
  );
  assert.equal(v!.value, '2026-06-02');
  assert.equal(v!.status, 'contradicted');
  const findings = crossReportFindings([v!], 's');
  assert.deepEqual(findings.map((f) => [f.ruleId, f.docId]), [['date-conflict', 'c']]);
  assert.match(findings[0]!.message, /^date conflicts with the story's consensus date: 2025-06-02 here, 2026-06-02 in 2 independent reports/);
  assert.equal(findings[0]!.related?.length, 2);
  assert.equal(v!.groups.find((g) => g.role === 'weak')?.reports[0]?.docId, 'd');
});

test('an attribution denied by the accused party is `denied`; one blamed by two origins and not denied is corroborated', () => {
  const a: Doc = { id: 'a', outlet: 'A', text: 'The defence ministry blamed Norland for the attack.' };
  const b: Doc = { id: 'b', outlet: 'B', text: 'Norland denied any part in the attack.' };
  const c: Doc = { id: 'c', outlet: 'C', text: 'Officials blamed Norland.' };
  const blamed = (by: string): FacetValue => ({ type: 'attribution', party: 'Norland', stance: 'blamed', by });
  const [denied, agreed] = corroborateFacets(
    [
      facet('attribution:norland@harrowgate', 'attribution', [
        claim(a, 'k', 'attribution', blamed('defence ministry'), 'Norland blamed', 'blamed Norland'),
        claim(b, 'k', 'attribution', { type: 'attribution', party: 'Norland', stance: 'denied', by: 'Norland' }, 'Norland denied', 'Norland denied'),
      ]),
      facet('attribution:norland@elsewhere', 'attribution', [
        claim(a, 'k', 'attribution', blamed('defence ministry'), 'Norland blamed', 'blamed Norland'),
        claim(c, 'k', 'attribution', blamed('officials'), 'Norland blamed', 'blamed Norland'),
      ]),
    ],
    ctxOf([a, b, c]),
  );
  assert.equal(denied!.status, 'denied');
  assert.deepEqual(denied!.groups.map((g) => g.role), ['current', 'denial']);
  assert.equal(agreed!.status, 'corroborated');
});

test('a figure with no stated fate is checked against the counts for the same place or a wider area', () => {
  const ministry: Doc = { id: 'm', outlet: 'M', published: '2026-06-02T08:00:00Z', text: 'The ministry said 23 drones were destroyed over the country.' };
  const mayor: Doc = { id: 'y', outlet: 'Y', published: '2026-06-02T06:00:00Z', text: 'The mayor said seven drones were downed over the town.' };
  const loud: Doc = { id: 'l', outlet: 'Loud', text: '50 DRONES SMASH HARROWGATE' };
  const sober: Doc = { id: 's', outlet: 'Sober', text: 'Twenty-three drones took part in the attack.' };
  const docs = [ministry, mayor, loud, sober];
  const country = facet('count:intercepted:drones@harrowgate/country', 'count', [claim(ministry, 'k', 'count', n(23), '23', '23 drones')]);
  const town = facet('count:intercepted:drones@harrowgate', 'count', [claim(mayor, 'k', 'count', n(7), '7', 'seven drones')]);
  const loudFacet = facet('count:unspecified:drones@harrowgate', 'count', [claim(loud, 'k', 'count', n(50), '50', '50 DRONES')]);
  const [, , v] = corroborateFacets([country, town, loudFacet], ctxOf(docs));
  assert.equal(v!.status, 'contradicted');
  assert.deepEqual(v!.groups.map((g) => [g.role, g.display]), [['conflicting', '50'], ['reference', '23'], ['reference', '7']]);
  const f = crossReportFindings([v!], 's');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /contradicted by 2 independent reports: .* 50 here, 23 \/ 7 there/);

  const soberFacet = facet('count:unspecified:drones@harrowgate', 'count', [claim(sober, 'k', 'count', n(23), '23', 'Twenty-three drones')]);
  const [, , w] = corroborateFacets([country, town, soberFacet], ctxOf(docs));
  assert.equal(w!.status, 'corroborated', '23 is the ministry\'s count');
});

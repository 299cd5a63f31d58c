import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReportPipeline } from '../pipeline.js';
import { prepareAnalysis } from '../prepare.js';
import { startDocument } from '../../run/report-runner.js';
import type { ReportDocument } from '../../model/document.js';
import { incidentSpanProblems } from './incident-spans.js';
import type { Incident } from './incident-types.js';

/** Invented reports about invented places, read through the whole pipeline. */
async function read(text: string, published?: string): Promise<{ doc: ReportDocument; incidents: Incident[] }> {
  await prepareAnalysis();
  const doc = createReportPipeline().run(
    startDocument({
      id: 'fixture',
      source: { kind: 'file', location: 'fixture.txt', fetchedAt: '2026-02-16T08:00:00Z' },
      format: 'text',
      raw: text,
      given: published ? { published } : {},
    }),
  );
  const incidents = doc.data.incidents as Incident[];
  assert.deepEqual(incidentSpanProblems(doc.text ?? '', incidents), []);
  return { doc, incidents };
}

const words = (doc: ReportDocument, r: readonly [number, number]) => (doc.text ?? '').slice(r[0], r[1]);

const MAROVKA = `Drones hit Marovka overnight, two injured

Air defence units shot down nine drones over Marovka overnight, the regional governor, Tomas Verlin, said on Sunday. Debris from one drone struck a warehouse in the Lisec district, setting it on fire, and two people were injured.

Three more drones were diverted by electronic warfare, the Defence Ministry said. The ministry blamed the Ostavian army for the attack. Ostavia's Foreign Ministry rejected the accusation.

In a separate attack, a missile struck a grain silo near the town of Keldova on Saturday evening, killing one man, police said.
`;

test('two incidents in one report: a drone attack on a town and a missile strike near another', async () => {
  const { doc, incidents } = await read(MAROVKA, '2026-02-15');
  assert.equal(incidents.length, 2, JSON.stringify(incidents.map((i) => i.location.name)));
  const [marovka, keldova] = incidents as [Incident, Incident];

  assert.equal(marovka.location.name, 'Marovka');
  assert.equal(marovka.location.geoPrecision, 1);
  assert.ok(marovka.location.sites?.some((s) => s.name === 'Lisec district'), 'the district is a site in the town');
  assert.equal(marovka.eventType, 'drone-strike');
  assert.equal(marovka.date.text, 'overnight');
  assert.equal(marovka.date.timePrecision, 1);
  assert.deepEqual(marovka.date.interval, { start: '2026-02-14T21:00', end: '2026-02-15T06:00' });
  assert.deepEqual(marovka.counts['shot-down']?.map((c) => c.value), [9]);
  const diverted = marovka.counts.diverted?.[0];
  assert.equal(diverted?.value, 3);
  assert.equal(diverted?.means, 'electronic warfare');
  assert.equal(diverted?.source, 'Defence Ministry');
  assert.deepEqual(marovka.casualties?.injured, { low: 2, high: 2 });
  assert.equal(marovka.casualties?.killed, undefined);
  assert.ok(marovka.damage?.some((d) => /warehouse/u.test(d.text)), 'damage to the warehouse');
  assert.deepEqual(
    marovka.attacker?.map((a) => [a.name, a.stance]),
    [
      ['Ostavia', 'blamed'],
      ['Ostavia', 'denied'],
    ],
  );
  assert.match(marovka.attacker?.[1]?.by ?? '', /Ostavia's Foreign Ministry/u);
  const governor = marovka.statements.find((s) => s.who === 'Tomas Verlin');
  assert.equal(governor?.when?.text, 'Sunday', 'the governor spoke on Sunday; the attack was overnight');
  assert.ok(marovka.statements.some((s) => s.what === 'blames'));
  assert.ok(marovka.statements.some((s) => s.what === 'denies'));

  assert.equal(keldova.location.name, 'Keldova');
  assert.equal(keldova.location.geoPrecision, 2, '"near the town of" is ACLED geo-precision 2');
  assert.equal(keldova.eventType, 'missile-strike');
  assert.equal(keldova.date.text, 'Saturday evening');
  assert.equal(keldova.date.resolution, 'inferred');
  assert.match(keldova.date.note ?? '', /Saturday/u);
  assert.deepEqual(keldova.casualties?.killed, { low: 1, high: 1, conservative: 1 });
  assert.equal(keldova.target?.text, 'a grain silo');
  assert.equal(words(doc, keldova.evidence[0]!).startsWith('In a separate attack'), true);
});

test('without a publication date, a weekday stays unresolved and an undated incident says so', async () => {
  const { incidents } = await read(
    `A drone struck an apartment block in Pelvora early on Tuesday, injuring three residents, the mayor said.\n\nIt was the second attack on the town this month.\n`,
  );
  assert.equal(incidents.length, 1);
  const [i] = incidents as [Incident];
  assert.equal(i.location.name, 'Pelvora');
  assert.equal(i.date.resolution, 'unresolved');
  assert.equal(i.date.interval, undefined);
  assert.match(i.date.text ?? '', /Tuesday/u);
  assert.deepEqual(i.casualties?.injured, { low: 3, high: 3 });
});

test('a denial later in the report joins the incident whose accusation it answers', async () => {
  const { incidents } = await read(
    [
      'Five drones were shot down over Dranvik overnight, the city administration said on Monday.',
      'The Defence Ministry blamed the Belmarian military.',
      'In Tarsk, a separate blast damaged a bridge on Sunday night; police said a gas leak was the likely cause.',
      'Belmaria has not launched any drones, its foreign ministry spokesman Ivo Dranic told reporters.',
    ].join('\n\n'),
    '2026-02-16',
  );
  const ravno = incidents.find((i) => i.location.name === 'Dranvik');
  assert.ok(ravno, 'Dranvik incident');
  assert.ok(ravno.attacker?.some((a) => a.name === 'Belmaria' && a.stance === 'blamed'));
  assert.ok(ravno.attacker?.some((a) => a.name === 'Belmaria' && a.stance === 'denied'), JSON.stringify(ravno.attacker));
  const tarsk = incidents.find((i) => i.location.name === 'Tarsk');
  assert.ok(!tarsk?.attacker?.length, 'the blast in Tarsk is blamed on nobody');
});

test('commentary without a place, a date or a figure gives no incident', async () => {
  const { incidents } = await read(
    `What does the night of drones mean? Perhaps nothing. The attacks could escalate, and the government may have to respond. Many wonder whether strikes like these will become routine.\n`,
  );
  assert.deepEqual(incidents, []);
});

test('a report in another language carries a note that the incident cues are English', async () => {
  const { doc } = await read(
    `Drohnenangriff auf Marovka: Die Luftabwehr hat in der Nacht neun Drohnen abgeschossen, sagte der Gouverneur am Sonntag. Zwei Menschen wurden verletzt, ein Lagerhaus brannte aus.\n\nDas Verteidigungsministerium machte die Armee des Nachbarlandes verantwortlich. Das Außenministerium in Ostava wies die Vorwürfe zurück.\n`,
  );
  assert.ok(doc.findings.some((f) => f.ruleId === 'stage-coverage' && f.messageId === 'incidents-english-only'));
});

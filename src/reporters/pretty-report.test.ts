import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReportPipeline } from '../analyze/pipeline.js';
import { prepareAnalysis } from '../analyze/prepare.js';
import { startDocument } from '../run/report-runner.js';
import { isClean, type CleanDocument } from '../model/document.js';
import { prettyReport } from './pretty-report.js';

/** An invented report with a cut, a foreign-language quote, figures, a blame and a denial. */
const RAW = `Drones hit Marovka overnight, two injured

Air defence units shot down nine drones over Marovka overnight, the regional governor, Tomas Verlin, said on Sunday. Debris from one drone struck a warehouse in the Lisec district, setting it on fire, and two people were injured.

The ministry blamed the Ostavian army for the attack, which it said could have been far worse. Ostavia's Foreign Ministry rejected the accusation. "Wir haben damit nichts zu tun und werden uns nicht provozieren lassen", the Ostavian ambassador told a German newspaper.

Share this story
`;

async function doc(): Promise<CleanDocument> {
  await prepareAnalysis();
  const d = createReportPipeline().run(
    startDocument({ id: 'fixture', source: { kind: 'file', location: 'fixture.txt', fetchedAt: '2026-02-16T08:00:00Z' }, format: 'text', raw: RAW, given: { published: '2026-02-15' } }),
  );
  assert.ok(isClean(d));
  return d;
}

// eslint-disable-next-line no-control-regex
const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

test('show keeps the text with cuts and foreign spans marked, then the reading with offsets that quote the text', async () => {
  const d = await doc();
  const out = prettyReport(d, { color: false });
  assert.doesNotMatch(out, /\x1b\[/u, 'no colour codes without colour');
  assert.match(out, /⟦cut: share-line — Share this story⟧/u);
  assert.match(out, /⟦de:Wir haben damit nichts zu tun/u);
  assert.match(out, /^Incidents \(1\)$/mu);
  assert.match(out, /i1 drone-strike .*Marovka, not in the gazetteer, geo-precision 1/u);
  assert.match(out, /when: 2026-02-14T21:00 → 2026-02-15T06:00 · resolved · time-precision 1/u);
  assert.match(out, /count: shot-down 9 drones/u);
  assert.match(out, /casualties: injured 2/u);
  assert.match(out, /attacker: Ostavia blamed by ministry \[/u, 'the modal after the blame does not hedge it');
  assert.match(out, /attacker: Ostavia denied by Ostavia's Foreign Ministry/u);
  assert.match(out, /q4 direct — anonymous the Ostavian ambassador \(“tell”, in de/u);
  assert.match(out, /hedges: modal \[\d+–\d+\] “could have”/u);
  // Every [start–end] “words” pair quotes the cleaned text at those offsets.
  const refs = [...out.matchAll(/\[(\d+)–(\d+)\] “([^”]*)”/gu)];
  assert.ok(refs.length > 20, `${refs.length} span references`);
  for (const [, a, b, words] of refs) {
    const actual = d.text.slice(Number(a), Number(b)).replace(/\s+/g, ' ').trim();
    assert.ok(words!.endsWith('…') ? actual.startsWith(words!.slice(0, -1)) : actual === words, `[${a}–${b}] “${words}” vs “${actual}”`);
  }
});

test('with colour, highlights only add codes: the words are those of the plain rendering', async () => {
  const d = await doc();
  const plain = prettyReport(d, { color: false });
  const painted = prettyReport(d, { color: true });
  const marksOnly = prettyReport(d, { color: true, highlight: false });
  assert.equal(stripAnsi(painted), plain);
  assert.equal(stripAnsi(marksOnly), plain);
  const body = (s: string) => s.slice(s.indexOf('Air defence'), s.indexOf('Incidents ('));
  // Numbers bold cyan, people blue, quotes italic, hedges underlined red: in the text only when highlighting.
  assert.match(body(painted), /\x1b\[1;36mnine drones\x1b\[0m/u);
  assert.match(body(painted), /\x1b\[34mTomas Verlin\x1b\[0m/u);
  assert.match(body(painted), /\x1b\[3;4;31mcould have\x1b\[0m/u);
  assert.doesNotMatch(body(marksOnly), /\x1b\[(?:1;36|34|3;33)m/u);
  assert.match(body(marksOnly), /\x1b\[33m⟦cut: share-line/u);
});

test('a report read before the reading stages existed still shows, with empty sections', async () => {
  const d = await doc();
  const old: CleanDocument = { ...d, data: {} };
  const out = prettyReport(old, { color: false });
  assert.match(out, /^Incidents \(0\)$/mu);
  assert.match(out, /^Quotes \(0\)$/mu);
  assert.ok(out.includes('Air defence units shot down nine drones'));
});

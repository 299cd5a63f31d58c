import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSignal } from '../../core/signal.js';
import { testSignal, type SignalCase } from '../signal-tester.js';
import { exampleDocument, readText, seedDocument } from '../test-documents.js';
import { hedgedUnverified, type HedgedUnverifiedOptions } from './index.js';
import { findUnverifiedMarkers } from './unverified-markers.js';

const HEDGED = await readText(
  'Dam on the Orsk river said to be cracked\n\n' +
    'Photos shared on Tuesday appear to show a crack running along the Orsk dam wall. ' +
    'The images could not be independently verified. ' +
    'If confirmed, the damage would be the worst to the dam since it was built. ' +
    'Unconfirmed reports said villages downstream were told to prepare to leave.',
);
const ONE = await readText(
  'Storm cuts power to Halden valley\n\n' +
    'About 4,000 homes in the Halden valley lost power on Sunday after a storm brought down lines, the utility Vestnett said. ' +
    'The Herald could not independently verify the figure. Crews expect to restore supply by Monday evening.',
);
const PLAIN = await readText(
  'Halden bridge reopens\n\n' +
    'The Halden bridge reopened to traffic on Friday after six weeks of repairs, the county roads office said. ' +
    'Engineer Maren Solvik said the new bearings had passed every load test.',
);
// Silence of a source is not the report's own caveat.
const SILENT = await readText(
  'Halden mine closure\n\n' +
    'The Halden copper mine will close in June, its owner said on Thursday. ' +
    'It is unclear how many of the 300 workers will be moved to other sites. The union declined to comment.',
);

const seed000 = await seedDocument('000');
const seed001 = await seedDocument('001');
const wire = await exampleDocument('wire.jsonl', 'karvelia-drones-velmorsk-2026-03-14');
const german = await exampleDocument('archive.warc.gz', 'ringstrassen-zeitung');

type Case = SignalCase<HedgedUnverifiedOptions>;
const present = (cases: Array<Case | false>): Case[] => cases.filter((c): c is Case => c !== false);

testSignal(hedgedUnverified, {
  valid: present([
    { name: 'a report that vouches for what it tells', doc: PLAIN },
    { name: '"it is unclear" and "declined to comment" are not caveats of the report', doc: SILENT },
    seed001 !== undefined && { name: 'seed 001', doc: seed001 },
    german !== undefined && { name: 'a German report is not read with English phrasings', doc: german },
  ]),
  invalid: present([
    {
      name: 'images not verified, "if confirmed", unconfirmed reports',
      doc: HEDGED,
      errors: [{ messageId: 'unverified', quotes: ['could not be independently verified', 'If confirmed', 'Unconfirmed'] }],
    },
    { name: 'one routine wire caveat', doc: ONE, errors: [{ messageId: 'unverified', quotes: ['could not independently verify'] }] },
    seed000 !== undefined && {
      name: 'seed 000',
      doc: seed000,
      errors: [{ messageId: 'unverified', quotes: ['remain difficult to independently verify', 'If confirmed', 'independent verification continues'] }],
    },
    wire !== undefined && { name: 'example wire story', doc: wire, errors: [{ messageId: 'unverified', quotes: ['could not independently verify'] }] },
  ]),
});

test('one caveat is a note, several a warning, and each marker keeps its kind and sentence', () => {
  const [one] = runSignal(hedgedUnverified, ONE);
  assert.equal(one?.severity, 'info');
  const [many] = runSignal(hedgedUnverified, HEDGED);
  assert.equal(many?.severity, 'warning');
  assert.deepEqual(many?.data?.kinds, ['not-verified', 'if-confirmed', 'unconfirmed']);
  const list = many?.data?.list as Array<{ kind: string; sentence: string }>;
  assert.equal(list[1]?.sentence, 'If confirmed, the damage would be the worst to the dam since it was built.');
  assert.equal(many?.message, 'the report marks 3 of its statements as unverified: "could not be independently verified", "If confirmed", "Unconfirmed"');
});

test('the markers cover the usual phrasings and ignore near misses', () => {
  const found = (s: string) => findUnverifiedMarkers(s, []).map((m) => [m.kind, m.text]);
  assert.deepEqual(found("We couldn't confirm the account."), [['not-verified', "couldn't confirm"]]);
  assert.deepEqual(found('The claim has not been independently verified.'), [['not-verified', 'has not been independently verified']]);
  assert.deepEqual(found('Reporters were unable to verify the footage.'), [['not-verified', 'were unable to verify']]);
  assert.deepEqual(found('The toll remains difficult to verify.'), [['hard-to-verify', 'remains difficult to verify']]);
  assert.deepEqual(found('Should it be confirmed, talks would end.'), [['if-confirmed', 'Should it be confirmed']]);
  assert.deepEqual(found('The ministry confirmed the figure. He was verified as the owner? No: if so, fine.'), []);
  assert.deepEqual(found('The ministry did not confirm the figure.'), []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSignal } from '../../core/signal.js';
import { testSignal, type SignalCase } from '../signal-tester.js';
import { exampleDocument, readText, seedDocument } from '../test-documents.js';
import { anonymousSourcing, type AnonymousSourcingOptions } from './index.js';

const UNNAMED = await readText(
  'Port of Talmer fire: investigators look at wiring\n\n' +
    'A fire destroyed a warehouse at the port of Talmer on Tuesday night. ' +
    '"The wiring in that building was decades old," said a senior port official who spoke on condition of anonymity because he was not authorised to speak to the press. ' +
    'Two firefighters familiar with the investigation said the blaze began in the loading bay. ' +
    'Insurance analysts say the losses could run into millions. ' +
    'Harbour master Ilse Verhoven said the port would reopen on Thursday.',
);
const NAMED = await readText(
  'Port of Talmer reopens after warehouse fire\n\n' +
    'The port of Talmer reopened on Thursday, two days after a fire destroyed a warehouse, harbour master Ilse Verhoven said. ' +
    '"We lost one building and no people," Verhoven told reporters. ' +
    'Fire chief Anton Graslund said the blaze began in the loading bay. ' +
    'The Talmer Port Authority said in a statement that cargo would be moved to the east quay. ' +
    'A dock worker said the smoke could be seen across the bay.',
);
const NO_QUOTES = await readText('Talmer ferry timetable\n\nFerries leave Talmer for the islands at 7:10 and 15:40 every day except Sunday.');

const seed000 = await seedDocument('000');
const seed001 = await seedDocument('001');
const wire = await exampleDocument('wire.jsonl', 'karvelia-drones-velmorsk-2026-03-14');

type Case = SignalCase<AnonymousSourcingOptions>;
const present = (cases: Array<Case | false>): Case[] => cases.filter((c): c is Case => c !== false);

testSignal(anonymousSourcing, {
  valid: present([
    { name: 'named officials, one unnamed dock worker', doc: NAMED },
    { name: 'no attributions at all', doc: NO_QUOTES },
    { name: 'a stricter share than the report reaches', doc: UNNAMED, options: { minShare: 0.8 } },
    { name: 'fewer unnamed sources than asked for', doc: UNNAMED, options: { minAnonymous: 4 } },
    seed001 !== undefined && { name: 'seed 001: mostly named ministers and spokesmen', doc: seed001 },
    wire !== undefined && { name: 'example wire story: mayor, ministry, health department by name', doc: wire },
  ]),
  invalid: present([
    {
      name: 'three unnamed sources of four attributions',
      doc: UNNAMED,
      errors: [
        {
          messageId: 'anonymous-share',
          quotes: [
            'a senior port official who spoke on condition of anonymity because he was not authorised to speak to the press',
            'Two firefighters familiar with the investigation',
            'Insurance analysts',
          ],
        },
      ],
    },
    seed000 !== undefined && { name: 'seed 000: analysts, officials and diplomats without names', doc: seed000, errors: [{ messageId: 'anonymous-share' }] },
  ]),
});

test('the finding counts attributions once and says which sources gave a reason for anonymity', () => {
  const [f] = runSignal(anonymousSourcing, UNNAMED);
  assert.ok(f);
  assert.equal(f.severity, 'warning');
  assert.equal(f.data?.anonymous, 3);
  assert.equal(f.data?.attributions, 4);
  assert.equal(f.data?.explicit, 1);
  assert.match(f.message, /^3 of 4 attributions rest on unnamed sources \(75%\), e\.g\. "a senior port official who spoke on condition…", "Two firefighters familiar with the investigation"/);
});

test('seed 000 rests on at least four unnamed sources, each quoted as written', (t) => {
  if (!seed000) return t.skip('../shared/data/seeds absent');
  const [f] = runSignal(anonymousSourcing, seed000);
  assert.ok(f);
  assert.ok((f.data?.anonymous as number) >= 4, `only ${f.data?.anonymous} unnamed`);
  const quotes = f.evidence.map((e) => e.quote);
  assert.ok(quotes.includes('a senior European official'));
  assert.ok(quotes.includes('a former U.S. intelligence official who spoke on the condition of anonymity'));
  // Named experts are not evidence of anonymity.
  assert.ok(!quotes.some((q) => /Kofman|Stanovaya|Zelensky/.test(q)));
  // A continuation ("That's the danger zone.") is the same source, not a second one.
  assert.equal(quotes.filter((q) => q === 'a senior European official').length, 1);
});

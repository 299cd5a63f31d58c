import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSignal } from '../../core/signal.js';
import { testSignal, type SignalCase } from '../signal-tester.js';
import { exampleDocument, readText, seedDocument } from '../test-documents.js';
import { machineTextMarkers, type MachineTextMarkersOptions } from './index.js';
import { coefficientOfVariation, findStockPhrases } from './stock-phrases.js';

const FILLER = await readText(
  'Millbrook flood raises questions for the region\n\n' +
    "In today's rapidly evolving climate, the flood in Millbrook is more than just a local event. " +
    'It paints a vivid picture of a town caught in a complex web of old pipes and new pressures. ' +
    "It's a testament to the resilience of its residents that life goes on at all. " +
    'Leaders must now navigate the complexities of rebuilding while the water slowly recedes. ' +
    'The evolving nature of extreme weather makes every plan feel uncertain and fragile. ' +
    'Residents wonder how long the recovery will take and who will pay for it. ' +
    'Whether the town can adapt to these changes remains an open question for everyone. ' +
    'Only time will tell whether this moment becomes a turning point.',
);
const NEWS_WITH_ONE = await readText(
  'Millbrook flood: 300 homes evacuated\n\n' +
    'Floodwater from the Mill river reached the centre of Millbrook on Sunday night, and about 300 homes were evacuated, the county emergency office said. ' +
    'The river peaked at 4.2 metres at the Eastbridge gauge shortly after midnight, the environment agency said. ' +
    'Mayor Elin Brask called the night a turning point for the town\'s flood defences. ' +
    'Two people were treated in hospital for hypothermia, a spokeswoman for Millbrook General Hospital said.',
);
// Three stock phrases, but figures, names and dates throughout and an uneven rhythm.
const SPECIFIC_WITH_THREE = await readText(
  'Millbrook council passes flood budget\n\n' +
    'Millbrook council on Tuesday approved 4.5 million euros for flood defences, a vote Mayor Elin Brask called a turning point. ' +
    'The plan, she said, plays a crucial role in protecting the 300 homes evacuated on 3 March. ' +
    'Councillor Piet Andersen voted against. ' +
    '"It is a double-edged sword: we raise the dikes by 1.2 metres and move the water to Eastbridge, where 40 farms lie below the river," Andersen told the Millbrook Courier after the vote on Tuesday evening, adding that the county engineer had warned of this in a report in 2021. ' +
    'Work starts in May.',
);

const seed002 = await seedDocument('002');
const seed001 = await seedDocument('001');
const seed004 = await seedDocument('004');
const wire = await exampleDocument('wire.jsonl', 'kolvo-residents');

type Case = SignalCase<MachineTextMarkersOptions>;
const present = (cases: Array<Case | false>): Case[] => cases.filter((c): c is Case => c !== false);

testSignal(machineTextMarkers, {
  valid: present([
    { name: 'a news report with a single "turning point"', doc: NEWS_WITH_ONE },
    { name: 'three stock phrases in a report full of specifics', doc: SPECIFIC_WITH_THREE },
    { name: 'filler when more phrases are asked for than it has', doc: FILLER, options: { minPhrases: 20 } },
    seed001 !== undefined && { name: 'seed 001', doc: seed001 },
    seed004 !== undefined && { name: 'seed 004: one "geopolitical chessboard" is not a pattern', doc: seed004 },
    wire !== undefined && { name: 'example: eyewitness reporting from Kolvo', doc: wire },
  ]),
  invalid: present([
    {
      name: 'invented flood filler',
      doc: FILLER,
      errors: [
        {
          messageId: 'stock-phrases',
          quotes: [
            "In today's rapidly evolving",
            'is more than just',
            'paints a vivid picture',
            'a complex web of',
            'a testament to',
            'navigate the complexities',
            'The evolving nature of',
            'Only time will tell',
            'a turning point',
          ],
        },
      ],
    },
    seed002 !== undefined && { name: 'seed 002', doc: seed002, errors: [{ messageId: 'stock-phrases' }] },
  ]),
});

test('the finding is info, names the tells present and says what it cannot tell', () => {
  const [f] = runSignal(machineTextMarkers, FILLER);
  assert.equal(f?.severity, 'info');
  assert.equal(f?.data?.noSpecifics, true);
  assert.match(f?.message ?? '', /^the text uses 9 stock phrases common in generated filler \("In today's rapidly evolving", "is more than just", "paints a vivid picture", "a complex web of"\)/);
  assert.match(f?.message ?? '', /a style observation, not evidence of how it was written$/);
});

test('seed 002 carries the phrases named in the brief', (t) => {
  if (!seed002) return t.skip('../shared/data/seeds absent');
  const [f] = runSignal(machineTextMarkers, seed002);
  const quotes = f?.evidence.map((e) => e.quote) ?? [];
  for (const q of ['a testament to', 'paints a vivid picture', 'the evolving nature of']) assert.ok(quotes.includes(q), q);
  assert.ok((f?.data?.distinct as number) >= 10);
});

test('stock phrases take straight and curly apostrophes and never overlap', () => {
  assert.deepEqual(findStockPhrases('In today’s fast-paced world, it’s worth noting this.').map((h) => h.label), ["in today's … world", 'it is worth noting']);
  assert.deepEqual(findStockPhrases('the ever-shifting political landscape').map((h) => h.text), ['ever-shifting political landscape']);
  assert.deepEqual(findStockPhrases('The testament was read to the family.'), []);
});

test('coefficient of variation', () => {
  assert.equal(coefficientOfVariation([10, 10, 10]), 0);
  assert.equal(coefficientOfVariation([5]), 0);
  assert.ok(Math.abs(coefficientOfVariation([5, 15]) - 0.5) < 1e-9);
});

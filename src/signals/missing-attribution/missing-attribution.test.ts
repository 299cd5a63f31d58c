import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSignal } from '../../core/signal.js';
import { testSignal, type SignalCase } from '../signal-tester.js';
import { exampleDocument, readText, seedDocument } from '../test-documents.js';
import { missingAttribution, type MissingAttributionOptions } from './index.js';

const UNSOURCED = await readText(
  'Storm hits Millbrook\n\n' +
    'A storm swept through Millbrook on Sunday night. Three people were killed when a tree fell on their car near Eastbridge. Twelve homes were damaged by falling branches.\n\n' +
    'Power was cut to about 4,000 homes, the utility Vestnett said. Crews expect to restore supply by Monday.',
);
const SOURCED = await readText(
  'Storm hits Millbrook\n\n' +
    'A storm swept through Millbrook on Sunday night. Three people were killed when a tree fell on their car near Eastbridge, police said. ' +
    'Twelve homes were damaged by falling branches, according to the county emergency office.',
);
// The paragraph's attribution covers the figures after it.
const PARAGRAPH_SOURCED = await readText(
  'Storm hits Millbrook\n\n' +
    'The county emergency office gave its first figures on Monday morning. Three people were killed when a tree fell on their car near Eastbridge. Twelve homes were damaged by falling branches, the office said.',
);
const HEADING = await readText('Storm hits Millbrook\n\nThree killed, twelve homes damaged\n\nThe county emergency office said on Monday that three people had died when a tree fell on their car.');
const BACKGROUND = await readText('Storm hits Millbrook\n\nMillbrook, a town of about 12,000 people some 40 kilometres from the coast, lies in a valley that floods every few years.');

const seed001 = await seedDocument('001');
const seed000 = await seedDocument('000');
const wire = await exampleDocument('wire.jsonl', 'karvelia-drones-velmorsk-2026-03-14');
const toll = await exampleDocument('text/velmorsk-toll-rises-to-two.txt');

type Case = SignalCase<MissingAttributionOptions>;
const present = (cases: Array<Case | false>): Case[] => cases.filter((c): c is Case => c !== false);

testSignal(missingAttribution, {
  valid: present([
    { name: 'police and the emergency office named', doc: SOURCED },
    { name: 'an attribution elsewhere in the paragraph', doc: PARAGRAPH_SOURCED },
    { name: 'a heading with figures over an attributed paragraph', doc: HEADING },
    { name: 'background figures (population, distance)', doc: BACKGROUND },
    { name: 'two unsourced sentences when three are required', doc: UNSOURCED, options: { minSentences: 3 } },
    seed000 !== undefined && { name: 'seed 000: its figures are attributed (to unnamed sources, another signal)', doc: seed000 },
    wire !== undefined && { name: 'example wire story: every figure attributed', doc: wire },
  ]),
  invalid: present([
    {
      name: 'deaths and damage with no source',
      doc: UNSOURCED,
      errors: [{ messageId: 'unattributed', quotes: ['Three people were killed when a tree fell on their car near Eastbridge.', 'Twelve homes were damaged by falling branches.'] }],
    },
    seed001 !== undefined && {
      name: 'seed 001: the missiles of early May and the woman killed in Kyiv',
      doc: seed001,
      errors: [{ messageId: 'unattributed', quotes: ['Only in early May were two missiles intercepted just above the Kremlin.', 'A house was also hit and a woman was killed.'] }],
    },
    toll !== undefined && {
      name: 'example: the guard treated at the port, with no source',
      doc: toll,
      errors: [{ messageId: 'unattributed', quotes: ['One security guard was treated for smoke inhalation there.'] }],
    },
  ]),
});

test('the message counts the sentences and lists their figures; many make a warning', () => {
  const [f] = runSignal(missingAttribution, UNSOURCED);
  assert.equal(f?.message, '2 factual statements with figures name no source in the sentence or its paragraph: "Three people", "Twelve homes"');
  assert.equal(f?.severity, 'info');
  const [w] = runSignal(missingAttribution, UNSOURCED, { warnAt: 2 });
  assert.equal(w?.severity, 'warning');
});

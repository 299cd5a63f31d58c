import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSignal } from '../../core/signal.js';
import { testSignal, type SignalCase } from '../signal-tester.js';
import { exampleDocument, readText, seedDocument } from '../test-documents.js';
import { lowFactDensity, type LowFactDensityOptions } from './index.js';

const COMMENTARY_BODY =
  'The flood in Millbrook is more than a local story. Imagine the fear of waking up to water in the hallway, the helplessness, the sleepless nights that follow. ' +
  'It must be devastating for the families involved. And for the town council, the political implications must be enormous. ' +
  'We have to wonder: was anyone really prepared for this? Could the warnings have come sooner? ' +
  'Of course, it is easy to blame the authorities after the fact. Perhaps the truth is somewhere in between, a tangle of bad luck and poor planning. ' +
  'What is clear is that trust has been shaken, and trust is hard to rebuild. The question that must be on everyone\'s mind is what comes next. ' +
  'Will the town learn its lesson, or will the same mistakes be repeated? ' +
  'It speaks to a broader unease about how prepared our communities really are for a changing climate. ' +
  'Only time will tell whether this moment becomes a turning point. ' +
  'In the end, the flood is a test of resilience, of leadership and of our shared sense of responsibility.';
const COMMENTARY = await readText(`What the Millbrook flood really means\n\n${COMMENTARY_BODY}`);
const LABELLED = await readText(`Opinion: What the Millbrook flood really means\n\n${COMMENTARY_BODY}`);
const NEWS = await readText(
  'Millbrook flood: 300 homes evacuated\n\n' +
    'Floodwater from the Mill river reached the centre of Millbrook on Sunday night, and about 300 homes were evacuated, the county emergency office said. ' +
    'The river peaked at 4.2 metres at the Eastbridge gauge shortly after midnight, the environment agency said, the highest level since records began in 1952. ' +
    'Two people were treated in hospital for hypothermia, a spokeswoman for Millbrook General Hospital said. ' +
    'Mayor Elin Brask said 40 council workers had been sent to clear debris and that the town hall would serve as a shelter. ' +
    '"We had six hours of warning and we used every one of them," Brask told reporters. The county has asked the army for 20 pumping trucks. ' +
    'Schools in Millbrook and Eastbridge will stay closed on Monday, the education office said. ' +
    'The agency expects the water to recede by Wednesday if no more rain falls. Residents can call the county hotline for help with temporary housing.',
);
const SHORT = await readText('Millbrook flood\n\nImagine the fear. It must be devastating. We have to wonder what comes next. Only time will tell.');

const seeds = { s001: await seedDocument('001'), s002: await seedDocument('002'), s003: await seedDocument('003') };
const commentaryExample = await exampleDocument('text/what-velmorsk-night-means-commentary.txt');
const clickbaitExample = await exampleDocument('text/velmorsk-in-ruins-clickbait.txt');
const german = await exampleDocument('archive.warc.gz', 'ringstrassen-zeitung');

type Case = SignalCase<LowFactDensityOptions>;
const present = (cases: Array<Case | false>): Case[] => cases.filter((c): c is Case => c !== false);

testSignal(lowFactDensity, {
  valid: present([
    { name: 'a flood report with figures and named sources', doc: NEWS },
    { name: 'the same commentary, labelled "Opinion:"', doc: LABELLED },
    { name: 'too short to judge', doc: SHORT },
    { name: 'the commentary when almost every sentence must be a view', doc: COMMENTARY, options: { minViewShare: 0.95 } },
    seeds.s001 !== undefined && { name: 'seed 001: news with ministers quoted and figures', doc: seeds.s001 },
    seeds.s003 !== undefined && { name: "seed 003: analysis built around the mayor's message", doc: seeds.s003 },
    clickbaitExample !== undefined && { name: 'example clickbait: a loud headline over a sober body', doc: clickbaitExample },
    german !== undefined && { name: 'a German report is not read with English cues', doc: german },
  ]),
  invalid: present([
    { name: 'invented flood commentary with no figure and no source', doc: COMMENTARY, errors: [{ messageId: 'commentary' }] },
    seeds.s002 !== undefined && { name: 'seed 002: drone-attack musings', doc: seeds.s002, errors: [{ messageId: 'commentary' }] },
    commentaryExample !== undefined && { name: 'example: "What the Night Over Velmorsk Really Means"', doc: commentaryExample, errors: [{ messageId: 'commentary' }] },
  ]),
});

test('the finding shows its counts and quotes the sentences with the most opinion cues, in reading order', () => {
  const [f] = runSignal(lowFactDensity, COMMENTARY);
  assert.ok(f);
  assert.equal(f.data?.checkable, 0);
  assert.equal(f.data?.density, 0);
  assert.ok((f.data?.viewShare as number) >= 0.8);
  assert.equal(f.evidence.length, 5);
  const starts = f.evidence.map((e) => e.range[0]);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  assert.match(f.message, /^reads as commentary presented as news: 0 checkable statements, figures or named sources in \d+ words \(0 per 100 words\), while \d+ of \d+ sentences/);
});

test('seed 002 has almost nothing to check', (t) => {
  if (!seeds.s002) return t.skip('../shared/data/seeds absent');
  const [f] = runSignal(lowFactDensity, seeds.s002);
  assert.ok((f?.data?.checkable as number) <= 2);
  assert.ok((f?.data?.viewShare as number) > 0.9);
});

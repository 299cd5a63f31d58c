import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSignal } from '../../core/signal.js';
import { testSignal, type SignalCase } from '../signal-tester.js';
import { exampleDocument, readText, seedDocument } from '../test-documents.js';
import { boilerplateResidue, type BoilerplateResidueOptions } from './index.js';
import { teaserLines, unrelatedTeasers } from './teaser-block.js';

const ARTICLE =
  'Harbor bridge closes for cable repairs\n\n' +
  'The Harbor bridge in Millbrook closed to traffic on Monday after inspectors found corrosion in two of its suspension cables, the county roads office said. ' +
  'Drivers face a detour of 40 kilometres through Eastbridge. Repairs are expected to last six weeks.';
const LAST = 'Repairs are expected to last six weeks.';

const PLAIN = await readText(ARTICLE);
const GERMAN_FORM = await readText(`${ARTICLE}\n\nSchreibe einen Kommentar\n\nDeine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert`);
const ENGLISH_FORM = await readText(`${ARTICLE}\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *`);
const BIO = await readText(
  `${ARTICLE}\n\nI have been a journalist for more than ten years, covering politics, business and sport. ` +
    'My articles have appeared in many newspapers and websites around the world, and I also write regularly for Daily Globe Now.',
);
const OFF_TOPIC = await readText(
  `${ARTICLE}\n\nLatest News\nPop Star Reveals Secret Wedding In Lavish Beach Ceremony\n12 May 2025\nLions Crush Tigers In Five-Goal Thriller\n12 May 2025\nGemini Horoscope For The Week Ahead\n12 May 2025`,
);
const ON_TOPIC = await readText(
  `${ARTICLE}\n\nRelated Articles\nMillbrook drivers brace for six weeks of bridge detours\nInspectors warned of corrosion on Harbor bridge cables last year`,
);

const seed000 = await seedDocument('000');
const seed001 = await seedDocument('001');
const seed003 = await seedDocument('003');
const seed004 = await seedDocument('004');
const polishForm = await exampleDocument('text/velmorsk-toll-rises-to-two.txt');
const wire = await exampleDocument('wire.jsonl', 'drones-target-karvelian-capital-overnight');

type Case = SignalCase<BoilerplateResidueOptions>;
const present = (cases: Array<Case | false>): Case[] => cases.filter((c): c is Case => c !== false);

testSignal(boilerplateResidue, {
  valid: present([
    { name: 'nothing cut', doc: PLAIN },
    { name: 'a related block about the same story', doc: ON_TOPIC },
    { name: 'an off-topic block when every teaser must be off-topic and the share is above one', doc: OFF_TOPIC, options: { minUnrelatedShare: 1.01 } },
    seed003 !== undefined && { name: 'seed 003: nothing cut', doc: seed003 },
    wire !== undefined && { name: "example syndicated copy: an agency copyright footer is not a template trace", doc: wire },
  ]),
  invalid: present([
    { name: 'a German comment form under an English article', doc: GERMAN_FORM, errors: [{ messageId: 'comment-form', quotes: [LAST] }] },
    { name: 'an English comment form (a note)', doc: ENGLISH_FORM, errors: [{ messageId: 'comment-form', quotes: [LAST] }] },
    { name: 'a first-person template bio naming another site', doc: BIO, errors: [{ messageId: 'author-bio', quotes: [LAST] }] },
    { name: 'a "Latest News" block of gossip, sport and horoscopes', doc: OFF_TOPIC, errors: [{ messageId: 'unrelated-links', quotes: [LAST] }] },
    seed000 !== undefined && { name: 'seed 000: Vietnamese comment form', doc: seed000, errors: [{ messageId: 'comment-form', quotes: ['And that may change everything.'] }] },
    seed001 !== undefined && { name: 'seed 001: first-person bio after the source line', doc: seed001, errors: [{ messageId: 'author-bio', quotes: ['Source: Stern'] }] },
    seed004 !== undefined && { name: 'seed 004: "Latest Contents" of gossip, basketball, horoscopes, football', doc: seed004, errors: [{ messageId: 'unrelated-links' }] },
    polishForm !== undefined && { name: 'example: Polish comment form under an English report', doc: polishForm, errors: [{ messageId: 'comment-form' }] },
  ]),
});

test('the ON_TOPIC case really had a related block cut', () => {
  assert.ok(ON_TOPIC.removed.some((r) => r.reason === 'related-links'));
});

test('data carries the cut words, their reason and where the cut sat; severity follows the form language', () => {
  const [german] = runSignal(boilerplateResidue, GERMAN_FORM);
  assert.equal(german?.severity, 'warning');
  assert.equal(german?.message, 'the page carried a comment form in German (the report is in English) after the article (cut from the text)');
  assert.equal(german?.data?.at, GERMAN_FORM.text.length);
  const removed = german?.data?.removed as { reason: string; text: string };
  assert.equal(removed.reason, 'comment-form');
  assert.match(removed.text, /^Schreibe einen Kommentar/);
  const [english] = runSignal(boilerplateResidue, ENGLISH_FORM);
  assert.equal(english?.severity, 'info');
  const [bio] = runSignal(boilerplateResidue, BIO);
  assert.match(bio?.message ?? '', /template author bio \(cut from the text\): "I have been a journalist for more than ten years,/);
});

test('seed 004: the teasers are counted once each and the dates are not teasers', (t) => {
  if (!seed004) return t.skip('../shared/data/seeds absent');
  const [f] = runSignal(boilerplateResidue, seed004);
  assert.equal(f?.data?.teasers, 8);
  assert.equal(f?.data?.unrelated, 8);
  assert.equal(f?.data?.header, 'Latest Contents');
});

test('teaser lines drop the header, date lines and repeats; topic words must recur in the report', () => {
  const block = 'Latest\nRiver Festival Opens\n\nRiver Festival Opens\n3 June 2025\nCouncil Votes On Budget\nMar 4, 2026';
  assert.deepEqual(teaserLines(block), ['River Festival Opens', 'Council Votes On Budget']);
  const report = 'The council met on Tuesday. The council approved the budget for the river path.';
  assert.deepEqual(unrelatedTeasers(['River Festival Opens', 'Council Votes On Budget'], report), ['River Festival Opens']);
});

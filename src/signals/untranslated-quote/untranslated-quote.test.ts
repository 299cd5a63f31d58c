import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSignal } from '../../core/signal.js';
import { testSignal, type SignalCase } from '../signal-tester.js';
import { exampleDocument, readText, seedDocument } from '../test-documents.js';
import { untranslatedQuote, type UntranslatedQuoteOptions } from './index.js';

const LEAD =
  'Torrevilla mayor promises help after storm\n\n' +
  'Storm Irati damaged about 200 homes in the coastal town of Torrevilla on Sunday, the regional government said. ' +
  'Mayor Ana Ruiz, speaking to reporters outside the town hall, answered in Spanish. ';
const TAIL = ' Repairs are expected to take several weeks.';
const SPANISH = '"No vamos a abandonar a nadie en esta ciudad, pase lo que pase,"';

const UNTRANSLATED = await readText(`${LEAD}${SPANISH} she said.${TAIL}`);
const IN_PARENTHESES = await readText(`${LEAD}"No vamos a abandonar a nadie en esta ciudad, pase lo que pase" ("We will not abandon anyone in this town, whatever happens"), she said.${TAIL}`);
const EXPLAINED = await readText(`${LEAD}${SPANISH} she said, which translates as a promise to leave nobody behind.${TAIL}`);
const LOANWORD = await readText(
  'Torrevilla mayor promises help after storm\n\n' +
    'Storm Irati damaged about 200 homes in the coastal town of Torrevilla on Sunday, the regional government said. ' +
    'Residents call the wind that brought it the "tramontana".' +
    TAIL,
);
const GERMAN_WITH_ENGLISH = await readText(
  'Bürgermeisterin verspricht Hilfe nach dem Sturm\n\n' +
    'Der Sturm Irati hat am Sonntag in der Küstenstadt Torrevilla rund 200 Häuser beschädigt, teilte die Regionalregierung mit. ' +
    'Die Bürgermeisterin Ana Ruiz wandte sich auf Englisch an die ausländischen Journalisten vor dem Rathaus. ' +
    '"We will rebuild every single house in this town, whatever it costs," sagte sie. ' +
    'Die Reparaturen werden nach Angaben der Stadt mehrere Wochen dauern, und viele Familien wohnen so lange bei Verwandten.',
);

const seed004 = await seedDocument('004');
const seed001 = await seedDocument('001');
const wrongYear = await exampleDocument('text/santarova-vienna-wrong-year.txt');
const translated = await exampleDocument('text/velmorsk-victim-dies-translated.txt');

type Case = SignalCase<UntranslatedQuoteOptions>;
const present = (cases: Array<Case | false>): Case[] => cases.filter((c): c is Case => c !== false);

testSignal(untranslatedQuote, {
  valid: present([
    { name: 'a translation in parentheses after the quote', doc: IN_PARENTHESES },
    { name: '"which translates as" in the same sentence', doc: EXPLAINED },
    { name: 'a one-word loan in quotation marks', doc: LOANWORD },
    { name: 'a stretch shorter than asked for', doc: UNTRANSLATED, options: { minWords: 20 } },
    seed001 !== undefined && { name: 'seed 001, all in English', doc: seed001 },
    translated !== undefined && { name: 'example: a credited translation, all in English', doc: translated },
  ]),
  invalid: present([
    { name: 'a Spanish quote in an English report', doc: UNTRANSLATED, errors: [{ messageId: 'untranslated', quotes: ['No vamos a abandonar a nadie en esta ciudad, pase lo que pase'] }] },
    {
      name: 'an English quote in a German report',
      doc: GERMAN_WITH_ENGLISH,
      errors: [{ messageId: 'untranslated', quotes: ['We will rebuild every single house in this town, whatever it costs'] }],
    },
    seed004 !== undefined && {
      name: "seed 004: Putin's warning in French",
      doc: seed004,
      errors: [{ messageId: 'untranslated', quotes: [seed004.text.match(/Quiconque[^"]+/)![0]] }],
    },
    wrongYear !== undefined && {
      name: "example: Santarova's German answer in an English report",
      doc: wrongYear,
      errors: [{ messageId: 'untranslated', quotes: [wrongYear.text.match(/Wer nachts[^"]+?(?=,?")/)![0]] }],
    },
  ]),
});

test('the message names the languages in English and data keeps the codes', () => {
  const [f] = runSignal(untranslatedQuote, UNTRANSLATED);
  assert.equal(f?.message, 'a passage in Spanish left untranslated in a report in English');
  assert.deepEqual(f?.data?.codes, ['es']);
  assert.deepEqual(f?.data?.list, [{ lang: 'es', from: 'quote', words: 13 }]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSignal } from '../../core/signal.js';
import { testSignal, type SignalCase } from '../signal-tester.js';
import { exampleDocument, readText, seedDocument } from '../test-documents.js';
import { dateInconsistency, type DateInconsistencyOptions } from './index.js';
import { dayNumber, daysApartIgnoringYear, isoDay } from './day-numbers.js';

const PUBLISHED = { published: '2023-10-06' };

const FLOOD = await readText(
  'Varnholm counts the cost of the flood\n\n' +
    'On October 3, 2022, floodwater reached the centre of Varnholm after two days of heavy rain, forcing about 600 residents from their homes, the town council said. ' +
    'Mayor Elin Brask said on October 4 that the clean-up would take weeks.',
  PUBLISHED,
);
const FERRY = await readText(
  'Ferry runs aground off Kessa island\n\n' +
    'On May 2, 2021, the ferry Nordlys ran aground off Kessa island with 140 passengers on board, the coast guard said, and all of them were taken ashore by lifeboat within three hours. ' +
    'The operator said on Tuesday that the ship would be towed to Brenvik.',
  PUBLISHED,
);
const FIRE = await readText(
  'Fire at Lindau paper mill\n\n' +
    'On 20 October 2023 a fire broke out in the drying hall of the Lindau paper mill, the fire brigade said, and about 40 workers were evacuated from the site before the roof caught fire. No one was hurt.',
  PUBLISHED,
);
const TALKS = await readText(
  'Lindau mill talks\n\n' +
    'Union and management at the Lindau paper mill met on Monday for the first time since the strike began, the union said in a short statement to its members. ' +
    'Talks are scheduled to resume on 20 October 2023 in Lindau.',
  PUBLISHED,
);
const BACKGROUND = await readText(
  'Kessa bridge closed for repairs\n\n' +
    'The Kessa bridge was closed to traffic on Monday after inspectors found corrosion in two of its cables, the county roads office said in a statement to local media outlets. Drivers face a detour of 40 kilometres.\n\n' +
    'A storm damaged the same bridge on 14 February 2019, when a lorry was blown against the railing.',
  PUBLISHED,
);
const TWO_YEARS_NO_PAGE_DATE = await readText(
  'Kessa ferry crash: second body found\n\n' +
    'The ferry Nordlys ran aground off Kessa island on 14 March 2025, and two crew members died. ' +
    'Divers recovered the second body on 15 March 2024, the coast guard said.',
);

const seed004 = await seedDocument('004');
const seed001 = await seedDocument('001');
const wrongYear = await exampleDocument('text/santarova-vienna-wrong-year.txt');
const update = await exampleDocument('wire.jsonl', 'karvelia-drones-velmorsk-update');

type Case = SignalCase<DateInconsistencyOptions>;
const present = (cases: Array<Case | false>): Case[] => cases.filter((c): c is Case => c !== false);

testSignal(dateInconsistency, {
  valid: present([
    { name: 'a date with a year in the lead, four days before the page date', doc: await readText(FIRE.text.replace('20 October 2023', '2 October 2023'), PUBLISHED) },
    { name: 'a scheduled date after the page date', doc: TALKS },
    { name: 'an old date deep in the report, at another time of year', doc: BACKGROUND },
    { name: 'a stale lead when the limit is longer than its age', doc: FERRY, options: { maxAgeDays: 1000 } },
    seed001 !== undefined && { name: 'seed 001 (no written years but 2014)', doc: seed001 },
    update !== undefined && { name: 'example wire update: March 14 and Saturday all in 2026', doc: update },
  ]),
  invalid: present([
    { name: 'the flood dated 2022, the mayor speaking the next day in 2023', doc: FLOOD, errors: [{ messageId: 'year-conflict', quotes: ['October 3, 2022', 'October 4'] }] },
    { name: 'a two-year-old grounding told as news, next to "on Tuesday"', doc: FERRY, errors: [{ messageId: 'stale-event', quotes: ['May 2, 2021'] }] },
    { name: 'a fire dated two weeks after the page', doc: FIRE, errors: [{ messageId: 'future-event', quotes: ['20 October 2023'] }] },
    {
      name: 'two written years a day apart, no page date',
      doc: TWO_YEARS_NO_PAGE_DATE,
      errors: [{ messageId: 'year-conflict', quotes: ['14 March 2025', '15 March 2024'] }],
    },
    seed004 !== undefined && {
      name: 'seed 004: December 21, 2023 on a page of 23 December 2024, Putin speaking on December 22',
      doc: seed004,
      errors: [{ messageId: 'year-conflict', quotes: ['December 21, 2023', 'December 22'] }],
    },
    wrongYear !== undefined && {
      name: 'example: March 14, 2025 on a page dated 15 March 2026',
      doc: wrongYear,
      errors: [{ messageId: 'stale-event', quotes: ['March 14, 2025'] }],
    },
  ]),
});

test('the year conflict names both dates, how each was read, and the page date', () => {
  const [f] = runSignal(dateInconsistency, FLOOD);
  assert.equal(
    f?.message,
    'the report dates events to "October 3, 2022" (2022-10-03) and "October 4" (read as 2023-10-04): a day apart in the story but in different years; the page is dated 2023-10-06',
  );
  assert.deepEqual(f?.data?.conflicting, [{ text: 'October 4', day: '2023-10-04', yearWritten: false }]);
});

test('seed 004 fires with the page date and both spans', (t) => {
  if (!seed004) return t.skip('../shared/data/seeds absent');
  const [f] = runSignal(dateInconsistency, seed004);
  assert.equal(f?.data?.published, '2024-12-23');
  assert.equal(f?.data?.day, '2023-12-21');
});

test('stale-event says how old the date is and what made the report read as recent', (t) => {
  if (!wrongYear) return t.skip('examples/corpus absent');
  const [f] = runSignal(dateInconsistency, wrongYear);
  assert.equal(f?.data?.days, 366);
  assert.equal(f?.data?.inLead, true);
  assert.equal(f?.data?.sameTimeOfYear, true);
});

test('days apart ignoring the year wrap around the new year', () => {
  const d = (s: string) => dayNumber(s)!;
  assert.equal(daysApartIgnoringYear(d('2023-12-31'), d('2025-01-01')), 1);
  assert.equal(daysApartIgnoringYear(d('2023-12-21'), d('2024-12-22')), 1);
  assert.equal(daysApartIgnoringYear(d('2019-02-14'), d('2023-10-06')), 131);
  assert.equal(isoDay(d('2024-02-29T10:00+02:00')), '2024-02-29');
  assert.equal(dayNumber('Tuesday'), undefined);
});

/**
 * Invented sentences (made-up places and people), one row per behaviour. Publication is
 * Thursday 2024-03-14 unless a row says otherwise.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTimes, timeCoverage } from './extract-times.js';
import type { ExtractTimesOptions, TimeExpression } from './time-types.js';
import { assertWellFormed, findTime } from './time-test-helpers.js';

const PUB: ExtractTimesOptions = { published: { value: '2024-03-14', precision: 'day' } };

interface Row {
  text: string;
  words: string;
  opts?: ExtractTimesOptions;
  expect: Partial<TimeExpression>;
  note?: RegExp;
}

const rows: Row[] = [
  // Weekdays lean back, unless the sentence looks ahead or says "next".
  {
    text: 'Drones struck Velmora on Tuesday, the regional governor said.',
    words: 'Tuesday',
    expect: { kind: 'relative', interval: { start: '2024-03-12', end: '2024-03-13' }, anchor: 'publication', resolution: 'inferred', role: 'event', acledPrecision: 1 },
    note: /Tuesday read as the last Tuesday on or before publication/,
  },
  {
    text: 'Governor Ansel Brook will visit the site on Saturday.',
    words: 'Saturday',
    expect: { interval: { start: '2024-03-16', end: '2024-03-17' }, resolution: 'inferred' },
    note: /looks ahead/,
  },
  { text: 'Talks are due to resume next Monday.', words: 'next Monday', expect: { interval: { start: '2024-03-18', end: '2024-03-19' } } },
  { text: 'The Tarnow plant was hit last Thursday.', words: 'last Thursday', expect: { interval: { start: '2024-03-07', end: '2024-03-08' } } },
  {
    text: 'The convoy was attacked on the night of Sunday to Monday.',
    words: 'the night of Sunday to Monday',
    expect: { interval: { start: '2024-03-10T21:00', end: '2024-03-11T06:00' }, timeOfDay: { part: 'night' } },
  },
  {
    text: 'Two warehouses burned overnight into Wednesday.',
    words: 'overnight into Wednesday',
    expect: { interval: { start: '2024-03-12T21:00', end: '2024-03-13T06:00' }, timeOfDay: { part: 'night' } },
  },
  // Deictic words and parts of the publication day.
  {
    text: 'Yesterday evening, two blasts were heard in Kolm.',
    words: 'Yesterday evening',
    expect: { interval: { start: '2024-03-13T18:00', end: '2024-03-14T00:00' }, resolution: 'resolved', precision: 'part-of-day' },
  },
  {
    text: 'The ministry said 14 drones were downed overnight.',
    words: 'overnight',
    expect: { kind: 'part-of-day', interval: { start: '2024-03-13T21:00', end: '2024-03-14T06:00' } },
  },
  { text: 'Mayor Ilse Varga spoke to reporters last night.', words: 'last night', expect: { interval: { start: '2024-03-13T21:00', end: '2024-03-14T06:00' } } },
  { text: 'The bridge reopened today.', words: 'today', expect: { interval: { start: '2024-03-14', end: '2024-03-15' }, resolution: 'resolved' } },
  // Absolute dates in several shapes.
  { text: 'On 30.05.2023 the depot burned.', words: '30.05.2023', expect: { kind: 'date', interval: { start: '2023-05-30', end: '2023-05-31' }, anchor: 'absolute', resolution: 'resolved' } },
  { text: 'The attack on 23 December 2024 cut power.', words: '23 December 2024', expect: { interval: { start: '2024-12-23', end: '2024-12-24' } } },
  { text: 'It was signed on Dec. 3rd, 2021 in Orlov.', words: 'Dec. 3rd, 2021', expect: { interval: { start: '2021-12-03', end: '2021-12-04' } } },
  { text: 'Power returned on the 5th of December 2022.', words: 'the 5th of December 2022', expect: { interval: { start: '2022-12-05', end: '2022-12-06' } } },
  {
    text: 'A second batch followed on 05/06/2023.',
    words: '05/06/2023',
    expect: { interval: { start: '2023-05-06', end: '2023-05-07' }, resolution: 'inferred' },
    note: /ambiguous/,
  },
  {
    text: 'The log shows 2023-06-07T14:05:00+02:00 as the first entry.',
    words: '2023-06-07T14:05:00+02:00',
    expect: { kind: 'datetime', interval: { start: '2023-06-07T14:05+02:00', end: '2023-06-07T14:06+02:00' }, zone: '+02:00', precision: 'minute' },
  },
  {
    text: 'Officials said the attack happened on Friday, March 8, 2024, at 6 a.m.',
    words: 'Friday, March 8, 2024, at 6 a.m.',
    expect: { kind: 'datetime', interval: { start: '2024-03-08T06:00', end: '2024-03-08T07:00' }, precision: 'hour', timeOfDay: { hour: 6 } },
  },
  // Yearless dates take the publication year, leaning back unless the sentence looks ahead.
  {
    text: 'The ferry was shelled on December 2.',
    words: 'December 2',
    expect: { interval: { start: '2023-12-02', end: '2023-12-03' }, anchor: 'publication', resolution: 'inferred' },
    note: /no year/,
  },
  { text: 'The summit is scheduled for April 2.', words: 'April 2', expect: { interval: { start: '2024-04-02', end: '2024-04-03' } } },
  // Months, years and their parts.
  { text: 'In late 2022 the bridge was attacked.', words: 'late 2022', expect: { precision: 'year', interval: { start: '2022-09-01', end: '2023-01-01' } } },
  { text: 'Repairs ended in mid-2023.', words: 'mid-2023', expect: { interval: { start: '2023-05-01', end: '2023-09-01' } } },
  { text: 'The war began in February 2022.', words: 'February 2022', expect: { precision: 'month', acledPrecision: 3, interval: { start: '2022-02-01', end: '2022-03-01' } } },
  { text: 'Shelling resumed in late January.', words: 'late January', expect: { interval: { start: '2024-01-21', end: '2024-02-01' }, resolution: 'inferred' } },
  { text: 'Until 1991 the town was a closed city.', words: '1991', expect: { interval: { start: '1991-01-01', end: '1992-01-01' } } },
  // Stretches and counts back from publication.
  { text: 'The port has been closed since the summer of 2022.', words: 'since the summer of 2022', expect: { kind: 'relative', interval: { start: '2022-06-01', end: '2024-03-15' } } },
  { text: 'It happened more than two years ago.', words: 'more than two years ago', expect: { interval: { start: '2022-01-01', end: '2023-01-01' }, resolution: 'inferred' }, note: /or earlier/ },
  { text: 'The dam failed two days ago.', words: 'two days ago', expect: { interval: { start: '2024-03-12', end: '2024-03-13' }, resolution: 'resolved' } },
  { text: 'Strikes have intensified last week.', words: 'last week', expect: { precision: 'week', acledPrecision: 2, interval: { start: '2024-03-04', end: '2024-03-11' } } },
  { text: 'Earlier this month the airport closed.', words: 'Earlier this month', expect: { interval: { start: '2024-03-01', end: '2024-03-14' } } },
  { text: 'In the past 24 hours, 30 drones were launched.', words: 'the past 24 hours', expect: { interval: { start: '2024-03-13', end: '2024-03-15' } } },
  { text: 'Attacks grew in recent weeks.', words: 'recent weeks', expect: { precision: 'month', interval: { start: '2024-02-15', end: '2024-03-15' }, resolution: 'inferred' } },
  // Clock times, zones and qualifiers.
  {
    text: 'The port was shelled at around 4 a.m. Moscow time on March 12.',
    words: 'around 4 a.m. Moscow time on March 12',
    expect: { interval: { start: '2024-03-12T03:30+03:00', end: '2024-03-12T04:30+03:00' }, zone: 'MSK', timeOfDay: { hour: 4 } },
  },
  {
    text: 'The blast, which occurred at 3:15 p.m. Kyiv time on Wednesday, killed two.',
    words: '3:15 p.m. Kyiv time on Wednesday',
    expect: { interval: { start: '2024-03-13T15:15+02:00', end: '2024-03-13T15:16+02:00' }, timeOfDay: { hour: 15, minute: 15 } },
  },
  {
    text: 'Sirens sounded at 23:40 local time (GMT+3).',
    words: '23:40 local time (GMT+3)',
    expect: { zone: '+03:00', interval: { start: '2024-03-14T23:40+03:00', end: '2024-03-14T23:41+03:00' }, anchor: 'publication', resolution: 'inferred' },
  },
  // Expressions that lean on the one before.
  {
    text: 'On Tuesday, the minister met his counterpart in Dravo; the next day they signed a deal.',
    words: 'the next day',
    expect: { anchor: 'previous-expression', resolution: 'inferred', interval: { start: '2024-03-13', end: '2024-03-14' } },
    note: /the day after "Tuesday"/,
  },
  {
    text: 'On May 3, 2023, a drone hit Pellin. Two days later, the mayor resigned.',
    words: 'Two days later',
    expect: { interval: { start: '2023-05-05', end: '2023-05-06' }, anchor: 'previous-expression' },
  },
  {
    text: 'Drones struck at 4:10 a.m. on March 2, 2024. Later that day, a second wave hit.',
    words: 'Later that day',
    expect: { interval: { start: '2024-03-02T04:11', end: '2024-03-03T00:00' }, anchor: 'previous-expression' },
  },
  { text: 'Two days later, the mayor resigned.', words: 'Two days later', expect: { resolution: 'unresolved', anchor: 'previous-expression' } },
  // Durations and recurrences carry no interval.
  { text: 'Power was out for several hours.', words: 'for several hours', expect: { kind: 'duration', precision: 'hour', anchor: 'none', resolution: 'resolved' }, note: /3–7 hours/ },
  { text: 'Sirens sounded every night.', words: 'every night', expect: { kind: 'set', anchor: 'none' } },
  {
    text: 'Residents heard explosions for the second night in a row.',
    words: 'the second night in a row',
    expect: { kind: 'set', interval: { start: '2024-03-12T21:00', end: '2024-03-14T06:00' }, resolution: 'inferred' },
  },
  // Other shapes chrono's strict grammar reads for us.
  { text: 'The file is dated 2023/12/21 in the archive.', words: '2023/12/21', expect: { kind: 'date', interval: { start: '2023-12-21', end: '2023-12-22' } } },
];

for (const row of rows) {
  test(`reads "${row.words}" in: ${row.text.slice(0, 50)}`, () => {
    const times = extractTimes(row.text, row.opts ?? PUB);
    assertWellFormed(row.text, times);
    const t = findTime(times, row.words);
    for (const [k, v] of Object.entries(row.expect)) assert.deepEqual(t[k as keyof TimeExpression], v, `${k} of "${row.words}"`);
    if (row.note) assert.match(t.note ?? '', row.note);
  });
}

/** Sentences that must yield no time expression at all. */
const quiet = [
  'Theresa May said rates may rise by 2 percent.',
  'The score was 2:1 at half-time, and 112-101 at the end.',
  'In 2000 cases the claims were false.',
  'The Sunday Times reported that 8,700 civilians were killed.',
  'Witnesses will march to the square in one month.',
];

for (const text of quiet) {
  test(`finds nothing in: ${text}`, () => {
    assert.deepEqual(extractTimes(text, PUB).map((t) => t.text), []);
  });
}

test('a publication date known only to the month resolves months but not weekdays', () => {
  const text = 'The plant was hit on Tuesday. Repairs began in early March.';
  const times = extractTimes(text, { published: { value: '2024-03', precision: 'month' } });
  assertWellFormed(text, times);
  assert.equal(findTime(times, 'Tuesday').resolution, 'unresolved');
  assert.deepEqual(findTime(times, 'early March').interval, { start: '2024-03-01', end: '2024-03-11' });
});

test('a dateline at the top dates the page; the same date in a sentence dates an event', () => {
  const text = 'Updated: 4 March 2024\nThe Northgate Ledger\n\nDrones hit the Velmora grid on 4 March 2024, officials said.';
  const times = extractTimes(text, PUB);
  assertWellFormed(text, times);
  assert.equal(findTime(times, '4 March 2024', 0).role, 'publication');
  assert.equal(findTime(times, '4 March 2024', 1).role, 'event');
});

test('a wire dateline counts as the publication date', () => {
  const text = 'KOLM, March 4 (Northgate Wire) — Two drones fell on the port, the mayor said.';
  const t = findTime(extractTimes(text, PUB), 'March 4');
  assert.equal(t.role, 'publication');
});

test('a chrome dateline does not become the day that "that day" refers to', () => {
  const text = 'March 14, 2024\n\nOn Monday, a depot in Orlov burned. Later that day, a second fire broke out.';
  const times = extractTimes(text, PUB);
  assert.match(findTime(times, 'Later that day').note ?? '', /Monday/);
  assert.deepEqual(findTime(times, 'Later that day').interval, { start: '2024-03-11', end: '2024-03-12' });
});

test('German goes to chrono, still past-leaning and still honest without a publication date', () => {
  const text = 'Am 21. Dezember 2023 griffen Drohnen Kasan an. Am Dienstag gab es Explosionen, gestern Abend um 22:30 Uhr auch.';
  const withPub = extractTimes(text, { lang: 'de', published: { value: '2023-12-23', precision: 'day' } });
  assertWellFormed(text, withPub);
  const abs = withPub.find((t) => t.text.includes('21. Dezember 2023'));
  assert.deepEqual(abs?.interval, { start: '2023-12-21', end: '2023-12-22' });
  const tue = withPub.find((t) => t.text.includes('Dienstag'));
  assert.deepEqual(tue?.interval, { start: '2023-12-19', end: '2023-12-20' });
  const yest = withPub.find((t) => t.text.includes('gestern'));
  assert.deepEqual(yest?.interval, { start: '2023-12-22T22:30', end: '2023-12-22T22:31' });

  const without = extractTimes(text, { lang: 'de' });
  assertWellFormed(text, without);
  assert.equal(without.find((t) => t.text.includes('gestern'))?.resolution, 'unresolved');
  assert.equal(without.find((t) => t.text.includes('Dienstag'))?.resolution, 'unresolved');
  assert.equal(without.find((t) => t.text.includes('21. Dezember 2023'))?.resolution, 'resolved');
});

test('coverage says which grammar reads a language', () => {
  assert.equal(timeCoverage(undefined), 'english-rules');
  assert.equal(timeCoverage('en'), 'english-rules');
  assert.equal(timeCoverage('de'), 'chrono');
  assert.equal(timeCoverage('vi'), 'chrono');
  assert.equal(timeCoverage('ka'), 'none');
  assert.deepEqual(extractTimes('2 მაისს 2023', { lang: 'ka' }), []);
});

test('an unreadable publication value counts as absent', () => {
  const t = findTime(extractTimes('It fell on Tuesday.', { published: { value: 'yesterday-ish', precision: 'day' } }), 'Tuesday');
  assert.equal(t.resolution, 'unresolved');
});

test('a bare clock time later than a known publication time falls on the day before', () => {
  const text = 'The Kolm mayor said at 23:10 local time that two drones were downed.';
  const t = findTime(extractTimes(text, { published: { value: '2024-03-14T08:00:00+03:00', precision: 'minute' } }), '23:10 local time');
  assert.deepEqual(t.interval, { start: '2024-03-13T23:10', end: '2024-03-13T23:11' });
  assert.match(t.note ?? '', /day before publication/);
});

test('"later that day" never skips back past a nearer day that could not be placed', () => {
  const text = 'On May 3, 2023, a drone hit Pellin. On Tuesday, another fell in Kolm. Later that day, the port closed.';
  const t = findTime(extractTimes(text), 'Later that day');
  assert.equal(t.resolution, 'unresolved');
  assert.match(t.note ?? '', /"Tuesday", which is itself unresolved/);
});

test('fractions and digit soup are not dates', () => {
  for (const text of ['The vote was 52-48 and 3/4 of members agreed.', 'Codes 1,2:3.4/5-6 and 7/8 were logged.']) {
    assert.deepEqual(extractTimes(text, PUB).map((t) => t.text), [], text);
  }
});

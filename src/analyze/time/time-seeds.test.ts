/**
 * The five seed reports (read from ../shared/data/seeds at run time, never copied here).
 * Publication dates are passed in as options: the seed texts themselves do not carry them,
 * except 004's site chrome.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractTimes } from './extract-times.js';
import type { ExtractTimesOptions, TimeExpression } from './time-types.js';
import { assertWellFormed, findTime } from './time-test-helpers.js';

const SEEDS = fileURLToPath(new URL('../../../../shared/data/seeds/', import.meta.url));

function seed(prefix: string): string | undefined {
  if (!existsSync(SEEDS)) return undefined;
  const name = readdirSync(SEEDS).find((f) => f.startsWith(`${prefix}_`));
  return name === undefined ? undefined : readFileSync(SEEDS + name, 'utf8');
}

const day = (iso: string) => ({ value: iso, precision: 'day' });

interface SeedCase {
  name: string;
  seed: string;
  opts: ExtractTimesOptions;
  check(times: TimeExpression[], text: string): void;
}

const cases: SeedCase[] = [
  {
    name: '001 with its publication date: early Tuesday morning is the publication day, inferred',
    seed: '001',
    opts: { published: day('2023-05-30') },
    check(times) {
      const t = findTime(times, 'Early Tuesday morning');
      assert.equal(t.kind, 'relative');
      assert.equal(t.anchor, 'publication');
      assert.equal(t.resolution, 'inferred');
      assert.deepEqual(t.interval, { start: '2023-05-30T00:00', end: '2023-05-30T08:00' });
      assert.equal(t.timeOfDay?.part, 'early-morning');
      assert.equal(t.precision, 'part-of-day');
      assert.equal(t.acledPrecision, 1);
      assert.equal(t.role, 'event');
      assert.match(t.note ?? '', /Tuesday/);
      assert.match(t.note ?? '', /2023-05-30/);
    },
  },
  {
    name: '001: "in early May" is the first third of May of the publication year',
    seed: '001',
    opts: { published: day('2023-05-30') },
    check(times) {
      const t = findTime(times, 'early May');
      assert.equal(t.precision, 'month');
      assert.deepEqual(t.interval, { start: '2023-05-01', end: '2023-05-11' });
      assert.equal(t.resolution, 'inferred');
      assert.equal(t.acledPrecision, 3);
    },
  },
  {
    name: '001: "more than 15 months ago" counts back from publication',
    seed: '001',
    opts: { published: day('2023-05-30') },
    check(times) {
      const t = findTime(times, 'more than 15 months ago');
      assert.equal(t.anchor, 'publication');
      assert.equal(t.precision, 'month');
      assert.deepEqual(t.interval, { start: '2022-02-01', end: '2022-03-01' });
      assert.match(t.note ?? '', /or earlier/);
      const annexed = findTime(times, '2014');
      assert.deepEqual(annexed.interval, { start: '2014-01-01', end: '2015-01-01' });
      assert.equal(annexed.anchor, 'absolute');
    },
  },
  {
    name: '001 without a publication date: Tuesday stays unresolved and says so',
    seed: '001',
    opts: {},
    check(times) {
      const t = findTime(times, 'Early Tuesday morning');
      assert.equal(t.resolution, 'unresolved');
      assert.equal(t.interval, undefined);
      assert.equal(t.timeOfDay?.part, 'early-morning');
      assert.match(t.note ?? '', /Tuesday, unresolved/);
      assert.equal(findTime(times, 'early May').resolution, 'unresolved');
      assert.equal(findTime(times, 'more than 15 months ago').resolution, 'unresolved');
      // Nothing that needs the publication date may be placed without it.
      for (const x of times) if (x.anchor === 'publication') assert.equal(x.resolution, 'unresolved', x.text);
    },
  },
  {
    name: '003: "0:58 local time" keeps its clock time and zone; "Earlier that same day" has nothing to lean on',
    seed: '003',
    opts: {},
    check(times) {
      const t = findTime(times, '0:58 local time');
      assert.equal(t.kind, 'time');
      assert.deepEqual(t.timeOfDay, { hour: 0, minute: 58 });
      assert.equal(t.zone, 'local');
      assert.equal(t.precision, 'minute');
      assert.equal(t.resolution, 'unresolved');
      const e = findTime(times, 'Earlier that same day');
      assert.equal(e.anchor, 'previous-expression');
      assert.equal(e.resolution, 'unresolved');
      assert.equal(e.role, 'event');
    },
  },
  {
    name: '003 with an (invented) publication date: the clock time lands on it and "earlier that same day" precedes it',
    seed: '003',
    opts: { published: day('2024-05-20') },
    check(times) {
      const t = findTime(times, '0:58 local time');
      assert.deepEqual(t.interval, { start: '2024-05-20T00:58', end: '2024-05-20T00:59' });
      assert.equal(t.resolution, 'inferred');
      const e = findTime(times, 'Earlier that same day');
      assert.equal(e.anchor, 'previous-expression');
      assert.equal(e.resolution, 'inferred');
      assert.deepEqual(e.interval, { start: '2024-05-20T00:00', end: '2024-05-20T00:58' });
      assert.match(e.note ?? '', /0:58 local time/);
    },
  },
  {
    name: '004: the stated event date, the yearless follow-up, and the chrome dates at the top',
    seed: '004',
    opts: { published: day('2024-12-23') },
    check(times) {
      const ev = findTime(times, 'December 21, 2023');
      assert.deepEqual(ev.interval, { start: '2023-12-21', end: '2023-12-22' });
      assert.equal(ev.anchor, 'absolute');
      assert.equal(ev.resolution, 'resolved');
      assert.equal(ev.role, 'event');
      const next = findTime(times, 'December 22');
      assert.deepEqual(next.interval, { start: '2024-12-22', end: '2024-12-23' });
      assert.equal(next.anchor, 'publication');
      assert.equal(next.role, 'event');
      assert.equal(findTime(times, 'Dec 23, 2024').role, 'publication');
      assert.equal(findTime(times, '23 December 2024', 0).role, 'publication');
      // The same date further down dates other articles' teasers, not this page.
      assert.notEqual(findTime(times, '23 December 2024', 1).role, 'publication');
      const since = findTime(times, 'since the start of 2023');
      assert.deepEqual(since.interval, { start: '2023-01-01', end: '2024-12-24' });
    },
  },
  {
    name: '000: night-time phrasing, a clock time, open-ended and vague spans',
    seed: '000',
    opts: {},
    check(times) {
      const w = findTime(times, 'the early hours of Wednesday morning');
      assert.equal(w.timeOfDay?.part, 'early-morning');
      assert.equal(w.resolution, 'unresolved');
      const c = findTime(times, 'shortly after 3 a.m.');
      assert.equal(c.timeOfDay?.hour, 3);
      assert.equal(c.precision, 'hour');
      assert.equal(c.anchor, 'previous-expression');
      assert.match(c.note ?? '', /Wednesday/);
      const since = findTime(times, 'Since early 2023');
      assert.equal(since.resolution, 'unresolved');
      assert.match(since.note ?? '', /2023-01-01/);
      assert.equal(findTime(times, 'nearly three years ago').resolution, 'unresolved');
      assert.equal(findTime(times, 'For several hours').kind, 'duration');
    },
  },
  {
    name: '000 with an (invented) publication date: the vague spans resolve',
    seed: '000',
    opts: { published: day('2024-12-11') },
    check(times) {
      const w = findTime(times, 'the early hours of Wednesday morning');
      assert.deepEqual(w.interval, { start: '2024-12-11T00:00', end: '2024-12-11T08:00' });
      assert.deepEqual(findTime(times, 'shortly after 3 a.m.').interval, { start: '2024-12-11T03:00', end: '2024-12-11T04:00' });
      assert.deepEqual(findTime(times, 'Since early 2023').interval, { start: '2023-01-01', end: '2024-12-12' });
      const ago = findTime(times, 'nearly three years ago');
      assert.deepEqual(ago.interval, { start: '2021-01-01', end: '2022-01-01' });
      assert.equal(ago.resolution, 'inferred');
      assert.equal(findTime(times, 'later in the day').anchor, 'previous-expression');
    },
  },
  {
    name: '002: only the run of nights, nothing dated',
    seed: '002',
    opts: {},
    check(times) {
      const run = findTime(times, 'second consecutive night');
      assert.equal(run.kind, 'set');
      assert.equal(run.resolution, 'unresolved');
      assert.equal(times.filter((t) => t.interval).length, 0);
    },
  },
];

for (const c of cases) {
  test(`seed ${c.name}`, (t) => {
    const text = seed(c.seed);
    if (text === undefined) {
      t.skip(`seed ${c.seed} absent (../shared/data/seeds)`);
      return;
    }
    const times = extractTimes(text, c.opts);
    assertWellFormed(text, times);
    c.check(times, text);
  });
}

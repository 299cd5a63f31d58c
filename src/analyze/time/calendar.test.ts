import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, civilOf, dayNumber, euSummerTime, formatSpan, isValidDate, isoDay, monthStart, offsetString, timedSpan, weekStart, weekdayOf } from './calendar.js';

test('day numbers round-trip and know their weekdays', () => {
  const d = dayNumber({ y: 2023, m: 5, d: 30 });
  assert.deepEqual(civilOf(d), { y: 2023, m: 5, d: 30 });
  assert.equal(weekdayOf(d), 2); // a Tuesday
  assert.equal(isoDay(weekStart(d)), '2023-05-29'); // its Monday
  assert.equal(isoDay(dayNumber({ y: 1969, m: 12, d: 31 })), '1969-12-31');
});

test('months clamp and wrap across years', () => {
  assert.deepEqual(addMonths({ y: 2024, m: 3, d: 31 }, -1), { y: 2024, m: 2, d: 29 });
  assert.deepEqual(addMonths({ y: 2023, m: 5, d: 30 }, -15), { y: 2022, m: 2, d: 28 });
  assert.equal(isoDay(monthStart(2024, 12, 1)), '2025-01-01');
  assert.equal(isoDay(monthStart(2023, 1, -1)), '2022-12-01');
  assert.equal(isValidDate(2023, 2, 29), false);
  assert.equal(isValidDate(2024, 2, 29), true);
});

test('spans print as dates or wall times, with an offset only when given', () => {
  const day = dayNumber({ y: 2023, m: 5, d: 30 });
  const s = timedSpan(day * 1440 + 58, day * 1440 + 59);
  assert.deepEqual(formatSpan(s), { start: '2023-05-30T00:58', end: '2023-05-30T00:59' });
  assert.deepEqual(formatSpan(s, '+03:00'), { start: '2023-05-30T00:58+03:00', end: '2023-05-30T00:59+03:00' });
  assert.equal(offsetString(-270), '-04:30');
  assert.equal(offsetString(0), 'Z');
});

test('EU summer time runs from the last Sunday of March to the last Sunday of October', () => {
  assert.equal(euSummerTime(dayNumber({ y: 2024, m: 3, d: 30 })), false);
  assert.equal(euSummerTime(dayNumber({ y: 2024, m: 3, d: 31 })), true);
  assert.equal(euSummerTime(dayNumber({ y: 2024, m: 10, d: 26 })), true);
  assert.equal(euSummerTime(dayNumber({ y: 2024, m: 10, d: 27 })), false);
});

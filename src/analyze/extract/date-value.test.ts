import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDate } from './date-value.js';

test('ISO 8601 values keep their precision and offset', () => {
  const cases: Array<[string, string, string]> = [
    ['2024', '2024', 'year'],
    ['2024-03', '2024-03', 'month'],
    ['2024-3-5', '2024-03-05', 'day'],
    ['2024-03-05T07:40', '2024-03-05T07:40', 'minute'],
    ['2024-03-05T07:40:12.345+0100', '2024-03-05T07:40:12+01:00', 'second'],
    ['2024-03-05 07:40:12Z', '2024-03-05T07:40:12Z', 'second'],
    // Whole seconds are padding: the minute is what is known.
    ['2024-03-05T07:40:00-05:00', '2024-03-05T07:40:00-05:00', 'minute'],
  ];
  for (const [raw, value, precision] of cases) assert.deepEqual(readDate(raw), { value, precision }, raw);
});

test('epochs and free text are read; nonsense and impossible days are not', () => {
  assert.deepEqual(readDate('1574168587'), { value: '2019-11-19T13:03:07Z', precision: 'second' });
  assert.deepEqual(readDate('Tue, 19 Nov 2019 15:02:11 GMT'), { value: '2019-11-19T15:02Z', precision: 'minute' });
  assert.deepEqual(readDate('Nov 19, 2019 10:02 AM EST'), { value: '2019-11-19T10:02-05:00', precision: 'minute' });
  assert.deepEqual(readDate('18 NOV 2019'), { value: '2019-11-18', precision: 'day' });
  assert.deepEqual(readDate('12. März 2024'), { value: '2024-03-12', precision: 'day' });
  for (const bad of ['', 'yesterday', 'Nov 19', '2024-02-30', '2024-13-01', 'not a date', '99999999999999']) {
    assert.equal(readDate(bad), undefined, bad);
  }
});

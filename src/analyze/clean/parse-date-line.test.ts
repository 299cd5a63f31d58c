import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDate, readDateLine } from './parse-date-line.js';

describe('parseDate', () => {
  const full: Array<[string, string]> = [
    ['Dec 23, 2024', '2024-12-23'],
    ['December 23rd, 2024', '2024-12-23'],
    ['23 December 2024', '2024-12-23'],
    ['Monday, 23 December 2024 10:15 GMT', '2024-12-23'],
    ['Montag, 23. Dezember 2024, 10:15 Uhr', '2024-12-23'],
    ['23 décembre 2024', '2024-12-23'],
    ['23 de diciembre de 2024', '2024-12-23'],
    ['23 dicembre 2024', '2024-12-23'],
    ['23 de dezembro de 2024', '2024-12-23'],
    ['23 grudnia 2024 r.', '2024-12-23'],
    ['23 декабря 2024 года', '2024-12-23'],
    ['23 грудня 2024', '2024-12-23'],
    ['ngày 23 tháng 12 năm 2024', '2024-12-23'],
    ['2024-12-23', '2024-12-23'],
    ['23.12.2024', '2024-12-23'],
    ['12/23/2024', '2024-12-23'],
    ['23/12/2024', '2024-12-23'],
    ['29 February 2024', '2024-02-29'],
  ];
  for (const [input, iso] of full) {
    it(`reads ${input}`, () => {
      const d = parseDate(input);
      assert.ok(d?.year !== undefined, input);
      assert.equal(`${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`, iso);
    });
  }

  it('refuses what is not a date or is ambiguous', () => {
    for (const s of ['03/04/2024', '31 November 2024', '29 February 2023', 'May the force be with you', 'On 23 December 2024, drones struck', 'December 2024']) {
      assert.equal(parseDate(s), undefined, s);
    }
  });

  it('reads a yearless day only when asked to', () => {
    assert.equal(parseDate('May 30'), undefined);
    assert.deepEqual(parseDate('May 30', true), { month: 5, day: 30 });
  });
});

describe('readDateLine', () => {
  it('tells "Today:" lines, labelled lines and bare date lines apart', () => {
    assert.equal(readDateLine('Today : Dec 23, 2024')?.kind, 'today');
    assert.equal(readDateLine('Сегодня: 23 декабря 2024')?.kind, 'today');
    assert.equal(readDateLine('Published: 23 December 2024')?.kind, 'labelled');
    assert.equal(readDateLine('Publié le 23 décembre 2024 à 10h15')?.kind, 'labelled');
    assert.equal(readDateLine('23 December 2024')?.kind, 'bare');
    assert.equal(readDateLine('Today the council met'), undefined);
  });
});

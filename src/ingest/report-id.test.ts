import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseForId, reportId } from './report-id.js';

const TEXT = 'Harbour ferry service in Port Ellery resumed on Monday after a two-day strike, the operator said.';

test('the id is 16 lower-case hex characters and stable for the same input', () => {
  const id = reportId('text', TEXT);
  assert.match(id, /^[0-9a-f]{16}$/);
  assert.equal(reportId('text', TEXT), id);
});

test('whitespace layout and Unicode normalisation form do not change the id', () => {
  const rewrapped = TEXT.replace(/ /g, '\n  ').replace('Monday', 'Monday\u00a0');
  assert.equal(reportId('text', `\n${rewrapped}\r\n`), reportId('text', TEXT));
  const nfd = 'Café Zoë reopened.'.normalize('NFD');
  assert.notEqual(nfd, 'Café Zoë reopened.');
  assert.equal(reportId('text', nfd), reportId('text', 'Café Zoë reopened.'));
});

test('different text or a different format gives a different id', () => {
  assert.notEqual(reportId('text', TEXT), reportId('text', TEXT.replace('Monday', 'Tuesday')));
  assert.notEqual(reportId('text', TEXT), reportId('html', TEXT));
});

test('normaliseForId collapses runs of any whitespace and trims', () => {
  assert.equal(normaliseForId('  a\t\tb\u2003c\n'), 'a b c');
});

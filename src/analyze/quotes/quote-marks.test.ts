import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuoteMarks, MAX_UNCLOSED } from './quote-marks.js';

/** [paragraph, quoted words found (inner text), closed flags] */
const cases: Array<[string, string[], boolean[]]> = [
  ['“We hold the bridge,” Colonel Arvo Lind said.', ['We hold the bridge,'], [true]],
  ['"Nothing fell on the school," the mayor said. "Nothing."', ['Nothing fell on the school,', 'Nothing.'], [true, true]],
  ['Le maire a déclaré : « Tout est calme ». Fin.', [' Tout est calme '], [true]],
  ['Er sagte: „Wir bleiben hier.“ Dann ging er.', ['Wir bleiben hier.'], [true]],
  ['The inscription read ‘for the residents’ in red paint.', ['for the residents'], [true]],
  ['Residents’ anger grew in the ’90s, officials’ files show.', [], []],
  ['“He told me ‘stay inside’ and left,” she said.', ['He told me ‘stay inside’ and left,'], [true]],
  ['“This one never closes and the paragraph ends here', ['This one never closes and the paragraph ends here'], [false]],
  ['“First quote opens. “Second opens too,” he said.', ['First quote opens.', 'Second opens too,'], [false, true]],
  ['Empty marks “” and ""  stay out.', [], []],
];

for (const [para, expected, closed] of cases) {
  test(`marks: ${para.slice(0, 48)}`, () => {
    const got = findQuoteMarks(para, 0, para.length);
    assert.deepEqual(got.map((m) => para.slice(m.innerStart, m.innerEnd)), expected);
    assert.deepEqual(got.map((m) => m.closed), closed);
    for (const m of got) {
      assert.ok(m.open < m.innerStart && m.innerStart <= m.innerEnd && m.innerEnd <= m.close && m.close <= para.length);
    }
  });
}

test('marks: an unclosed quote in a long paragraph is cut near a sentence stop, not at the paragraph end', () => {
  const sentence = 'Crews worked through the night to clear the road. ';
  const para = '“' + sentence.repeat(Math.ceil((MAX_UNCLOSED * 3) / sentence.length));
  const [m] = findQuoteMarks(para, 0, para.length);
  assert.ok(m && !m.closed);
  assert.ok(m.innerEnd - m.innerStart <= MAX_UNCLOSED);
  assert.equal(para[m.innerEnd - 1], '.');
});

test('marks: only the given paragraph span is read', () => {
  const text = 'Intro “outside” here.\n“Inside,” she said.\nTail “also outside”.';
  const from = text.indexOf('“Inside');
  const to = text.indexOf('\nTail');
  const got = findQuoteMarks(text, from, to).map((m) => text.slice(m.innerStart, m.innerEnd));
  assert.deepEqual(got, ['Inside,']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedPassages } from './shared-passages.js';
import { shingleText } from './text-shingles.js';

const ORIGIN =
  'Firefighters from three districts worked through the night at the grain silo on Quay Road. The fire started in a conveyor belt shortly after midnight, the port authority said. Nobody was hurt. "We had it under control by four," said crew chief Olek Brandt.';
const COPY =
  'Weekend round-up. The fire started in a conveyor belt shortly after midnight, the harbour authority said. Nobody was hurt, and firefighters from three districts worked through the night at the grain silo on Quay Road.';

function passages(a: string, b: string) {
  const sa = shingleText(a, 5);
  const sb = shingleText(b, 5);
  return sharedPassages(sa, a, sb, b, new Uint8Array(sa.hashes.length).fill(1), { maxGap: 8, minDistinctive: 2 });
}

test('shared passages are found in both texts, joined across a changed word', () => {
  const ps = passages(COPY, ORIGIN);
  const here = ps.map((p) => COPY.slice(p.here[0], p.here[1]));
  const there = ps.map((p) => ORIGIN.slice(p.there[0], p.there[1]));
  assert.deepEqual(here, [
    'The fire started in a conveyor belt shortly after midnight, the harbour authority said.',
    'firefighters from three districts worked through the night at the grain silo on Quay Road.',
  ]);
  assert.deepEqual(there, [
    'The fire started in a conveyor belt shortly after midnight, the port authority said.',
    'Firefighters from three districts worked through the night at the grain silo on Quay Road.',
  ]);
});

test('texts with nothing in common share no passage', () => {
  assert.deepEqual(passages('The council approved the budget for next year after a long debate on Monday.', ORIGIN), []);
});

test('shingles inside quotation marks are flagged', () => {
  const t = shingleText('The mayor said: “Every launch site will be found and destroyed soon.” Then he left the hall quickly.', 5);
  const words = 'The mayor said Every launch site will be found and destroyed soon Then he left the hall quickly'.split(' ');
  const quoted = [...t.quoted].map((q, i) => (q ? words.slice(i, i + 5).join(' ') : '')).filter(Boolean);
  assert.deepEqual(quoted, ['Every launch site will be', 'launch site will be found', 'site will be found and', 'will be found and destroyed', 'be found and destroyed soon']);
  // German marks: „…“ opens and closes.
  const de = shingleText('Sie sagte „wir bleiben hier und warten ab“ und ging dann nach Hause zurück.', 5);
  assert.equal([...de.quoted].filter(Boolean).length, 2);
});

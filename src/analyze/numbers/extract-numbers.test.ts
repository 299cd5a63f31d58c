import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractNumbers } from './extract-numbers.js';
import { numericSpanProblems } from './numeric-spans.js';
import type { NumericFact } from './numeric-types.js';

type Expect = Partial<Pick<NumericFact, 'value' | 'low' | 'high' | 'approx' | 'counted' | 'category' | 'unit'>> & { text: string; source?: string };

const cases: Array<[string, Expect[]]> = [
  [
    'Air defences destroyed 14 drones over the Vessa region overnight, the regional administration said.',
    [{ text: '14 drones', value: 14, approx: 'exact', counted: 'drones', category: 'shot-down', source: 'regional administration' }],
  ],
  [
    'Two drones were intercepted and three others were jammed by electronic warfare.',
    [
      { text: 'Two drones', value: 2, category: 'intercepted', counted: 'drones' },
      { text: 'three others', value: 3, category: 'diverted', counted: 'drones' },
    ],
  ],
  [
    'At least 12 people were killed and dozens wounded in Orvik.',
    [
      { text: 'At least 12 people', value: 12, approx: 'at-least', category: 'killed', counted: 'people' },
      { text: 'dozens wounded', value: 12, approx: 'vague', category: 'injured', counted: 'people' },
    ],
  ],
  ['A man was injured by falling glass.', [{ text: 'A man', value: 1, category: 'injured', counted: 'men' }]],
  ['The strike damaged several apartment blocks.', [{ text: 'several apartment blocks', value: 3, approx: 'vague', category: 'damaged-buildings', counted: 'blocks' }]],
  ['The city lies some 300 km from the border.', [{ text: 'some 300 km', value: 300, approx: 'about', category: 'distance', unit: 'km' }]],
  ['Between 5 and 8 rockets were fired at the port.', [{ text: 'Between 5 and 8 rockets', value: 5, low: 5, high: 8, approx: 'range', category: 'launched' }]],
  ['Two or three missiles struck the depot.', [{ text: 'Two or three missiles', value: 2, low: 2, high: 3, approx: 'range', category: 'hit' }]],
  ['Turnout reached 47% in the capital.', [{ text: '47%', value: 47, category: 'percent', unit: '%' }]],
  ['Rescuers worked for more than 15 hours.', [{ text: 'more than 15 hours', value: 15, approx: 'more-than', category: 'duration', unit: 'hours' }]],
  ['Officials in Narva reported no casualties.', [{ text: 'no casualties', value: 0, category: 'killed', source: 'Officials in Narva' }]],
  ['About 1.5 million people fled the region.', [{ text: 'About 1.5 million people', value: 1_500_000, approx: 'about', counted: 'people', category: 'other' }]],
  ['It was the third consecutive night of attacks.', [{ text: 'third consecutive night', value: 3, category: 'duration', unit: 'nights' }]],
  ['“Nine drones fell on the airfield,” said Colonel Edda Prins.', [{ text: 'Nine drones', value: 9, category: 'hit', source: 'Edda Prins' }]],
  ['The Veltran Health Ministry has registered more than 300 injured civilians.', [{ text: 'more than 300 injured civilians', value: 300, category: 'injured', source: 'Veltran Health Ministry' }]],
  ['A dozen drones were shot down near the port.', [{ text: 'A dozen drones', value: 12, approx: 'about', counted: 'drones', category: 'shot-down' }]],
  ['A swarm of drones was shot down near the port.', []],
  ['More than 300+ miles away, crews waited.', [{ text: 'More than 300+ miles', value: 300, approx: 'at-least', category: 'distance' }]],
  // Parts of a count, by area and by fate, count what the whole counts.
  [
    'The ministry said 23 drones had been destroyed over Norvia: 11 over the Harrowgate region, eight over the Dunmere region and four over the Kessa region.',
    [
      { text: '23 drones', value: 23, counted: 'drones', category: 'shot-down' },
      { text: '11', value: 11, counted: 'drones', category: 'shot-down' },
      { text: 'eight', value: 8, counted: 'drones', category: 'shot-down' },
      { text: 'four', value: 4, counted: 'drones', category: 'shot-down' },
    ],
  ],
  [
    'It said 14 drones were suppressed over the country overnight, six of them over the capital and its outskirts.',
    [
      { text: '14 drones', value: 14, category: 'diverted' },
      { text: 'six of them', value: 6, counted: 'drones', category: 'diverted' },
    ],
  ],
  [
    'The ministry said 14 drones were suppressed over the country, while the mayor said six were shot down over the capital.',
    [
      { text: '14 drones', value: 14, category: 'diverted' },
      { text: 'six', value: 6, counted: 'drones', category: 'shot-down' },
    ],
  ],
  [
    'Norvian forces fired two guided missiles at the port, one of which was intercepted.',
    [
      { text: 'two guided missiles', value: 2, category: 'launched' },
      { text: 'one of which', value: 1, counted: 'missiles', category: 'intercepted' },
    ],
  ],
  // What follows a figure after a preposition is not what it counts.
  ['Crews counted 11 over the Harrowgate region.', []],
];

/** Text with no count in it: dates, times, model names, labels, pronoun "one". */
const none = [
  'The attack came at 3 a.m. on 14 March 2024, at 0:58 local time.',
  'He flies an F-16 and the Su-34 and watched WW2 films on page 4.',
  'It was one of the largest attacks, and one thing is clear.',
  'The score was 2-1 and later 112-101.',
  'She writes for 24 Hours World since 2019.',
  'A man’s voice can be heard in a video.',
];

for (const [text, expected] of cases) {
  test(`numbers: ${text.slice(0, 50)}`, () => {
    const facts = extractNumbers(text);
    assert.deepEqual(numericSpanProblems(text, facts), []);
    assert.equal(facts.length, expected.length, JSON.stringify(facts.map((f) => f.text)));
    for (const e of expected) {
      const f = facts.find((x) => x.text === e.text);
      assert.ok(f, `no fact "${e.text}" in ${JSON.stringify(facts.map((x) => x.text))}`);
      for (const key of ['value', 'low', 'high', 'approx', 'counted', 'category', 'unit'] as const) {
        if (e[key] !== undefined) assert.equal(f[key], e[key], `${e.text}: ${key}`);
      }
      if (e.source !== undefined) assert.equal(f.source?.text, e.source);
    }
  });
}

for (const text of none) {
  test(`numbers: nothing counted in "${text.slice(0, 40)}"`, () => {
    assert.deepEqual(extractNumbers(text).map((f) => f.text), []);
  });
}

test('numbers: a bare figure is a part of a weapons count only in its sentence, and only with an area or a fate of weapons', () => {
  const text = 'Three drones hit the depot; two were injured. Nine drones were destroyed over the city. Two of them were shot down later.';
  assert.deepEqual(extractNumbers(text).map((f) => [f.text, f.counted]), [
    ['Three drones', 'drones'],
    ['Nine drones', 'drones'],
  ]);
});

test('numbers: an elliptical count takes what the previous figure counted, only nearby', () => {
  const text = 'Six drones were launched. Four more were shot down.\nFour more came later.';
  const facts = extractNumbers(text);
  assert.deepEqual(facts.map((f) => [f.text, f.counted, f.category]), [
    ['Six drones', 'drones', 'launched'],
    ['Four more', 'drones', 'shot-down'],
  ]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractNumbers } from '../numbers/extract-numbers.js';
import { extractQuotes } from '../quotes/extract-quotes.js';
import { classifyClaims } from './classify-claims.js';
import { claimSpanProblems } from './claim-spans.js';
import type { Claim, ClaimKind } from './claim-types.js';

function read(text: string): Claim[] {
  const quotes = extractQuotes(text);
  const numbers = extractNumbers(text, { quotes });
  const claims = classifyClaims(text, { quotes, numbers });
  assert.deepEqual(claimSpanProblems(text, claims), []);
  return claims;
}

/** One sentence each: [text, kind, hedges as "kind:words"]. */
const cases: Array<[string, ClaimKind, string[]]> = [
  ['Two drones struck a fuel depot in Varnask early on Sunday, injuring three workers.', 'reported-event', []],
  ['The regional health office has registered 412 injured civilians since March.', 'statistic', []],
  ['“We intercepted every drone,” said Colonel Edda Prins.', 'attributed-statement', []],
  ['Local officials said the fire was out by noon.', 'attributed-statement', []],
  ['If confirmed, the strike would be the deepest yet.', 'speculation', ['conditional:If confirmed', 'modal:would']],
  ['The footage could not be independently verified.', 'other', ['unverified:could not be independently verified']],
  ['Air defences appeared to activate over the bay.', 'speculation', ['appearance:appeared to']],
  ['The drone was reportedly launched from a boat.', 'reported-event', ['reportedly:reportedly']],
  ['It must be a devastating blow to the morale of the city.', 'opinion', []],
  ['We have to wonder what the generals are thinking.', 'opinion', []],
  ['Is the city ready for another night like this?', 'question', []],
  ['The council will vote on the new shelters next week.', 'prediction', []],
  ['The attacks may continue through the winter.', 'speculation', ['modal:may']],
  ['It is unclear who launched the drones.', 'speculation', ['unverified:It is unclear']],
  ['By all accounts, the mood in the capital has darkened.', 'speculation', ['attribution-vague:By all accounts']],
];

for (const [text, kind, hedges] of cases) {
  test(`claims: ${text}`, () => {
    const claims = read(text);
    assert.equal(claims.length, 1);
    const [c] = claims;
    assert.equal(c!.kind, kind, JSON.stringify(c));
    assert.deepEqual(c!.hedges.map((h) => `${h.kind}:${h.text}`), hedges);
  });
}

test('claims: opinion cues are kept as evidence, but not from inside a speaker’s quote', () => {
  const text = 'Frankly, we think the response was shameful. “We are proud of it,” said Mayor Tomas Rikk.';
  const [mine, theirs] = read(text);
  assert.equal(mine!.kind, 'opinion');
  assert.deepEqual(mine!.cues.map((c) => `${c.kind}:${c.text}`), ['first-person:we', 'evaluative:shameful']);
  assert.equal(theirs!.kind, 'attributed-statement');
  assert.deepEqual(theirs!.cues.filter((c) => c.kind === 'first-person'), []);
  assert.equal(theirs!.quoteIds?.length, 1);
});

test('claims: "May" the month is no modal hedge', () => {
  const [c] = read('In early May two missiles were intercepted over the port.');
  assert.deepEqual(c!.hedges, []);
  assert.equal(c!.kind, 'reported-event');
});

test('claims: check-worthiness ranks a specific attributed event above commentary', () => {
  const text =
    'The Veltran Defence Ministry said 14 drones were shot down over Orvik on Tuesday. ' +
    'Russia could intensify its strikes. ' +
    'It is a testament to the courage of ordinary people, and we must never forget it.';
  const [fact, guess, view] = read(text);
  assert.ok(fact!.checkWorthiness > guess!.checkWorthiness, JSON.stringify([fact, guess]));
  assert.ok(guess!.checkWorthiness >= view!.checkWorthiness);
  assert.ok(fact!.checkWorthiness >= 0.7);
  assert.equal(view!.checkWorthiness, 0);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCrossSignal } from '../cross-signal.js';
import { brenmoorReports } from '../cross-signal-fixtures.js';
import { buildTestStory, storyVerdicts, testCrossSignal } from '../cross-signal-tester.js';
import { dateConflict } from './index.js';

const HERALD_16 = 'On April 16, 2026, the town of Brenmoor came under a drone attack that damaged a school in the Northfield district and injured two people, Mayor Ada Linn said.';
const FENWIRE_18 = 'BRENMOOR, April 18 (Fenwire) — Air defence units shot down eight drones over the town of Brenmoor overnight, Mayor Ada Linn said on Saturday.';
const GAZETTE_18 = 'Early on April 18, 2026, eight drones were shot down over Brenmoor, the regional military command said.';

testCrossSignal(dateConflict, storyVerdicts, {
  valid: [
    { name: 'the same night dated by two outlets', reports: brenmoorReports('fenwire-eight', 'gazette-dated') },
    { name: 'April 17 beside "overnight" on the 18th is within a day', reports: brenmoorReports('fenwire-eight', 'gazette-dated', 'herald-april-17') },
    // A conflict on a count is contradicted-claim's, not this rule's.
    { name: 'a conflicting count is not a date conflict', reports: brenmoorReports('fenwire-eight', 'gazette-six') },
  ],
  invalid: [
    {
      name: 'a report dated two days before the day two outlets give',
      reports: brenmoorReports('fenwire-eight', 'gazette-dated', 'herald-april-16'),
      errors: [{ on: 'herald-april-16', messageId: 'date-conflicts-with-consensus', quotes: [HERALD_16], related: [['fenwire-eight', FENWIRE_18], ['gazette-dated', GAZETTE_18]] }],
    },
    {
      name: 'a copy adds no origin to the consensus and is not quoted',
      reports: brenmoorReports('fenwire-eight', 'lantern-copy', 'courier-eight', 'herald-april-16'),
      errors: [{ on: 'herald-april-16', messageId: 'date-conflicts-with-consensus', quotes: [HERALD_16], related: [['fenwire-eight', FENWIRE_18]] }],
    },
    {
      name: 'maxRelated 1 quotes one report of the consensus',
      reports: brenmoorReports('fenwire-eight', 'gazette-dated', 'herald-april-16'),
      options: { maxRelated: 1 },
      errors: [{ on: 'herald-april-16', messageId: 'date-conflicts-with-consensus', quotes: [HERALD_16], related: [['fenwire-eight', FENWIRE_18]] }],
    },
  ],
});

test('the message gives both days and counts the consensus origins; data keeps the consensus day', async () => {
  const story = await buildTestStory(brenmoorReports('fenwire-eight', 'gazette-dated', 'herald-april-16'));
  const [f] = runCrossSignal(dateConflict, storyVerdicts(story));
  assert.equal(f!.message, "date conflicts with the story's consensus date: 2026-04-16 here, 2026-04-18 in 2 independent reports");
  assert.equal(f!.severity, 'warning');
  const data = f!.data as { consensus: string; value: string; against: string[] };
  assert.equal(data.value, '2026-04-16');
  assert.equal(data.consensus, '2026-04-18');
  assert.deepEqual(data.against.map((o) => story.keyOf(o)).sort(), ['fenwire-eight', 'gazette-dated']);
});

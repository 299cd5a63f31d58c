import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCrossSignal } from '../cross-signal.js';
import { brenmoorReports } from '../cross-signal-fixtures.js';
import { buildTestStory, storyVerdicts, testCrossSignal } from '../cross-signal-tester.js';
import { contradictedClaim } from './index.js';

// The words each report gives for its count (the first span of its claim).
const FENWIRE_8 = 'Eight drones downed over Brenmoor, school damaged';
const GAZETTE_6 = 'Six drones were shot down over Brenmoor overnight, the regional military command said on Saturday.';
const ESTLINE_6 = 'BRENMOOR, April 18 (Estline) — Air defence shot down six drones that attacked the town of Brenmoor overnight, the regional military command said in a statement on Saturday morning.';
const BEACON_6 = 'Six drones shot down over Brenmoor';
const COURIER_8 = 'The air force said eight drones had been shot down over Brenmoor.';

testCrossSignal(contradictedClaim, storyVerdicts, {
  valid: [
    { name: '8 and "about 8" agree', reports: brenmoorReports('fenwire-eight', 'gazette-about-eight') },
    { name: 'two outlets with 8, no other value', reports: brenmoorReports('fenwire-eight', 'courier-eight') },
    { name: 'a wire story and its copy never contradict each other', reports: brenmoorReports('fenwire-eight', 'lantern-copy') },
  ],
  invalid: [
    {
      name: '8 against 6 from two independent outlets: both contradicted, each with the other\'s words',
      reports: brenmoorReports('fenwire-eight', 'gazette-six'),
      errors: [
        { on: 'fenwire-eight', messageId: 'claim-contradicted', quotes: [FENWIRE_8], related: [['gazette-six', GAZETTE_6]] },
        { on: 'gazette-six', messageId: 'claim-contradicted', quotes: [GAZETTE_6], related: [['fenwire-eight', FENWIRE_8]] },
      ],
    },
    {
      name: 'a wire story with 6 and its copy are one origin against two with 8: only the 6 side is contradicted',
      reports: brenmoorReports('fenwire-eight', 'courier-eight', 'estline-six', 'beacon-copy'),
      errors: [
        { on: 'estline-six', messageId: 'claim-contradicted', quotes: [ESTLINE_6], related: [['fenwire-eight', FENWIRE_8], ['courier-eight', COURIER_8]] },
        { on: 'beacon-copy', messageId: 'claim-contradicted', quotes: [BEACON_6], related: [['fenwire-eight', FENWIRE_8], ['courier-eight', COURIER_8]] },
      ],
    },
    {
      name: 'the copy does not make 6 the majority: one origin against one, every report contradicted, the copy never quoted',
      reports: brenmoorReports('fenwire-eight', 'estline-six', 'beacon-copy'),
      errors: [
        { on: 'fenwire-eight', messageId: 'claim-contradicted', quotes: [FENWIRE_8], related: [['estline-six', ESTLINE_6]] },
        { on: 'estline-six', messageId: 'claim-contradicted', quotes: [ESTLINE_6], related: [['fenwire-eight', FENWIRE_8]] },
        { on: 'beacon-copy', messageId: 'claim-contradicted', quotes: [BEACON_6], related: [['fenwire-eight', FENWIRE_8]] },
      ],
    },
    {
      name: 'maxRelated 1 quotes one report of the other side',
      reports: brenmoorReports('fenwire-eight', 'courier-eight', 'estline-six', 'beacon-copy'),
      options: { maxRelated: 1 },
      errors: [
        { on: 'estline-six', messageId: 'claim-contradicted', quotes: [ESTLINE_6], related: [['fenwire-eight', FENWIRE_8]] },
        { on: 'beacon-copy', messageId: 'claim-contradicted', quotes: [BEACON_6], related: [['fenwire-eight', FENWIRE_8]] },
      ],
    },
  ],
});

test('the message counts independent origins and gives both values; data names the facet and the other side', async () => {
  const story = await buildTestStory(brenmoorReports('fenwire-eight', 'courier-eight', 'estline-six', 'beacon-copy'));
  const findings = runCrossSignal(contradictedClaim, storyVerdicts(story), { maxRelated: 1 });
  const beacon = findings.find((f) => story.keyOf(f.docId) === 'beacon-copy')!;
  // Quoting fewer reports does not change how many origins contradict it.
  assert.equal(beacon.message, 'claim contradicted by 2 independent reports: drones intercepted over Brenmoor — 6 here, 8 there');
  assert.equal(beacon.severity, 'warning');
  const data = beacon.data as { storyId: string; facet: string; value: string; against: string[]; otherValues: string[] };
  assert.equal(data.storyId, story.record.id);
  assert.match(data.facet, /^count:intercepted:drones@/);
  assert.equal(data.value, '6');
  assert.deepEqual(data.otherValues, ['8']);
  assert.deepEqual(data.against.map((o) => story.keyOf(o)).sort(), ['courier-eight', 'fenwire-eight']);
});

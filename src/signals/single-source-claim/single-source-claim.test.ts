import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCrossSignal } from '../cross-signal.js';
import { brenmoorReports } from '../cross-signal-fixtures.js';
import { buildTestStory, storyVerdicts, testCrossSignal } from '../cross-signal-tester.js';
import { singleSourceClaim } from './index.js';

// Fenwire's (and its copy's) words for the two injured.
const FENWIRE_INJURED = 'Debris damaged a school in the Northfield district and injured two people, Linn said on her messaging channel.';

testCrossSignal(singleSourceClaim, storyVerdicts, {
  valid: [
    { name: 'the same figures, district and day from two outlets', reports: brenmoorReports('fenwire-eight', 'gazette-about-eight') },
    { name: 'a claim nobody corroborates is not reported when its kind is left out', reports: brenmoorReports('fenwire-eight', 'courier-no-injured'), options: { kinds: ['count'] } },
  ],
  invalid: [
    {
      name: 'a casualty figure only one outlet gives',
      reports: brenmoorReports('fenwire-eight', 'courier-no-injured'),
      errors: [{ on: 'fenwire-eight', messageId: 'only-source', quotes: [FENWIRE_INJURED] }],
    },
    {
      name: 'a wire story and its copy are still one source: both reports are flagged',
      reports: brenmoorReports('fenwire-eight', 'lantern-copy', 'courier-no-injured'),
      errors: [
        { on: 'fenwire-eight', messageId: 'only-source', quotes: [FENWIRE_INJURED] },
        { on: 'lantern-copy', messageId: 'only-source', quotes: [FENWIRE_INJURED] },
      ],
    },
    {
      name: 'a district only one outlet names is a single-source site',
      reports: brenmoorReports('fenwire-eight', 'courier-no-district'),
      errors: [
        { on: 'fenwire-eight', messageId: 'only-source', quotes: ['Northfield district'] },
        { on: 'fenwire-eight', messageId: 'only-source', quotes: [FENWIRE_INJURED] },
      ],
    },
    {
      name: 'sites: false leaves the district out',
      reports: brenmoorReports('fenwire-eight', 'courier-no-district'),
      options: { sites: false },
      errors: [{ on: 'fenwire-eight', messageId: 'only-source', quotes: [FENWIRE_INJURED] }],
    },
  ],
});

test('a single-source finding is a note naming the facet and the value, with nothing in related', async () => {
  const story = await buildTestStory(brenmoorReports('fenwire-eight', 'courier-no-injured'));
  const [f, ...rest] = runCrossSignal(singleSourceClaim, storyVerdicts(story));
  assert.equal(rest.length, 0);
  assert.equal(f!.severity, 'info');
  assert.equal(f!.message, 'only source for this claim: injured in Brenmoor — 2');
  assert.equal(f!.related, undefined);
  const { facet, ...data } = f!.data!;
  assert.match(String(facet), /^casualties:injured@/);
  assert.deepEqual(data, { storyId: story.record.id, label: 'injured in Brenmoor', value: '2' });
});

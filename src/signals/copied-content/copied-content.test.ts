import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyFixtureReports } from '../../corpus/stories/story-fixtures.js';
import { runCrossSignal } from '../cross-signal.js';
import { brenmoorReports, morvaineReports } from '../cross-signal-fixtures.js';
import { buildTestStory, storyLinks, testCrossSignal } from '../cross-signal-tester.js';
import { copiedContent } from './index.js';

/** The words of `text` from `from` through `to`. */
function between(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start) + to.length;
  assert.ok(start >= 0 && end >= to.length, `"${from}" … "${to}" is in the text`);
  return text.slice(start, end);
}

// The Harrowgate wire story's body (all but its headline) is what its copy shares with it.
const HARROWGATE_WIRE = storyFixtureReports(['night1-wire'])[0]!.raw;
const HARROWGATE_BODY = HARROWGATE_WIRE.slice(HARROWGATE_WIRE.indexOf('\n\n') + 2);
// The Morvaine copy rewords one sentence and drops the last paragraphs: two passages either side.
const MORVAINE_WIRE = morvaineReports('wire')[0]!.raw;
const BEFORE_EDIT = between(MORVAINE_WIRE, 'MORVAINE, May 2', 'exclusion zone around the plant and');
const AFTER_EDIT = between(MORVAINE_WIRE, 'There is no danger', 'what had caused the fire.');
const ESTLINE = brenmoorReports('estline-six')[0]!.raw;
const ESTLINE_BODY = ESTLINE.slice(ESTLINE.indexOf('\n\n') + 2);

testCrossSignal(copiedContent, storyLinks, {
  valid: [
    { name: 'a wire story and an independent local report', reports: storyFixtureReports(['night1-wire', 'night1-local']) },
    { name: 'two outlets telling the same night in their own words', reports: brenmoorReports('fenwire-eight', 'courier-eight') },
  ],
  invalid: [
    {
      name: 'a syndicated copy points at its source, the shared body in both texts and the credit line',
      reports: storyFixtureReports(['night1-wire', 'night1-copy', 'night1-local']),
      errors: [{ on: 'night1-copy', messageId: 'copy-of', quotes: ['(Fenwire)', HARROWGATE_BODY], related: [['night1-wire', HARROWGATE_BODY]] }],
    },
    {
      name: 'a copy with one sentence reworded shares the passages either side of the edit',
      reports: morvaineReports('wire', 'copy-headline'),
      errors: [
        {
          on: 'copy-headline',
          messageId: 'copy-of',
          quotes: ['(Baltmoor Press)', BEFORE_EDIT, AFTER_EDIT],
          related: [
            ['wire', BEFORE_EDIT],
            ['wire', AFTER_EDIT],
          ],
        },
      ],
    },
    {
      name: 'a wire copy arriving first is still the copy',
      reports: brenmoorReports('beacon-copy', 'estline-six'),
      errors: [{ on: 'beacon-copy', messageId: 'copy-of', quotes: ['(Estline)', ESTLINE_BODY], related: [['estline-six', ESTLINE_BODY]] }],
    },
    {
      name: 'a credited translation: the credit line, and each translated sentence beside its original',
      reports: morvaineReports('german', 'translation'),
      errors: [
        {
          on: 'translation',
          messageId: 'translation-of',
          quotes: [
            'Source: Rheinwacht Zeitung',
            'About 120 firefighters with 35 vehicles were deployed, spokeswoman Ines Vardal said.',
            'Governor Tomas Rellick had an exclusion zone of two kilometres set up around the works.',
            'The works belong to the chemicals group Kordal Agro and employ around 450 people.',
          ],
          related: [
            ['german', 'Etwa 120 Feuerwehrleute mit 35 Fahrzeugen waren im Einsatz, sagte Sprecherin Ines Vardal.'],
            ['german', 'Gouverneur Tomas Rellick ließ eine Sperrzone von zwei Kilometern um das Werk einrichten.'],
            ['german', 'Das Werk gehört dem Chemiekonzern Kordal Agro und beschäftigt rund 450 Menschen.'],
          ],
        },
      ],
    },
    {
      name: 'two reports that only pass on one ministry statement depend on the ministry, not on each other',
      reports: morvaineReports('relay-a', 'relay-b'),
      errors: [
        {
          on: 'relay-a',
          messageId: 'relays-statement',
          quotes: [
            "Estravia's Interior Ministry said on Sunday that the fire at the Kordal Agro plant in Morvaine was caused by a faulty ventilation unit.",
            'The ministry said investigators had found no sign of sabotage.',
            'It said the exclusion zone around the plant would be lifted on Monday morning.',
          ],
        },
        {
          on: 'relay-b',
          messageId: 'relays-statement',
          quotes: [
            "The fire at a Morvaine fertiliser plant on Saturday started in a broken ventilation unit, Estravia's Interior Ministry said in a statement on Sunday.",
            'Investigators found no evidence of sabotage, the ministry said.',
            'Residents will be allowed back into the two-kilometre zone on Monday, according to the ministry.',
          ],
        },
      ],
    },
  ],
});

test('the message names the origin by headline and outlet, or the speaker; data keeps the relation and the origin id', async () => {
  const copy = await buildTestStory(storyFixtureReports(['night1-wire', 'night1-copy']));
  const [f] = runCrossSignal(copiedContent, storyLinks(copy));
  assert.equal(f!.message, 'copy of “Drones attack Harrowgate overnight, two injured” (Fenwire)');
  assert.equal(f!.severity, 'info');
  assert.equal(f!.data!.relation, 'syndicated-copy');
  assert.equal(copy.keyOf(String(f!.data!.derivedFrom)), 'night1-wire');
  assert.ok(Number(f!.data!.score) > 0.8 && Number(f!.data!.score) <= 1);
  // Without a way to describe the origin report, the finding names it by id.
  const [bare] = runCrossSignal(copiedContent, { links: storyLinks(copy).links });
  assert.equal(bare!.message, `copy of report ${String(f!.data!.derivedFrom)}`);

  const relay = await buildTestStory(morvaineReports('relay-a', 'relay-b'));
  const messages = runCrossSignal(copiedContent, storyLinks(relay)).map((x) => x.message);
  assert.deepEqual(messages, ["relays a statement by Estravia's Interior Ministry", "relays a statement by Estravia's Interior Ministry"]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReportIndex } from './report-index.js';
import { DEFAULT_STORY_CLUSTERER_OPTIONS } from './story-clusterer.js';
import { profileOfDocument, type ClusterDocument } from './story-profile.js';
import { FEATURE_NAMES, pairFeatures, reportSimilarity } from './story-similarity.js';

const DOCS: ClusterDocument[] = [
  {
    id: 'bank-2009-a',
    text: 'Bomb kills guard at Tarnby bank\nA bomb exploded at the Northgate Savings branch in Tarnby on 12 March 2009, killing security guard Emil Raske, police chief Hana Borg said.\nBorg said the device was hidden in a parcel left at the counter.',
  },
  {
    id: 'bank-2009-b',
    text: 'Tarnby bank blast: guard Emil Raske named as victim\nPolice in Tarnby named Emil Raske, 52, as the guard killed when a parcel bomb went off at the Northgate Savings branch on 12 March 2009.\nChief Hana Borg appealed for witnesses.',
  },
  {
    id: 'bank-2013',
    text: 'Firebomb hits bank in Lusk during protest\nProtesters threw a firebomb into a Meridian Bank branch in Lusk on 3 June 2013, injuring two clerks, fire officer Jonas Pell said.\nPell said the blaze spread to the first floor.',
  },
];

function setup() {
  const ix = new ReportIndex(DEFAULT_STORY_CLUSTERER_OPTIONS);
  const ps = DOCS.map(profileOfDocument);
  for (const p of ps) ix.observe(p);
  return { ix, ps };
}

test('features are symmetric and named', () => {
  const { ix, ps } = setup();
  const ab = pairFeatures(ps[0]!, ps[2]!, ix.weights);
  assert.equal(ab.length, FEATURE_NAMES.length);
  assert.deepEqual(ab, pairFeatures(ps[2]!, ps[0]!, ix.weights));
});

test('two reports of one bombing score far above reports of two bank attacks years apart', () => {
  const { ix, ps } = setup();
  const o = DEFAULT_STORY_CLUSTERER_OPTIONS;
  const same = reportSimilarity(ps[0]!, ps[1]!, ix.weights, o.model, o);
  const other = reportSimilarity(ps[0]!, ps[2]!, ix.weights, o.model, o);
  assert.ok(same > 0.5, `same event ${same}`);
  assert.ok(other < 0.2, `other event ${other}`);
  const f = Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, pairFeatures(ps[0]!, ps[2]!, ix.weights)[i]]));
  assert.equal(f.yearConflict, 1);
  assert.equal(f.latestYearGap, 1);
  assert.equal(pairFeatures(ps[0]!, ps[1]!, ix.weights)[FEATURE_NAMES.indexOf('dayShare')], 1);
});

test('resolved event days and publication gaps move the probability; absent evidence does not', () => {
  const { ix } = setup();
  const o = DEFAULT_STORY_CLUSTERER_OPTIONS;
  const base = (extra: Partial<ClusterDocument>) => profileOfDocument({ ...DOCS[0]!, ...extra });
  // A terse follow-up, so the text alone leaves the model unsure and the priors can show.
  const b = (extra: Partial<ClusterDocument>) =>
    profileOfDocument({ id: 'terse', text: 'Police seek witnesses after Tarnby blast\nDetectives asked anyone who was near the bank to come forward.', ...extra });
  const plain = reportSimilarity(base({}), b({}), ix.weights, o.model, o);
  const agree = reportSimilarity(base({ features: { eventDates: ['2009-03-12'] } }), b({ features: { eventDates: ['2009-03-13'] } }), ix.weights, o.model, o);
  const apart = reportSimilarity(base({ features: { eventDates: ['2009-03-12'] } }), b({ features: { eventDates: ['2009-03-19'] } }), ix.weights, o.model, o);
  const oneSided = reportSimilarity(base({ features: { eventDates: ['2009-03-12'] } }), b({}), ix.weights, o.model, o);
  const weekApart = reportSimilarity(base({ published: '2009-03-12' }), b({ published: '2009-03-20T08:00:00Z' }), ix.weights, o.model, o);
  const sameDay = reportSimilarity(base({ published: '2009-03-12' }), b({ published: '2009-03-13' }), ix.weights, o.model, o);
  assert.ok(plain > 0.05 && plain < 0.95, `text alone ${plain}`);
  assert.ok(agree > plain);
  assert.ok(apart < plain / 2);
  assert.equal(oneSided, plain);
  assert.ok(weekApart < plain);
  assert.equal(sameDay, plain);
});

test('the trained model has one weight per feature', () => {
  assert.equal(DEFAULT_STORY_CLUSTERER_OPTIONS.model.weights.length, FEATURE_NAMES.length);
});

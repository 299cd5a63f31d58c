import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReportIndex, type ReportIndexLimits } from './report-index.js';
import { profileOfDocument } from './story-profile.js';

const limits = { queryTerms: 10, maxCandidates: 3, maxPostingRead: 4 };

function report(i: number, town: string): ReturnType<typeof profileOfDocument> {
  return profileOfDocument({ id: `r${i}`, text: `Storm damage in ${town}\nA storm damaged roofs in ${town} on Monday, the ${town} council said, and report ${i} counted fallen trees.` });
}

test('candidates share strong terms, are capped, and come from the newest postings only', () => {
  const ix = new ReportIndex(limits);
  const towns = ['Osterby', 'Osterby', 'Brisk', 'Osterby', 'Osterby', 'Osterby', 'Osterby', 'Osterby'];
  towns.forEach((town, i) => {
    const p = report(i, town);
    ix.observe(p);
    ix.add(i, ix.queryKeys(p));
  });
  const q = report(99, 'Osterby');
  ix.observe(q);
  const cands = ix.candidates(ix.queryKeys(q));
  assert.equal(cands.length, 3);
  // Only the last four reports of each posting list are read: the oldest Osterby reports never come up.
  for (const c of cands) assert.ok(c >= 4, `candidate ${c} is older than the read window`);
  assert.ok(!cands.includes(2), 'a report about another town shares fewer strong terms');
});

test('posting lists are trimmed, and an index restored from JSON answers the same', () => {
  const ix = new ReportIndex(limits);
  for (let i = 0; i < 20; i++) {
    const p = report(i, 'Osterby');
    ix.observe(p);
    ix.add(i, ix.queryKeys(p));
  }
  const state = ix.toJSON();
  for (const [, list] of state.postings) assert.ok(list.length <= 2 * limits.maxPostingRead);
  const back = ReportIndex.fromJSON(JSON.parse(JSON.stringify(state)), limits);
  const q = report(50, 'Osterby');
  assert.deepEqual(back.candidates(back.queryKeys(q)), ix.candidates(ix.queryKeys(q)));
  assert.equal(back.weights.names('osterby'), ix.weights.names('osterby'));
});

test('term weights follow the corpus: a name in every report weighs less than a rare one', () => {
  const ix = new ReportIndex(limits);
  for (let i = 0; i < 6; i++) ix.observe(report(i, i === 0 ? 'Brisk' : 'Osterby'));
  assert.ok(ix.weights.names('brisk') > ix.weights.names('osterby'));
  assert.ok(ix.weights.names('never-seen') > ix.weights.names('brisk'));
});

test('a term most reports carry is not looked up once the corpus is big enough, as a search engine skips stop words', () => {
  // "storm", "damage", "roof" and "council" are in every report; only the town tells them apart.
  const build = (limits: ReportIndexLimits) => {
    const ix = new ReportIndex(limits);
    ['Osterby', 'Brisk', 'Lundmark', 'Harwich Vale', 'Osterby', 'Brisk'].forEach((town, i) => {
      const p = report(i, town);
      ix.observe(p);
      ix.add(i, ix.queryKeys(p));
    });
    return ix;
  };
  const loose = build({ queryTerms: 40, maxCandidates: 10, maxPostingRead: 10, commonTermMinDocs: 1_000 });
  const strict = build({ queryTerms: 40, maxCandidates: 10, maxPostingRead: 10, commonTermShare: 0.5, commonTermMinDocs: 4 });
  const q = report(99, 'Lundmark');
  for (const ix of [loose, strict]) ix.observe(q);
  // Below the corpus size for it, the shared words bring every report as a candidate.
  assert.equal(loose.candidates(loose.queryKeys(q)).length, 6);
  // Above it, only reports sharing a term fewer than half the reports carry remain.
  assert.deepEqual(strict.candidates(strict.queryKeys(q)), [2]);
});

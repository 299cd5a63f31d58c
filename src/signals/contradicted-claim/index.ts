/**
 * # contradicted-claim
 *
 * **What it detects.** A figure or statement of a story that independent reports give
 * differently, where no update over time explains the difference: 8 drones shot down in one
 * report, 6 in another outlet's. The corroboration layer decides the facet's status (values that
 * agree allowing for approximations — 8 and "about 8", 30 and 32 — are one value; a rise over
 * time is an update, not a conflict); this rule reports it. A finding on each report carrying a
 * conflicting value, and on each report of the agreed value too when the conflicting side has as
 * many independent origins (a conflict between equals). Evidence: the report's own words for its
 * value; `related`: the words of one report per independent origin on the other side (up to
 * `maxRelated`); `data`: story, facet, label, value here, the origins against and their values.
 *
 * **Why it matters.** Corroboration by independent sources is how journalists and fact-checkers
 * establish a fact, and disagreement among them is the first thing a reader should know: the W3C
 * Credible Web Community Group lists corroboration among its credibility signals, and
 * fact-checkers following the IFCN Code of Principles compare sources side by side before
 * rating a claim (schema.org ClaimReview is how they publish it). A contradicted count says
 * "check this figure", whichever report turns out right.
 *
 * **Limits.**
 * - It says which reports disagree, not which is right; a later correction looks like a
 *   conflict when its report does not read as an update.
 * - A copy does not count as a second origin: a wire story and its client copies are one side,
 *   quoted once; nor does a report contradict its own source.
 * - Dates have their own rule (`date-conflict`); weak readings (an inferred value) are shown in
 *   the verdict but never contradict.
 * - Only as good as the figures the reading stages found and the facets they were aligned to.
 *
 * **Examples.**
 * - Fenwire: "shot down eight drones"; Brenmoor Gazette: "Six drones were shot down" → each
 *   report is contradicted by 1 independent report, the other's words in `related`.
 * - "eight drones" and "About eight drones" → agreement, nothing.
 * - Two outlets with eight, a wire story and its client copy with six → the wire story and its
 *   copy are contradicted by 2 independent reports; the two outlets are not.
 * - One outlet with eight, a wire story and its copy with six → one origin against one: all
 *   three are contradicted by 1 independent report (the copy adds no origin).
 *
 * References: W3C Credible Web CG, "Credibility Signals" (credweb.org/signals: corroboration);
 * Zhang et al., WWW'18 Companion; IFCN Code of Principles; schema.org ClaimReview; Silverman
 * (ed.), Verification Handbook, European Journalism Centre, 2014.
 */
import { defineCrossSignal, type StoryVerdicts } from '../cross-signal.js';
import type { GroupReport } from '../../corpus/corroborate/verdict-types.js';
import { conflictsOf, independentReports, onePerOrigin, type OtherSide } from '../verdict-sides.js';

/** Options of {@link contradictedClaim}. */
export type ContradictedClaimOptions = {
  /** Reports of the other side quoted in `related`, one per origin. */
  maxRelated: number;
};

/** The contradicted-claim signal (see the module doc). */
export const contradictedClaim = defineCrossSignal<StoryVerdicts, ContradictedClaimOptions>({
  meta: {
    id: 'contradicted-claim',
    category: 'corroboration',
    reads: 'facet-verdicts',
    rationale:
      'Finds figures and statements that independent reports of the same story give differently, with no update over time to explain it; each side is shown with its words.',
    references: [
      'W3C Credible Web Community Group, Credibility Signals: corroboration (https://credweb.org/signals)',
      'Zhang et al., A Structured Response to Misinformation: Defining and Annotating Credibility Indicators in News Articles, WWW 2018 Companion',
      'International Fact-Checking Network, Code of Principles (https://ifcncodeofprinciples.poynter.org)',
      'schema.org ClaimReview (https://schema.org/ClaimReview)',
      'Silverman (ed.), Verification Handbook, European Journalism Centre, 2014',
    ],
    messages: {
      'claim-contradicted': 'claim contradicted by {independent}: {label} — {value} here, {others} there',
    },
    defaults: { maxRelated: 6 },
  },
  run({ input: { verdicts, storyId }, options, report }) {
    for (const v of verdicts) {
      if (v.status !== 'contradicted' || v.kind === 'date') continue;
      const say = (r: GroupReport, other: OtherSide) =>
        report({
          docId: r.docId,
          messageId: 'claim-contradicted',
          severity: 'warning',
          evidence: r.evidence,
          ...(other.evidence.length ? { related: other.evidence } : {}),
          data: { storyId, facet: v.key, label: v.label, value: r.display, against: [...other.origins], otherValues: other.values },
          fill: { independent: independentReports(other.origins.size), others: other.values.join(' / ') },
        });
      const agreed = v.groups.find((g) => g.role === 'current');
      for (const { group: g, against } of conflictsOf(v, options.maxRelated)) {
        for (const r of g.reports) if (!r.weak) say(r, against);
        // A conflict between equals: the agreeing side is contradicted as much as the other.
        if (!agreed || g.origins < agreed.origins) continue;
        const theirs = onePerOrigin([g], new Set(agreed.reports.map((r) => r.origin)), options.maxRelated);
        if (theirs.origins.size === 0) continue;
        for (const r of agreed.reports) if (!r.weak) say(r, theirs);
      }
    }
  },
});

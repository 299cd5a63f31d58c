/**
 * # single-source-claim
 *
 * **What it detects.** A claim of a story that only one origin makes: a casualty figure, a count,
 * damage, who is blamed, the date or an incident site that no independent report repeats. The
 * corroboration layer decides the status (copies of a report are the same origin, so a wire story
 * run by ten outlets is still one source); this rule reports it on each report of that origin,
 * for the facet kinds in `kinds` (and incident sites, `sites`): a speaker's own statement, or the
 * place the story is about, is no claim worth flagging when only one report has it. Evidence: the
 * report's words for the value; `data`: story, facet, label, value.
 *
 * **Why it matters.** A fact that rests on one source has not been corroborated, however widely it
 * was copied: newsrooms' two-source practice and the W3C Credible Web Community Group's
 * corroboration signal both ask how many independent sources carry a claim. A single-source
 * toll early in an event is often revised; readers and editors should know it stands alone.
 *
 * **Limits.**
 * - One source is not a wrong source: an exclusive from the only reporter on the scene is
 *   single-source too (hence info, not a warning).
 * - Counted among the story's reports only: an agency report not in the corpus does not count.
 * - Weak readings (an inferred date, one person described for a toll) are never flagged.
 *
 * **Examples.**
 * - Only Fenwire gives "injured two people"; the other outlet tells of the same night without
 *   a toll → single-source-claim on Fenwire: injured in Brenmoor — 2.
 * - Two outlets both give two injured → corroborated, nothing.
 * - The wire story and its client copy are the only ones with the toll → on both: the copy is
 *   the same source.
 * - Only one outlet names the Northfield district as the site → single-source (unless `sites`
 *   is off).
 *
 * References: W3C Credible Web CG, "Credibility Signals" (credweb.org/signals: corroboration);
 * Zhang et al., WWW'18 Companion; Reuters Handbook of Journalism, "Sourcing"; IFCN Code of
 * Principles (standards and transparency of sources).
 */
import { defineCrossSignal, type StoryVerdicts } from '../cross-signal.js';
import type { FacetKind } from '../../corpus/align/facet-types.js';
import type { FacetVerdict } from '../../corpus/corroborate/verdict-types.js';

/** Options of {@link singleSourceClaim}. */
export type SingleSourceClaimOptions = {
  /** Facet kinds whose single-source claims are reported. */
  kinds: readonly FacetKind[];
  /** Whether a single-source incident site (a `place:site:` facet: a district, a building) is reported. */
  sites: boolean;
};

const DEFAULTS: SingleSourceClaimOptions = { kinds: ['count', 'casualties', 'attribution', 'damage', 'date'], sites: true };

/** The single-source-claim signal (see the module doc). */
export const singleSourceClaim = defineCrossSignal<StoryVerdicts, SingleSourceClaimOptions>({
  meta: {
    id: 'single-source-claim',
    category: 'corroboration',
    reads: 'facet-verdicts',
    rationale:
      'Finds counts, tolls, damage, attributions, dates and sites of a story that only one origin gives; copies of a report do not count as a second source.',
    references: [
      'W3C Credible Web Community Group, Credibility Signals: corroboration (https://credweb.org/signals)',
      'Zhang et al., A Structured Response to Misinformation: Defining and Annotating Credibility Indicators in News Articles, WWW 2018 Companion',
      'Reuters Handbook of Journalism: sourcing',
      'International Fact-Checking Network, Code of Principles (https://ifcncodeofprinciples.poynter.org)',
    ],
    messages: {
      'only-source': 'only source for this claim: {label} — {value}',
    },
    defaults: DEFAULTS,
  },
  run({ input: { verdicts, storyId }, options, report }) {
    for (const v of verdicts) {
      if (!isReportedSingleSource(v, options)) continue;
      for (const r of v.groups.find((g) => g.role === 'current')?.reports ?? []) {
        if (r.weak) continue;
        report({ docId: r.docId, messageId: 'only-source', severity: 'info', evidence: r.evidence, data: { storyId, facet: v.key, label: v.label, value: r.display } });
      }
    }
  },
});

/**
 * Whether a verdict is a single-source claim this signal reports under `options` (the defaults
 * unless given): exports that rate single-source values (ClaimReview) use it to pick the same ones.
 */
export function isReportedSingleSource(v: FacetVerdict, options: SingleSourceClaimOptions = DEFAULTS): boolean {
  return v.status === 'single-source' && (options.kinds.includes(v.kind) || (options.sites && v.key.startsWith('place:site:')));
}

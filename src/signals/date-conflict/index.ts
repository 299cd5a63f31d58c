/**
 * # date-conflict
 *
 * **What it detects.** A report that dates the story's incident off the day most independent
 * reports give. The corroboration layer works out the consensus day (the one most origins' dates
 * cover; a date within a day of it agrees, since an overnight attack is told on either day) and
 * marks a date stated in so many words that lies off it as conflicting; this rule reports each
 * report carrying such a date. Evidence: the report's date as written; `related`: one report per
 * independent origin giving the consensus (up to `maxRelated`); `data`: story, facet, the date
 * here, the consensus day and the origins behind it.
 *
 * **Why it matters.** When something happened is the first fact of an event record (ACLED and
 * similar event data code every event by its date), and a wrong day makes a report look like it
 * tells of another event — or merges two events into one. Reports that disagree on the date are
 * not corroborating each other, whatever else they share (W3C Credible Web CG: corroboration;
 * date of the events told).
 *
 * **Limits.**
 * - Unlike `date-inconsistency`, which reads one report's dates against its own page date, this
 *   rule compares reports; it says which day most origins give, not which is right.
 * - A date inferred from a weekday ("on Saturday", read against the publication date) is shown
 *   in the verdict but never conflicts; nor does a date one day off the consensus.
 * - Copies count once: a wire story's copies do not make its date the consensus.
 *
 * **Examples.**
 * - Fenwire: "April 18 … overnight", Brenmoor Gazette: "Early on April 18, 2026"; Eastern
 *   Herald: "On April 16, 2026, the town … came under a drone attack" → date-conflict on the
 *   Herald: 2026-04-16 here, 2026-04-18 in 2 independent reports, both reports' words in `related`.
 * - "On April 17, 2026" beside the same two → within a day of the consensus, nothing.
 *
 * References: W3C Credible Web CG, "Credibility Signals" (credweb.org/signals: corroboration);
 * ACLED Codebook (event date and time precision); Silverman (ed.), Verification Handbook,
 * European Journalism Centre, 2014 (establishing when).
 */
import { defineCrossSignal, type StoryVerdicts } from '../cross-signal.js';
import { conflictsOf, independentReports } from '../verdict-sides.js';

/** Options of {@link dateConflict}. */
export type DateConflictOptions = {
  /** Reports of the consensus quoted in `related`, one per origin. */
  maxRelated: number;
};

/** The date-conflict signal (see the module doc). */
export const dateConflict = defineCrossSignal<StoryVerdicts, DateConflictOptions>({
  meta: {
    id: 'date-conflict',
    category: 'time-consistency',
    reads: 'facet-verdicts',
    rationale:
      "Finds reports that date the story's incident off the day most independent reports give; the consensus reports' words are shown beside.",
    references: [
      'W3C Credible Web Community Group, Credibility Signals: corroboration (https://credweb.org/signals)',
      'ACLED Codebook: event date and time precision (https://acleddata.com)',
      'Silverman (ed.), Verification Handbook, European Journalism Centre, 2014',
    ],
    messages: {
      'date-conflicts-with-consensus': "date conflicts with the story's consensus date: {value} here, {theirs} in {independent}",
    },
    defaults: { maxRelated: 6 },
  },
  run({ input: { verdicts, storyId }, options, report }) {
    for (const v of verdicts) {
      if (v.status !== 'contradicted' || v.kind !== 'date') continue;
      for (const { group, against } of conflictsOf(v, options.maxRelated)) {
        for (const r of group.reports) {
          if (r.weak) continue;
          report({
            docId: r.docId,
            messageId: 'date-conflicts-with-consensus',
            severity: 'warning',
            evidence: r.evidence,
            ...(against.evidence.length ? { related: against.evidence } : {}),
            data: { storyId, facet: v.key, label: v.label, value: r.display, consensus: v.value, against: [...against.origins] },
            fill: { theirs: v.value ?? against.values.join(', '), independent: independentReports(against.origins.size) },
          });
        }
      }
    }
  },
});

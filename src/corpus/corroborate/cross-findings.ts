/**
 * Cross-report findings from a story's verdicts, in the finding shape signals use: the report's
 * own words in `evidence`, the other reports' words in `related`. The rules are signal folders
 * (`src/signals/contradicted-claim/`, `date-conflict/`, `single-source-claim/`) with their
 * metadata and docs; this runs them with their defaults.
 */
import type { Finding } from '../../model/finding.js';
import { contradictedClaim } from '../../signals/contradicted-claim/index.js';
import { runCrossSignal } from '../../signals/cross-signal.js';
import { dateConflict } from '../../signals/date-conflict/index.js';
import { singleSourceClaim } from '../../signals/single-source-claim/index.js';
import type { FacetVerdict } from './verdict-types.js';

/**
 * `contradicted-claim` on each report carrying a conflicting value ("claim contradicted by N
 * independent reports"), and on the agreeing ones too when the conflicting side is as large;
 * `date-conflict` for a date off the story's consensus date; `single-source-claim` on the reports
 * of the one origin that carries a claim nobody else makes.
 */
export function crossReportFindings(verdicts: readonly FacetVerdict[], storyId: string): Finding[] {
  // Verdict by verdict, so findings follow the facets' order whichever rule makes them (each
  // verdict is for one rule at most: its status and kind decide which).
  const out: Finding[] = [];
  for (const v of verdicts) {
    const input = { verdicts: [v], storyId };
    out.push(...runCrossSignal(contradictedClaim, input), ...runCrossSignal(dateConflict, input), ...runCrossSignal(singleSourceClaim, input));
  }
  return out;
}

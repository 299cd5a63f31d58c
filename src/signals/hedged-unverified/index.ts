/**
 * # hedged-unverified
 *
 * **What it detects.** Statements the report itself says it has not checked: "could not be
 * independently verified", "remain difficult to independently verify", "if confirmed, the
 * strikes would…", "unconfirmed reports", "as independent verification continues". Evidence:
 * each marker, in text order; `data.markers` gives its kind (`not-verified`, `hard-to-verify`,
 * `if-confirmed`, `unconfirmed`, `verification-pending`) and the sentence it hedges.
 *
 * **Why it matters.** The W3C Credible Web Community Group's credibility signals include how a
 * report qualifies its own claims. An explicit "we could not verify" is honest reporting — wire
 * agencies write it as a matter of routine — but it also means the report is not confirmation
 * of what it tells, and a report that builds its story on "if confirmed" is passing on
 * something nobody has established yet. Cross-report corroboration should weigh such claims as
 * unconfirmed, whatever the headline says.
 *
 * **Limits.**
 * - English phrasings only; the signal stays silent on reports mostly in another language.
 * - It does not tell the report's own caveat from a caveat it quotes ("officials said the
 *   figures could not be verified"): both mean the claim is unverified.
 * - Sources that are silent ("it is unclear", "not publicly acknowledged", "declined to
 *   comment") are not markers: they say nobody confirmed, not that the report could not.
 * - One marker is a note (info); `warnAt` or more is a warning.
 *
 * **Examples.**
 * - Seed 000: "remain difficult to independently verify", "If confirmed", "independent
 *   verification continues" → warning with three spans.
 * - "Northgate could not independently verify the numbers." → info with one span.
 * - "The ministry said 23 drones were destroyed." → nothing.
 *
 * References: W3C Credible Web CG, "Credibility Signals" (credweb.org/signals); Zhang et al.,
 * WWW'18 Companion; Reuters Handbook of Journalism, "Sourcing" (unverified material must be
 * flagged as such); Hyland, "Hedging in Scientific Research Articles", 1998 (hedges as
 * writer's commitment markers).
 */
import { defineSignal } from '../../core/signal.js';
import { bodyStart, claimAt, claimsOf, readsEnglish } from '../signal-inputs.js';
import { findUnverifiedMarkers } from './unverified-markers.js';

/** Options of {@link hedgedUnverified}. */
export type HedgedUnverifiedOptions = {
  /** Markers from which the finding is a warning rather than info. */
  warnAt: number;
};

/** The hedged-unverified signal (see the module doc). */
export const hedgedUnverified = defineSignal<HedgedUnverifiedOptions>({
  meta: {
    id: 'hedged-unverified',
    category: 'verification',
    rationale:
      'Finds statements the report itself marks as unverified ("could not be independently verified", "if confirmed"); such a report is not confirmation of what it tells.',
    references: [
      'W3C Credible Web Community Group, Credibility Signals (https://credweb.org/signals)',
      'Zhang et al., A Structured Response to Misinformation: Defining and Annotating Credibility Indicators in News Articles, WWW 2018 Companion',
      'Reuters Handbook of Journalism: sourcing and unverified material',
      'Hyland, Hedging in Scientific Research Articles, John Benjamins, 1998',
    ],
    messages: {
      unverified: 'the report marks {count} of its statements as unverified: {markers}',
    },
    defaults: { warnAt: 2 },
    requires: ['text', 'paragraphs', 'claims'],
  },
  run({ doc, options, report }) {
    if (!readsEnglish(doc)) return;
    const claims = claimsOf(doc);
    const markers = findUnverifiedMarkers(doc.text, claims, bodyStart(doc));
    if (markers.length === 0) return;
    const sentences = new Set<string>();
    const listed = markers.map((m) => {
      const c = claimAt(claims, m.range[0]);
      if (c) sentences.add(`${c.range[0]}`);
      return { text: m.text, kind: m.kind, sentence: c?.text ?? null };
    });
    report({
      messageId: 'unverified',
      severity: markers.length >= options.warnAt ? 'warning' : 'info',
      ranges: markers.map((m) => m.range),
      data: {
        count: sentences.size || markers.length,
        markers: markers.map((m) => `"${m.text}"`).join(', '),
        kinds: [...new Set(markers.map((m) => m.kind))],
        list: listed,
      },
    });
  },
});

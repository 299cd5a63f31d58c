/**
 * # anonymous-sourcing
 *
 * **What it detects.** How much of what a report attributes rests on sources it does not name:
 * "a senior European official", "Western diplomats", "analysts say", "a former intelligence
 * official who spoke on the condition of anonymity". It counts the attributions the quotes
 * stage found (direct quotes and reported speech with a speaker), once per attribution (a
 * quote that only continues the previous speaker's words is not counted again), and reports
 * when at least `minAnonymous` of them, and at least `minShare` of all, have an unnamed
 * speaker. Evidence: the words describing each unnamed source, in text order.
 *
 * **Why it matters.** The W3C Credible Web Community Group's credibility signals list
 * *anonymous sources* among a report's sourcing signals (after Zhang et al. 2018): a claim a
 * reader cannot trace to a person or an institution cannot be checked or weighed, and news
 * organisations' own codes (AP, Reuters, the BBC) ask that anonymity be the exception and
 * that the reason for it be given. Many unnamed sources is not wrong in itself — intelligence
 * and security reporting often depends on them — but it shifts trust from the sources to the
 * outlet, which is what a reader should know.
 *
 * **Limits.**
 * - It reads what the quotes stage found; a statement whose speaker the stage missed is not
 *   counted either way, and a pronoun it could not tie to anybody (`unresolved`) is left out
 *   rather than counted as anonymous.
 * - Groups like "analysts" or "Western officials" and single unnamed officials count the same;
 *   `data.explicit` says how many sources the report itself says asked for anonymity.
 * - An eyewitness described but not named ("a resident") counts as unnamed; that is common and
 *   harmless in human-interest reporting, which is why a share is required, not a count alone.
 * - English cues in the quotes stage; reports in other languages produce few attributions.
 *
 * **Examples.**
 * - Seed 000 ("MOSCOW INFERNO…"): 13 of 19 attributions rest on unnamed sources (analysts,
 *   Western officials, a former U.S. intelligence official, a senior European official, …).
 * - A wire report quoting the mayor, the health department and a ministry spokesman by name,
 *   plus one unnamed resident → nothing (1 of 6 is under the share).
 *
 * References: W3C Credible Web CG, "Credibility Signals" (credweb.org/signals), sourcing;
 * Zhang et al., WWW'18 Companion; Associated Press, "Anonymous sources" (AP Stylebook / News
 * Values and Principles); Sternadori & Thorson, "Anonymous sources harm credibility of all
 * stories", Newspaper Research Journal 30(4), 2009.
 */
import { defineSignal } from '../../core/signal.js';
import type { Quote } from '../../analyze/quotes/quote-types.js';
import type { Range } from '../../model/span.js';
import { quotesOf, round } from '../signal-inputs.js';

/** Options of {@link anonymousSourcing}. */
export type AnonymousSourcingOptions = {
  /** Fewest unnamed attributions reported. */
  minAnonymous: number;
  /** Smallest share of unnamed attributions among all attributions reported. */
  minShare: number;
  /** Share from which the finding is a warning rather than info. */
  warnShare: number;
};

/** Words by which a report says why a source is unnamed. */
const ANONYMITY_REASON = /anonymity|not authori[sz]ed to|declined to be (?:named|identified)|asked not to be (?:named|identified)|requested anonymity|without being named/i;

/** An attribution in the sense counted here: a quote with some speaker, not a continuation. */
function isAttribution(q: Quote): boolean {
  return q.speaker.kind !== 'none' && q.speaker.resolution !== 'continuation';
}

function isAnonymous(q: Quote): boolean {
  return q.speaker.kind === 'anonymous' && q.speaker.resolution !== 'unresolved';
}

/** A description cut to its first words, for the message (the evidence keeps it whole). */
function shorten(s: string, words = 8): string {
  const w = s.split(/\s+/);
  return w.length <= words ? s : `${w.slice(0, words).join(' ')}…`;
}

/** The anonymous-sourcing signal (see the module doc). */
export const anonymousSourcing = defineSignal<AnonymousSourcingOptions>({
  meta: {
    id: 'anonymous-sourcing',
    category: 'sourcing',
    rationale:
      'Counts how many of the statements a report attributes rest on sources it does not name; a reader cannot trace or weigh an unnamed source, so a large share moves trust from the sources to the outlet.',
    references: [
      'W3C Credible Web Community Group, Credibility Signals: anonymous sources (https://credweb.org/signals)',
      'Zhang et al., A Structured Response to Misinformation: Defining and Annotating Credibility Indicators in News Articles, WWW 2018 Companion',
      'Associated Press, News Values and Principles: anonymous sources',
      'Sternadori & Thorson, Anonymous sources harm credibility of all stories, Newspaper Research Journal 30(4), 2009',
    ],
    messages: {
      'anonymous-share': '{anonymous} of {attributions} attributions rest on unnamed sources ({percent}%), e.g. {examples}',
    },
    defaults: { minAnonymous: 3, minShare: 0.3, warnShare: 0.5 },
    requires: ['text', 'quotes'],
  },
  run({ doc, options, report }) {
    const attributions = quotesOf(doc).filter(isAttribution);
    const anonymous = attributions.filter(isAnonymous);
    if (attributions.length === 0) return;
    const share = anonymous.length / attributions.length;
    if (anonymous.length < options.minAnonymous || share < options.minShare) return;

    // One span per unnamed source as written; the sentence when the stage kept no description span.
    const ranges = new Map<string, Range>();
    const descriptions: string[] = [];
    for (const q of anonymous) {
      const r = q.speaker.range ?? q.sentenceRange;
      const key = `${r[0]}:${r[1]}`;
      if (ranges.has(key)) continue;
      ranges.set(key, r);
      descriptions.push(q.speaker.description ?? doc.text.slice(r[0], r[1]));
    }
    const sorted = [...ranges.values()].sort((a, b) => a[0] - b[0]);
    const seen = new Set<string>();
    const examples = descriptions
      .filter((d) => !seen.has(d.toLowerCase()) && seen.add(d.toLowerCase()))
      .slice(0, 3)
      .map((d) => `"${shorten(d)}"`);
    report({
      messageId: 'anonymous-share',
      severity: share >= options.warnShare ? 'warning' : 'info',
      ranges: sorted,
      data: {
        anonymous: anonymous.length,
        attributions: attributions.length,
        share: round(share),
        percent: Math.round(share * 100),
        examples: examples.join(', '),
        sources: descriptions,
        explicit: anonymous.filter((q) => ANONYMITY_REASON.test(doc.text.slice(q.sentenceRange[0], q.sentenceRange[1]))).length,
        quoteIds: anonymous.map((q) => q.id),
      },
    });
  },
});

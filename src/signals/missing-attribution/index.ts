/**
 * # missing-attribution
 *
 * **What it detects.** Factual claims with figures that name no source at all: sentences the
 * claims stage reads as a `reported-event` or `statistic`, holding a figure that counts
 * something checkable (killed, injured, launched, intercepted, shot down, hit, damaged
 * buildings, percentages; "a drone" or "an apartment block" names a thing rather than counts
 * it and is only taken when a person was killed or hurt, "a woman was killed"), where neither the sentence nor its paragraph attributes anything
 * — no quote or reported speech with a speaker, no figure the numbers stage tied to a source,
 * and no attribution word ("said", "told", "according to", "reported", "statement", "data
 * from", …). Evidence: each such sentence, in text order.
 *
 * **Why it matters.** The W3C Credible Web Community Group's credibility signals put
 * *sourcing* first: who says so. A casualty count or an interception tally without a source
 * cannot be checked, compared with the official figure, or told apart from a rumour; in a
 * fast-moving event, unattributed figures are how early errors and inflated numbers travel
 * from report to report. Journalism codes (AP, Reuters, SPJ) ask that figures like these be
 * attributed unless the reporter witnessed them.
 *
 * **Limits.**
 * - Attribution is sought in the sentence and its paragraph only; a source named two
 *   paragraphs earlier ("the ministry said" above a list of figures) is not seen, so a long
 *   attributed list split over paragraphs can trip it.
 * - A reporter's own observation ("Our correspondent counted 12 burnt-out cars") may need no
 *   further source; first-person and eyewitness wording is treated as attribution.
 * - Background facts (population, distances, dates) are not checked: only figures of what the
 *   event did. Headings (lines without a closing stop) are skipped.
 * - English cues only; silent on reports mostly in another language.
 *
 * **Examples.**
 * - "A house was also hit and a woman was killed." with no source in its paragraph → evidence.
 * - "Two people were injured, the city health department said." → nothing.
 *
 * References: W3C Credible Web CG, "Credibility Signals" (credweb.org/signals), sourcing;
 * Zhang et al., WWW'18 Companion; SPJ Code of Ethics ("identify sources clearly"); Associated
 * Press, News Values and Principles: attribution.
 */
import { defineSignal } from '../../core/signal.js';
import type { ClaimKind } from '../../analyze/claims/claim-types.js';
import type { NumericCategory } from '../../analyze/numbers/numeric-types.js';
import { bodyStart, claimsOf, numbersOf, overlaps, paragraphAt, quotesOf, readsEnglish } from '../signal-inputs.js';

/** Options of {@link missingAttribution}. */
export type MissingAttributionOptions = {
  /** Fewest unattributed sentences reported. */
  minSentences: number;
  /** Sentences from which the finding is a warning rather than info. */
  warnAt: number;
};

const FACT: ReadonlySet<ClaimKind> = new Set(['reported-event', 'statistic']);
/** Figures of what an event did: the ones a reader needs a source for. */
const CHECKABLE: ReadonlySet<NumericCategory> = new Set(['launched', 'intercepted', 'shot-down', 'diverted', 'hit', 'injured', 'killed', 'damaged-buildings', 'percent']);
/** "a drone", "an apartment block": one thing named, not a count — except a person killed or hurt. */
const ARTICLE = /^an?\s/i;
const PEOPLE: ReadonlySet<NumericCategory> = new Set(['killed', 'injured']);
const ENDS_SENTENCE = /[.!?…]["'”’»)]*$/;
/** Words that attribute, or show the reporter as the witness. */
const ATTRIBUTION =
  /\b(?:said|says|say|told|tells|according to|reported(?:ly)?|reports|stated|states|announced|confirmed|claimed|claims|accused|accuses|blamed|blames|denied|denies|alleged|alleges|cited|citing|quoted|quoting|statement|data (?:from|by|of)|figures (?:from|by|of)|estimated by|wrote|posted|tweeted|our (?:correspondent|reporter)s?|we (?:saw|counted|witnessed)|witnesses?|eyewitness(?:es)?)\b/i;

/** The missing-attribution signal (see the module doc). */
export const missingAttribution = defineSignal<MissingAttributionOptions>({
  meta: {
    id: 'missing-attribution',
    category: 'sourcing',
    rationale:
      'Finds factual claims with figures (casualties, interceptions, damage) that name no source in their sentence or paragraph; such figures cannot be checked or compared with the official ones.',
    references: [
      'W3C Credible Web Community Group, Credibility Signals: sourcing (https://credweb.org/signals)',
      'Zhang et al., A Structured Response to Misinformation: Defining and Annotating Credibility Indicators in News Articles, WWW 2018 Companion',
      'Society of Professional Journalists, Code of Ethics: identify sources clearly',
      'Associated Press, News Values and Principles: attribution',
    ],
    messages: {
      unattributed: '{sentences} with figures {verb} no source in the sentence or its paragraph: {figures}',
    },
    defaults: { minSentences: 1, warnAt: 3 },
    requires: ['text', 'paragraphs', 'quotes', 'numbers', 'claims'],
  },
  run({ doc, options, report }) {
    if (!readsEnglish(doc)) return;
    const start = bodyStart(doc);
    const quotes = quotesOf(doc).filter((q) => q.speaker.kind !== 'none');
    const numbers = numbersOf(doc);
    const found: Array<{ range: readonly [number, number]; figures: string[] }> = [];
    for (const c of claimsOf(doc)) {
      if (c.range[0] < start || !FACT.has(c.kind)) continue;
      // A heading ("A depot hit, a worker killed") is a label for the paragraphs below it.
      if (!ENDS_SENTENCE.test(c.text.trim())) continue;
      const figures = numbers.filter((n) => overlaps(n.range, c.range) && CHECKABLE.has(n.category) && (!ARTICLE.test(n.text) || PEOPLE.has(n.category)));
      if (figures.length === 0 || figures.some((n) => n.source || n.quoteId)) continue;
      const para = paragraphAt(doc.paragraphs, c.range[0])?.range ?? c.range;
      if (quotes.some((q) => overlaps(q.sentenceRange, para))) continue;
      if (ATTRIBUTION.test(doc.text.slice(para[0], para[1]))) continue;
      found.push({ range: c.range, figures: figures.map((n) => n.text) });
    }
    if (found.length < options.minSentences) return;
    const n = found.length;
    report({
      messageId: 'unattributed',
      severity: n >= options.warnAt ? 'warning' : 'info',
      ranges: found.map((f) => f.range),
      data: {
        count: n,
        sentences: n === 1 ? 'a factual statement' : `${n} factual statements`,
        verb: n === 1 ? 'names' : 'name',
        figures: found
          .flatMap((f) => f.figures)
          .slice(0, 5)
          .map((t) => `"${t}"`)
          .join(', '),
        list: found.map((f) => ({ sentence: doc.text.slice(f.range[0], f.range[1]), figures: f.figures })),
      },
    });
  },
});

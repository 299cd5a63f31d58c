/**
 * # low-fact-density
 *
 * **What it detects.** Commentary presented as news: a report with few things a reader could
 * check and many sentences of opinion, speculation or rhetorical questions. It counts, in the
 * body (after the headline):
 * - *checkable items*: factual sentences (the claims stage's `reported-event`, `statistic`
 *   and `attributed-statement` with check-worthiness ≥ `minCheckWorthiness`), stated figures
 *   (numbers other than durations) and statements attributed to a named person or institution;
 * - *views*: sentences the claims stage reads as `opinion`, `speculation`, `question` or
 *   `prediction`.
 * It reports when the checkable items per 100 words are below `maxDensity` and the views are
 * at least `minViewShare` of the sentences, in a body of at least `minWords` words that is not
 * labelled as opinion or analysis. Evidence: the view sentences with the most opinion cues
 * (up to `maxEvidence`), in text order.
 *
 * **Why it matters.** The W3C Credible Web Community Group's credibility signals separate
 * *news* from *opinion* and ask whether an article's type is labelled (the "article type"
 * signal, after the Trust Project's "type of work" indicator). Commentary is legitimate when
 * it says so; unlabelled, on a news page and with a news headline, it lends opinion the
 * standing of reporting. Content farms fill pages this way: generic evaluative sentences
 * ("the implications are undeniable") around one or two borrowed facts.
 *
 * **Limits.**
 * - It rests on the claims stage's sentence kinds and English cues; it stays silent on
 *   reports mostly in another language.
 * - Feature writing, analysis and obituaries are naturally lower in checkable items; the
 *   thresholds are set so that news analysis with some reporting (seed 003) does not fire.
 * - "Labelled" is read from the headline, the section label cleaning cut and the URL
 *   ("opinion", "analysis", "commentary", "column", "editorial", "op-ed"); a label elsewhere
 *   on the page is not seen.
 *
 * **Examples.**
 * - Seed 002: 1 checkable item in 670 words, 38 of 39 sentences opinion, speculation or
 *   questions → warning.
 * - Seed 003 (analysis around the mayor's message): 6 items in 520 words → nothing.
 * - Seed 001 (news with ministers quoted, figures): nothing.
 *
 * References: W3C Credible Web CG, "Credibility Signals" (credweb.org/signals), article type;
 * The Trust Project, "Trust Indicators: type of work" (thetrustproject.org); Hassan et al.,
 * "Toward Automated Fact-Checking: Detecting Check-worthy Factual Claims by ClaimBuster", KDD
 * 2017; Zhang et al., WWW'18 Companion.
 */
import { defineSignal } from '../../core/signal.js';
import type { ClaimKind } from '../../analyze/claims/claim-types.js';
import { bodyStart, claimsOf, countWords, numbersOf, quotesOf, readsEnglish, round } from '../signal-inputs.js';

/** Options of {@link lowFactDensity}. */
export type LowFactDensityOptions = {
  /** Checkable items per 100 words below which the report is thin on facts. */
  maxDensity: number;
  /** Share of view sentences from which the report reads as commentary. */
  minViewShare: number;
  /** Shortest body, in words, that is judged at all. */
  minWords: number;
  /** Check-worthiness from which a factual sentence counts as checkable. */
  minCheckWorthiness: number;
  /** Most view sentences quoted as evidence. */
  maxEvidence: number;
};

const FACT: ReadonlySet<ClaimKind> = new Set(['reported-event', 'statistic', 'attributed-statement']);
const VIEW: ReadonlySet<ClaimKind> = new Set(['opinion', 'speculation', 'question', 'prediction']);
const LABEL = /\b(?:opinion|analysis|commentary|column|editorial|op-ed|comment is free|viewpoint)\b/i;

/** The low-fact-density signal (see the module doc). */
export const lowFactDensity = defineSignal<LowFactDensityOptions>({
  meta: {
    id: 'low-fact-density',
    category: 'rhetoric',
    rationale:
      'Finds commentary presented as news: few checkable statements, figures or named sources per 100 words, and many sentences of opinion, speculation or questions, with no opinion label.',
    references: [
      'W3C Community Group, Credibility Signals: article type (https://credweb.org/signals)',
      'The Trust Project, Trust Indicators: type of work (https://thetrustproject.org)',
      'Hassan et al., Toward Automated Fact-Checking: Detecting Check-worthy Factual Claims by ClaimBuster, KDD 2017',
      'Zhang et al., A Structured Response to Misinformation: Defining and Annotating Credibility Indicators in News Articles, WWW 2018 Companion',
    ],
    messages: {
      commentary:
        'reads as commentary presented as news: {checkableText} in {words} words ({density} per 100 words), while {views} of {sentences} sentences are opinion, speculation or questions',
    },
    defaults: { maxDensity: 0.6, minViewShare: 0.3, minWords: 150, minCheckWorthiness: 0.3, maxEvidence: 5 },
    requires: ['text', 'meta', 'removed', 'paragraphs', 'quotes', 'numbers', 'claims'],
  },
  run({ doc, options, report }) {
    if (!readsEnglish(doc)) return;
    const start = bodyStart(doc);
    const words = countWords(doc.text.slice(start));
    if (words < options.minWords) return;
    const labelled =
      LABEL.test(doc.meta.headline?.value ?? '') ||
      LABEL.test(doc.source.url ?? '') ||
      doc.removed.some((r) => r.reason === 'site-chrome' && r.detail.startsWith('section-label') && LABEL.test(r.text));
    if (labelled) return;

    const sentences = claimsOf(doc).filter((c) => c.range[0] >= start);
    if (sentences.length === 0) return;
    const facts = sentences.filter((c) => FACT.has(c.kind) && c.checkWorthiness >= options.minCheckWorthiness).length;
    const figures = numbersOf(doc).filter((n) => n.range[0] >= start && n.category !== 'duration').length;
    const sources = quotesOf(doc).filter(
      (q) => q.range[0] >= start && (q.speaker.kind === 'named' || q.speaker.kind === 'institution') && q.speaker.resolution !== 'continuation',
    ).length;
    const checkable = facts + figures + sources;
    const density = (100 * checkable) / words;
    const views = sentences.filter((c) => VIEW.has(c.kind));
    const viewShare = views.length / sentences.length;
    if (density >= options.maxDensity || viewShare < options.minViewShare) return;

    // The sentences that carry the most writer's voice, shown in reading order.
    const shown = [...views]
      .sort((a, b) => b.cues.length - a.cues.length || a.range[0] - b.range[0])
      .slice(0, options.maxEvidence)
      .sort((a, b) => a.range[0] - b.range[0]);
    report({
      messageId: 'commentary',
      ranges: shown.map((c) => c.range),
      data: {
        words,
        checkable,
        checkableText: checkable === 1 ? '1 checkable statement, figure or named source' : `${checkable} checkable statements, figures or named sources`,
        facts,
        figures,
        sources,
        density: round(density),
        views: views.length,
        sentences: sentences.length,
        viewShare: round(viewShare),
      },
    });
  },
});

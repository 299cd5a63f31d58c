/**
 * # machine-text-markers
 *
 * **What it detects.** Stylistic tells of generated filler prose:
 * - *stock phrases* over-represented in language-model output and content-farm copy ("it's a
 *   testament to", "a complex web of", "navigate the complexities", "only time will tell",
 *   "paints a vivid picture", "in today's rapidly evolving…", "the evolving nature of",
 *   "as the dust settles"; the list is in `stock-phrases.ts`);
 * - a *uniform rhythm*: sentence lengths that vary little (coefficient of variation below
 *   `maxRhythmCv` over at least `minSentences` sentences);
 * - *no specifics*: fewer than `minSpecificsPer100` figures, named sources and dates per 100
 *   words.
 * It reports when the body holds at least `minPhrases` different stock phrases at a rate of at
 * least `minPer1000Words`, and either `strongPhrases` different ones or one of the two other
 * tells. Evidence: every stock phrase, in text order; `data` gives the rhythm and specifics
 * figures so a reader can see which tells were present.
 *
 * **Why it matters.** Sites that fill pages with generated text have multiplied since 2023
 * (NewsGuard counted over a thousand by 2025); their articles wrap a few borrowed facts in
 * generic prose. Stock phrasing is the one trace a reader can see for themselves, and its
 * frequency in text has measurably risen with model use (Liang et al. 2024; Kobak et al. 2024).
 * The W3C Credible Web Community Group's credibility signals count such *rhetoric* and
 * *content-farm* traits as reasons to look closer, not as verdicts.
 *
 * **Limits — read before using it.**
 * - It cannot tell machine from human writing. No stylistic test can do so reliably: detectors
 *   built for it have high error rates and are easily evaded by light editing (Sadasivan et
 *   al. 2023), and they misjudge non-native writers more often (Liang et al. 2023).
 * - Formulaic human writing — op-eds, corporate statements, student essays, hurried copy —
 *   uses the same phrases and trips it; well-edited generated text does not.
 * - It is a style signal only: it says nothing about whether the report's facts are right. It
 *   is reported as info and is never a reason on its own to discount a report.
 * - English phrases only; silent on reports mostly in other languages.
 *
 * **Examples.**
 * - Seed 002: 19 stock phrases ("a complex puzzle", "a testament to", "paints a vivid
 *   picture", "seismic shifts", "paradigm shift", …), no figure or named source → fires.
 * - A wire report with figures, named officials and one "turning point" → nothing.
 *
 * References: W3C Credible Web CG, "Credibility Signals" (credweb.org/signals), rhetoric;
 * NewsGuard, "AI Tracking Center: Unreliable AI-Generated News Websites" (2023–); Liang et al.,
 * "Mapping the Increasing Use of LLMs in Scientific Papers", COLM 2024; Kobak et al., "Delving
 * into ChatGPT usage in academic writing through excess vocabulary", 2024; Sadasivan et al.,
 * "Can AI-Generated Text be Reliably Detected?", 2023; Liang et al., "GPT detectors are biased
 * against non-native English writers", Patterns 4(7), 2023.
 */
import { defineSignal } from '../../core/signal.js';
import { bodyStart, claimsOf, countWords, numbersOf, quotesOf, readsEnglish, round, timesOf } from '../signal-inputs.js';
import { coefficientOfVariation, findStockPhrases } from './stock-phrases.js';

/** Options of {@link machineTextMarkers}. */
export type MachineTextMarkersOptions = {
  /** Fewest different stock phrases reported. */
  minPhrases: number;
  /** Fewest stock phrases per 1,000 words. */
  minPer1000Words: number;
  /** Different stock phrases that are reported without another tell. */
  strongPhrases: number;
  /** Sentence-length variation (SD / mean) below which the rhythm is uniform. */
  maxRhythmCv: number;
  /** Fewest sentences the rhythm is measured on. */
  minSentences: number;
  /** Figures, named sources and dates per 100 words below which the text has no specifics. */
  minSpecificsPer100: number;
};

const ENDS_SENTENCE = /[.!?…]["'”’»)]*$/;

/** The machine-text-markers signal (see the module doc). */
export const machineTextMarkers = defineSignal<MachineTextMarkersOptions>({
  meta: {
    id: 'machine-text-markers',
    category: 'rhetoric',
    rationale:
      'Shows stylistic tells of generated filler (stock phrases, uniform sentence rhythm, no specifics) with the phrases as evidence; a style signal only, which cannot tell machine from human writing.',
    references: [
      'W3C Credible Web Community Group, Credibility Signals: rhetoric (https://credweb.org/signals)',
      'NewsGuard, AI Tracking Center: Unreliable AI-Generated News Websites, 2023–',
      'Liang et al., Mapping the Increasing Use of LLMs in Scientific Papers, COLM 2024',
      'Kobak et al., Delving into ChatGPT usage in academic writing through excess vocabulary, 2024',
      'Sadasivan et al., Can AI-Generated Text be Reliably Detected?, 2023',
      'Liang et al., GPT detectors are biased against non-native English writers, Patterns 4(7), 2023',
    ],
    messages: {
      'stock-phrases': 'the text uses {count} stock phrases common in generated filler ({examples}){tells}; a style observation, not evidence of how it was written',
    },
    defaults: { minPhrases: 3, minPer1000Words: 4, strongPhrases: 6, maxRhythmCv: 0.4, minSentences: 8, minSpecificsPer100: 1 },
    requires: ['text', 'meta', 'paragraphs', 'quotes', 'numbers', 'times', 'claims'],
  },
  run({ doc, options, report }) {
    if (!readsEnglish(doc)) return;
    const start = bodyStart(doc);
    const hits = findStockPhrases(doc.text, start);
    const labels = new Set(hits.map((h) => h.label));
    // Too few different phrases ends it whatever the length: most reports stop here, before words are counted.
    if (labels.size < options.minPhrases) return;
    const words = countWords(doc.text.slice(start));
    if (words === 0) return;
    const per1000 = (1000 * hits.length) / words;
    if (per1000 < options.minPer1000Words) return;

    const lengths = claimsOf(doc)
      .filter((c) => c.range[0] >= start && ENDS_SENTENCE.test(c.text.trim()))
      .map((c) => countWords(c.text));
    const cv = coefficientOfVariation(lengths);
    const uniform = lengths.length >= options.minSentences && cv < options.maxRhythmCv;
    const figures = numbersOf(doc).filter((n) => n.range[0] >= start && n.category !== 'duration').length;
    const sources = quotesOf(doc).filter((q) => q.range[0] >= start && (q.speaker.kind === 'named' || q.speaker.kind === 'institution')).length;
    const dates = timesOf(doc).filter((t) => t.range[0] >= start && t.interval !== undefined && t.anchor !== 'none').length;
    const specificsPer100 = (100 * (figures + sources + dates)) / words;
    const noSpecifics = specificsPer100 < options.minSpecificsPer100;
    if (labels.size < options.strongPhrases && !uniform && !noSpecifics) return;

    const tells: string[] = [];
    if (uniform) tells.push(`sentence lengths that vary little (CV ${round(cv)})`);
    if (noSpecifics) tells.push(`${round(specificsPer100, 1)} figures, named sources or dates per 100 words`);
    report({
      messageId: 'stock-phrases',
      severity: 'info',
      ranges: hits.map((h) => h.range),
      data: {
        count: hits.length,
        distinct: labels.size,
        examples: [...new Map(hits.map((h) => [h.label, h.text] as const)).values()]
          .slice(0, 4)
          .map((t) => `"${t}"`)
          .join(', '),
        tells: tells.length ? `, with ${tells.join(' and ')}` : '',
        per1000Words: round(per1000, 1),
        rhythmCv: round(cv),
        sentences: lengths.length,
        uniformRhythm: uniform,
        specificsPer100: round(specificsPer100),
        noSpecifics,
        phrases: hits.map((h) => h.label),
      },
    });
  },
});

/**
 * # untranslated-quote
 *
 * **What it detects.** Words a report gives in another language than its own and does not
 * translate: a quote the quotes stage tagged with a language (`Quote.lang`), or a stretch the
 * language stage found inside a paragraph (`Paragraph.foreign`), of at least `minWords` words,
 * with no translation next to it (a parenthesis right after it, or "translated", "which
 * means", "meaning" in the same or the next sentence). Evidence: each untranslated stretch.
 *
 * **Why it matters.** A reader who cannot read the quote cannot check it against the report's
 * paraphrase, and the report's summary of it is all they get. Professional practice is to
 * translate and, when it matters, keep the original alongside. An untranslated quote in the
 * middle of an English report is also a trace of how the report was made: copied from a
 * foreign-language source, or machine-assembled from several (seed 004 quotes Putin in
 * French inside an English text). The W3C Credible Web Community Group's credibility signals
 * list *originality* and *attribution* of quoted material; a quote in a third language is a
 * hint of a source the report does not name.
 *
 * **Limits.**
 * - Language identification of short stretches is uncertain; fewer than `minWords` words are
 *   ignored, so loanwords and names ("spetsnaz", "Verkhovna Rada") do not count.
 * - A translation given further away, or in a caption, is not seen.
 * - The main language is the metadata's `language` (the language of most paragraphs).
 *
 * **Examples.**
 * - Seed 004: Putin's warning quoted in French in an English report → one span.
 * - "…chose to answer in German. "Wer nachts Wohnhäuser mit Drohnen angreift, …," she said."
 *   → one span.
 * - «Мы не сдадимся» ("We will not give up"), he said. → nothing (translated in the parenthesis).
 *
 * References: W3C Credible Web CG, "Credibility Signals" (credweb.org/signals), originality and
 * attribution; Reuters Handbook of Journalism, "Translation" (quotes are translated; the
 * original is kept when the wording matters); Lang et al., "Language identification of short
 * texts" — the reason for a minimum length.
 */
import { defineSignal } from '../../core/signal.js';
import type { Range } from '../../model/span.js';
import { claimAt, claimsOf, countWords, overlaps, quotesOf } from '../signal-inputs.js';

/** Options of {@link untranslatedQuote}. */
export type UntranslatedQuoteOptions = {
  /** Fewest words of a foreign stretch that count. */
  minWords: number;
  /** Most characters after a quote (in its sentence and the next) searched for a translation cue. */
  lookAhead: number;
};

const TRANSLATION_CUE = /\b(?:translat(?:ed|es|ion|ing)|which means|meaning|that is to say|roughly:)/i;

/** English name of a language code, for messages. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

interface Stretch {
  range: Range;
  lang: string;
  from: 'quote' | 'paragraph';
}

/** The untranslated-quote signal (see the module doc). */
export const untranslatedQuote = defineSignal<UntranslatedQuoteOptions>({
  meta: {
    id: 'untranslated-quote',
    category: 'language',
    rationale:
      "Finds quotes and passages left in another language than the report's own, with no translation next to them; readers cannot check them, and they hint at a foreign-language source the report does not name.",
    references: [
      'W3C Credible Web Community Group, Credibility Signals: originality, attribution (https://credweb.org/signals)',
      'Reuters Handbook of Journalism: translation of quotes',
      'Jauhiainen et al., Automatic Language Identification in Texts: A Survey, JAIR 65, 2019',
    ],
    messages: {
      untranslated: '{passages} in {languages} left untranslated in a report in {main}',
    },
    defaults: { minWords: 4, lookAhead: 200 },
    requires: ['text', 'meta', 'paragraphs', 'quotes', 'claims'],
  },
  run({ doc, options, report }) {
    const main = doc.meta.language;
    if (!main || main === 'und') return;
    const text = doc.text;
    const claims = claimsOf(doc);
    const stretches: Stretch[] = [];
    for (const q of quotesOf(doc)) {
      if (q.lang && q.lang !== main && q.lang !== 'und') stretches.push({ range: q.range, lang: q.lang, from: 'quote' });
    }
    for (const p of doc.paragraphs) {
      for (const f of p.foreign) {
        if (f.lang === main || f.lang === 'und') continue;
        if (stretches.some((s) => overlaps(s.range, f.range))) continue;
        stretches.push({ range: f.range, lang: f.lang, from: 'paragraph' });
      }
    }
    const untranslated = stretches
      .filter((s) => countWords(text.slice(s.range[0], s.range[1])) >= options.minWords)
      .filter((s) => {
        const end = s.range[1];
        // A parenthesis right after the quote (past its closing mark and comma) is taken for a translation.
        if (/^["'”’»“«]?[,.]?\s*\(/.test(text.slice(end, end + 4))) return false;
        const sentence = claimAt(claims, s.range[0]);
        const upTo = Math.max(sentence?.range[1] ?? end, end);
        const next = claimAt(claims, upTo + 1) ?? claimAt(claims, upTo + 2);
        const after = text.slice(end, Math.min(next?.range[1] ?? upTo, end + options.lookAhead));
        const before = sentence ? text.slice(sentence.range[0], s.range[0]) : '';
        return !TRANSLATION_CUE.test(after) && !TRANSLATION_CUE.test(before);
      })
      .sort((a, b) => a.range[0] - b.range[0]);
    if (untranslated.length === 0) return;
    const langs = [...new Set(untranslated.map((s) => s.lang))];
    report({
      messageId: 'untranslated',
      ranges: untranslated.map((s) => s.range),
      data: {
        count: untranslated.length,
        passages: untranslated.length === 1 ? 'a passage' : `${untranslated.length} passages`,
        languages: langs.map(languageName).join(', '),
        main: languageName(main),
        codes: langs,
        list: untranslated.map((s) => ({ lang: s.lang, from: s.from, words: countWords(text.slice(s.range[0], s.range[1])) })),
      },
    });
  },
});

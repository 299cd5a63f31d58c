/**
 * # boilerplate-residue
 *
 * **What it detects.** Traces of a content-farm page template in what cleaning cut from the
 * report (`doc.removed`):
 * - `comment-form`: a comment form in the article stream ("Leave a reply… Your email address
 *   will not be published"); a warning when the form is in another language than the report
 *   (an English article on a Vietnamese or Polish blog theme, seeds 000 and the Polish example),
 *   a note otherwise.
 * - `author-bio`: a template author bio, above all a first-person one ("I have been working in
 *   the news industry for over 6 years… I also contribute regularly to 24 Hours World", seed
 *   001); a warning for first-person and career bios, a note for others.
 * - `unrelated-links`: a "latest"/"related" block whose teasers are mostly about other things
 *   (celebrity gossip, football, horoscopes under a war report, seed 004); at least
 *   `minUnrelatedShare` of its teasers must share no topic word with the report.
 *
 * **Where the evidence points.** The cut words are no longer in `doc.text`, and every span
 * must quote it, so the evidence is the last sentence before the cut (the first sentence
 * after it when the cut opens the text): it marks where the page's template sat. The cut's
 * own words, its reason and the cleaning rule that fired are in `data.removed` (`text`
 * truncated to `maxQuoted` characters), and `data.at` is the cut's offset in the text.
 *
 * **Why it matters.** The W3C Credible Web Community Group's credibility signals include
 * signals of the *page* as well as the text (ads, layout, "about" information). Content farms
 * re-publish news on cheap blog templates: a default comment form in the theme's language, a
 * stock first-person bio that fits any author and names yet another site, and a "latest" block
 * that mixes war reports with horoscopes. NewsGuard and others track such sites by hand;
 * these traces let a reader see them on a single page.
 *
 * **Limits.**
 * - It only sees what the cleaner recognised and cut; an HTML page's comments and sidebars are
 *   often dropped by extraction before cleaning, so they leave no record here.
 * - Mainstream sites also have comment forms and "related" blocks; that is why a form in the
 *   report's own language is only a note and a related block about the same story is ignored.
 * - Topic overlap is by shared words; a teaser about the same story with no word in common
 *   counts as unrelated.
 *
 * **Examples.**
 * - Seed 000: Vietnamese comment form under an English article → `comment-form` (warning).
 * - Seed 001: "I have been working in the news industry for over 6 years…" → `author-bio`.
 * - Seed 004: "Latest Contents" with gossip, basketball, horoscope and football teasers →
 *   `unrelated-links`.
 *
 * References: W3C Credible Web CG, "Credibility Signals" (credweb.org/signals), page-level
 * signals; Zhang et al., WWW'18 Companion (ads and layout as credibility indicators);
 * NewsGuard, "Rise of the Newsbots: AI-generated news websites" (2023); Hanley & Durumeric,
 * "Machine-Made Media: Monitoring the Mobilization of Machine-Generated Articles on
 * Misinformation and Mainstream News Websites", ICWSM 2024.
 */
import { defineSignal } from '../../core/signal.js';
import { splitSentences } from '../../analyze/text/sentences.js';
import type { CleanDocument, Removal } from '../../model/document.js';
import type { Range } from '../../model/span.js';
import { teaserLines, unrelatedTeasers } from './teaser-block.js';

/** Options of {@link boilerplateResidue}. */
export type BoilerplateResidueOptions = {
  /** Share of a related block's teasers that must be off-topic for it to count. */
  minUnrelatedShare: number;
  /** Characters of the cut text kept in `data`. */
  maxQuoted: number;
};

/** Where a cut sat, as a span of the text that does exist: the sentence before it, else after it. */
function anchorOf(doc: CleanDocument, at: number): Range {
  const text = doc.text;
  const before = doc.paragraphs.filter((p) => p.range[1] <= at).pop();
  if (before) {
    const s = splitSentences(text, before.range[0], before.range[1]).pop();
    return s ?? before.range;
  }
  const after = doc.paragraphs.find((p) => p.range[0] >= at);
  if (after) return splitSentences(text, after.range[0], after.range[1])[0] ?? after.range;
  // Nothing readable next to the cut: a zero-width span still marks the place.
  return [Math.min(at, text.length), Math.min(at, text.length)];
}

function quoted(r: Removal, max: number): Record<string, unknown> {
  const text = r.text.length > max ? `${r.text.slice(0, max).trimEnd()}…` : r.text;
  return { reason: r.reason, detail: r.detail, text, length: r.text.length };
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The first words of a cut, for a message. */
function opening(s: string, words = 12): string {
  const w = s.replace(/\s+/g, ' ').trim().split(' ');
  return w.length <= words ? w.join(' ') : `${w.slice(0, words).join(' ')}…`;
}

/** The boilerplate-residue signal (see the module doc). */
export const boilerplateResidue = defineSignal<BoilerplateResidueOptions>({
  meta: {
    id: 'boilerplate-residue',
    category: 'content-farm',
    rationale:
      'Reads the cleaning record for traces of a content-farm page template: a comment form in another language, a stock first-person author bio, a "latest" block of unrelated teasers.',
    references: [
      'W3C Credible Web Community Group, Credibility Signals: page-level signals (https://credweb.org/signals)',
      'Zhang et al., A Structured Response to Misinformation: Defining and Annotating Credibility Indicators in News Articles, WWW 2018 Companion',
      'NewsGuard, Rise of the Newsbots: AI-generated news websites, 2023',
      'Hanley & Durumeric, Machine-Made Media, ICWSM 2024',
    ],
    messages: {
      'comment-form': 'the page carried a comment form{inLanguage} after the article (cut from the text)',
      'author-bio': 'the page carried a template author bio (cut from the text): "{opening}"',
      'unrelated-links': 'the page carried a "{header}" block of {unrelated} teasers out of {teasers} that are about other things, e.g. "{example}" (cut from the text)',
    },
    defaults: { minUnrelatedShare: 0.5, maxQuoted: 500 },
    requires: ['text', 'meta', 'removed', 'paragraphs'],
  },
  run({ doc, options, report }) {
    const main = doc.meta.language;
    const seen = new Set<string>();
    for (const r of doc.removed) {
      // One finding per kind of residue: a form cut in three pieces is one form.
      if (seen.has(r.reason)) continue;
      const data = { at: r.at, removed: quoted(r, options.maxQuoted) };
      if (r.reason === 'comment-form') {
        seen.add(r.reason);
        const lang = /^comment-form:([a-z]{2,3})$/.exec(r.detail)?.[1];
        const foreign = lang !== undefined && main !== undefined && lang !== main;
        report({
          messageId: 'comment-form',
          severity: foreign ? 'warning' : 'info',
          ranges: [anchorOf(doc, r.at)],
          data: { ...data, lang: lang ?? null, inLanguage: foreign ? ` in ${languageName(lang)} (the report is in ${languageName(main)})` : '' },
        });
      } else if (r.reason === 'author-bio') {
        seen.add(r.reason);
        const template = /^bio-(?:first-person|career)/.test(r.detail);
        report({
          messageId: 'author-bio',
          severity: template ? 'warning' : 'info',
          ranges: [anchorOf(doc, r.at)],
          data: { ...data, firstPerson: template, opening: opening(r.text) },
        });
      } else if (r.reason === 'related-links') {
        const teasers = teaserLines(r.text);
        const off = unrelatedTeasers(teasers, doc.text);
        if (teasers.length === 0 || off.length / teasers.length < options.minUnrelatedShare) continue;
        seen.add(r.reason);
        report({
          messageId: 'unrelated-links',
          ranges: [anchorOf(doc, r.at)],
          data: {
            ...data,
            header: opening(r.text.split('\n')[0] ?? '', 6),
            teasers: teasers.length,
            unrelated: off.length,
            example: opening(off[0]!, 10),
            unrelatedTeasers: off,
          },
        });
      }
    }
  },
});

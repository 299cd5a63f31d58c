/**
 * # headline-body-stance
 *
 * **What it detects.** Whether a report's body backs its own headline. A model trained on the
 * Fake News Challenge (FNC-1) reads the headline and the body and decides the body's stance
 * towards the headline's claim: it *agrees* (asserts it), *disagrees* (refutes it), *discusses*
 * it (reports it at arm's length, without confirming), or is *unrelated* (about something else).
 * Anything but agreement is reported as `unsupported`. A headline that strings several claims
 * together ("MOSCOW IN FLAMES as PUTIN SIGNALS WITHDRAW — Strike Hits Capital") is also judged
 * clause by clause: a clause of three or more content words, a third of which the body never
 * uses, that the model does not find the body agreeing with, makes the headline unsupported
 * even when the body backs the rest. The finding carries the stance and the model's
 * probabilities, the unbacked clauses, the headline's words the body never uses, and as evidence
 * the headline, the unbacked clauses and the body sentences that decide the stance most (those
 * whose removal lowers the stance's probability the most).
 *
 * **Why it matters.** A headline is what most readers see and share. The W3C Credible Web
 * Community Group's credibility signals, after Zhang et al. (2018), list *title
 * representativeness*: whether the title says what the article says. A headline that claims
 * more than its body delivers ("PUTIN SIGNALS WITHDRAW" over a body in which nobody mentions a
 * withdrawal) is a reason to read the body before trusting the headline. The finding says the
 * claim is not supported by the body; it never calls the report fake.
 *
 * **Limits.**
 * - FNC-1 pairs claims from the Emergent project (2014–15 rumours) with other outlets' bodies;
 *   it is not a set of headlines over their own articles. The model has learnt how bodies talk
 *   about a claim (refuting words, hedges, attribution), which carries over, but its
 *   probabilities are not calibrated for a report's own headline.
 * - "Discuss" is common in honest reporting of unconfirmed events: a careful body that attributes
 *   every claim is reported too (severity `info`; `reportDiscuss: false` drops these), and the
 *   reader judges whether the headline overstates it. Refuting bodies are rare in the data
 *   (1.7%) and the model often takes them for "discuss"; either way the finding is `unsupported`.
 * - Clause checks look for the clause's words in the body, stemmed: a body that says "pull out"
 *   for a headline's "withdraw" does not count as using it (the model must also find no
 *   agreement with the clause for it to be reported).
 * - English only; reports in other languages and bodies under `minBodyWords` words are skipped.
 * - Figures (FNC-1 relative score 86.9% on the official baseline's dev hold-out, where the
 *   baseline scores 79.5%; 82.4% on claims never seen in training) are in
 *   `models/stance/README.md`.
 *
 * **Examples.**
 * - "Millbrook council approves bike lanes on Harbor Street" over a body saying the council
 *   approved them 7 to 2: no finding (agree).
 * - The same headline over a body about a museum fire: `unsupported` (warning), "the body is
 *   about something else".
 * - "Millbrook mayor Anna Lindqvist resigns" over a spokesman calling the reports a hoax:
 *   `unsupported` (warning), "the body disputes it"; over a body of unnamed sources and
 *   "could not be independently verified": `unsupported` (info), "the body reports it without
 *   confirming it".
 * - "Council approves Harbor Street bike lanes as mayor announces resignation" over the bike-lane
 *   body: `unsupported`, "the body never backs "mayor announces resignation" (no "resignation",
 *   "mayor", "announces" anywhere in it)".
 * - Seed report 000, "MOSCOW INFERNO: … PUTIN SIGNALS “WITHDRAW” …" over a body on a strike near
 *   the Kremlin that never mentions a withdrawal: `unsupported`, "… the body never backs "PUTIN
 *   SIGNALS “WITHDRAW”" (no "WITHDRAW" anywhere in it)".
 *
 * References: W3C Credible Web CG, "Credibility Signals" (credweb.org/signals), title
 * representativeness; Zhang et al., "A Structured Response to Misinformation: Defining and
 * Annotating Credibility Indicators in News Articles", WWW'18 Companion; Pomerleau & Rao, Fake
 * News Challenge stage 1 (FNC-1) data and scorer; Hanselowski et al., "A Retrospective Analysis
 * of the Fake News Challenge Stance-Detection Task", COLING 2018.
 */
import { defineSignal } from '../../core/signal.js';
import type { Range } from '../../model/span.js';
import { defaultStanceModel } from './default-model.js';
import { headlineClauses, type HeadlineClause } from './headline-clauses.js';
import { headlineSpan } from './headline-span.js';
import { porterStem } from './porter-stem.js';
import { analyzeBody, analyzeHeadline, type BodyInfo, type IdfLookup } from './stance-features.js';
import { STOPWORDS } from './stance-lexicon.js';
import type { Stance } from './stance-labels.js';
import type { SentenceContribution, StanceModel } from './stance-model.js';

/** Options of {@link headlineBodyStance}. */
// A type alias rather than an interface: aliases have an implicit index signature, so the signal fits `Signal[]`.
export type HeadlineBodyStanceOptions = {
  /** Bodies with fewer words are not judged. */
  minBodyWords: number;
  /** Most body sentences quoted as evidence. */
  maxSentences: number;
  /** A sentence counts as deciding when leaving it out lowers the stance's probability by this much. */
  minContribution: number;
  /** Most missing headline words named in the message. */
  maxMissingWords: number;
  /** A headline clause is judged on its own from this many content words. */
  minClauseTerms: number;
  /** Share of a clause's content words absent from the body from which the clause is judged. */
  minMissingShare: number;
  /** Report a headline the body only discusses (severity `info`) when nothing else is wrong with it. */
  reportDiscuss: boolean;
  /** A model to use instead of the committed one. */
  model?: StanceModel;
};

const REASONS: Record<Exclude<Stance, 'agree'>, string> = {
  disagree: 'the body disputes it',
  discuss: 'the body reports it without confirming it',
  unrelated: 'the body is about something else',
};

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * Headline words (as written) whose stems never occur in the body, rarest first (a rare word the
 * body never uses says more than a common one); stop words and short words left out.
 */
function missingWords(headline: string, bodyStems: StemLookup, idf: IdfLookup): string[] {
  const out: Array<{ word: string; idf: number; at: number }> = [];
  const seen = new Set<string>();
  for (const m of headline.matchAll(WORD)) {
    const lower = m[0].toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
    if (lower.length < 3 || STOPWORDS.has(lower) || /^\d+$/.test(lower)) continue;
    const stem = porterStem(lower);
    if (bodyStems.has(stem) || seen.has(stem)) continue;
    seen.add(stem);
    out.push({ word: m[0], idf: idf(stem), at: out.length });
  }
  return out.sort((a, b) => b.idf - a.idf || a.at - b.at).map((w) => w.word);
}

/** Whether a body uses a stem anywhere. */
interface StemLookup {
  has(stem: string): boolean;
}

/**
 * The body's stems as a lookup that reads the sentences only for the stems asked about (a few
 * headline words), rather than gathering the body's every stem into a set first.
 */
function stemsOf(body: BodyInfo): StemLookup {
  const known = new Map<string, boolean>();
  return {
    has(stem) {
      let v = known.get(stem);
      if (v === undefined) {
        v = body.sentences.some((s) => s.stems.includes(stem));
        known.set(stem, v);
      }
      return v;
    },
  };
}

/** Longer "headlines" are opening paragraphs taken for one; their commas are not claim boundaries. */
const CLAUSE_HEADLINE_MAX_WORDS = 30;

/** A clause of a multi-claim headline that the body does not back. */
interface UnsupportedClause {
  clause: HeadlineClause;
  stance: Stance;
  probabilities: Record<Stance, number>;
  missing: string[];
  explain: () => SentenceContribution[];
}

/**
 * Clauses of a headline that strings several claims together ("MOSCOW IN FLAMES as PUTIN SIGNALS
 * WITHDRAW — …"), each judged on its own: unsupported when it has at least `minClauseTerms`
 * content words, at least `minMissingShare` of them never occur in the body, and the model
 * does not find the body agreeing with it. One unbacked claim is enough to misrepresent a body
 * that backs the others.
 */
function unsupportedClauses(
  headline: string,
  body: BodyInfo,
  bodyStems: StemLookup,
  model: StanceModel,
  o: HeadlineBodyStanceOptions,
): UnsupportedClause[] {
  const clauses = headlineClauses(headline);
  if (clauses.length < 2 || headline.split(/\s+/).length > CLAUSE_HEADLINE_MAX_WORDS) return [];
  const out: UnsupportedClause[] = [];
  for (const clause of clauses) {
    const ch = analyzeHeadline(clause.text);
    if (ch.terms.size < o.minClauseTerms) continue;
    const missing = missingWords(clause.text, bodyStems, model.idf);
    if (missing.length / ch.terms.size < o.minMissingShare) continue;
    const { prediction, explain } = model.judge(ch, body);
    if (prediction.stance === 'agree') continue;
    out.push({ clause, stance: prediction.stance, probabilities: prediction.probabilities, missing, explain: () => explain() });
  }
  return out;
}

function deciding(contribs: readonly SentenceContribution[], o: HeadlineBodyStanceOptions, body: BodyInfo): SentenceContribution[] {
  const strong = contribs.filter((c) => c.contribution >= o.minContribution).slice(0, o.maxSentences);
  if (strong.length) return strong;
  // No single sentence moves the decision (typical for "unrelated"): quote the one closest to the headline.
  const closest = [...contribs].sort((a, b) => b.similarity - a.similarity || a.index - b.index)[0];
  if (closest) return [closest];
  const first = body.sentences[0];
  return first ? [{ index: 0, range: first.range, contribution: 0, similarity: 0 }] : [];
}

/** The headline-body stance signal (see the module doc). */
export const headlineBodyStance = defineSignal<HeadlineBodyStanceOptions>({
  meta: {
    id: 'headline-body-stance',
    category: 'title-representativeness',
    rationale:
      "Checks whether the body supports its own headline's claim (agree), disputes it, only reports it, or is about something else; a headline the body does not back is a reason to read before trusting it.",
    references: [
      'W3C Credible Web Community Group, Credibility Signals: title representativeness (https://credweb.org/signals)',
      'Zhang et al., A Structured Response to Misinformation: Defining and Annotating Credibility Indicators in News Articles, WWW 2018 Companion',
      'Fake News Challenge stage 1 (FNC-1) data and scorer (https://github.com/FakeNewsChallenge/fnc-1)',
      'Hanselowski et al., A Retrospective Analysis of the Fake News Challenge Stance-Detection Task, COLING 2018',
    ],
    messages: {
      unsupported: "the headline's claim is not supported by the body: {reason}",
    },
    defaults: { minBodyWords: 40, maxSentences: 3, minContribution: 0.01, maxMissingWords: 6, minClauseTerms: 3, minMissingShare: 0.33, reportDiscuss: true },
    requires: ['text', 'meta'],
  },
  run({ doc, options, report }) {
    const head = headlineSpan(doc);
    if (!head) return;
    if (doc.meta.language && doc.meta.language !== 'en') return;
    const bodyStart = head.range ? head.range[1] : 0;
    const body = analyzeBody(doc.text, bodyStart, doc.text.length);
    const words = body.sentences.reduce((n, s) => n + s.stems.length, 0);
    if (words < options.minBodyWords) return;
    const h = analyzeHeadline(head.value);
    if (h.terms.size === 0) return;
    const model = options.model ?? defaultStanceModel();
    const bodyStems = stemsOf(body);

    const judged = model.judge(h, body);
    const whole = judged.prediction;
    const stance = whole.stance;
    const clauses = unsupportedClauses(head.value, body, bodyStems, model, options);
    if (stance === 'agree' && clauses.length === 0) return;
    if (stance === 'discuss' && clauses.length === 0 && !options.reportDiscuss) return;

    const missing = missingWords(head.value, bodyStems, model.idf).slice(0, options.maxMissingWords);
    const parts: string[] = [];
    if (stance !== 'agree') parts.push(REASONS[stance]);
    for (const c of clauses.slice(0, 2)) {
      parts.push(`the body never backs "${c.clause.text}" (no ${c.missing.map((w) => `"${w}"`).join(', ')} anywhere in it)`);
    }
    if (clauses.length === 0 && missing.length) parts.push(`it never uses the headline's words ${missing.map((w) => `"${w}"`).join(', ')}`);
    // Sentences are weighed only now, for the claim reported: the whole headline, else its first unbacked clause.
    const explained = stance !== 'agree' ? judged.explain() : clauses[0]!.explain();
    const sentences = deciding(explained, options, body);

    const round = (v: number) => Math.round(v * 1000) / 1000;
    const probs = (p: Record<Stance, number>) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, round(v)]));
    const ranges: Range[] = [];
    if (head.range) {
      ranges.push(head.range);
      const at = head.range[0];
      for (const c of clauses) ranges.push([at + c.clause.range[0], at + c.clause.range[1]]);
    }
    for (const s of sentences) ranges.push(s.range);
    report({
      messageId: 'unsupported',
      severity: clauses.length > 0 || stance === 'disagree' || stance === 'unrelated' ? 'warning' : 'info',
      ranges,
      data: {
        reason: parts.join('; '),
        stance,
        probabilities: probs(whole.probabilities),
        missingWords: missing,
        clauses: clauses.map((c) => ({ text: c.clause.text, stance: c.stance, probabilities: probs(c.probabilities), missingWords: c.missing })),
        sentences: sentences.map((s) => ({ range: s.range, contribution: round(s.contribution) })),
      },
    });
  },
});

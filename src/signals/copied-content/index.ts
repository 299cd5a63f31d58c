/**
 * # copied-content
 *
 * **What it detects.** A report that is not independent of another: a wire story run by another
 * outlet, a near-verbatim duplicate, a rewrite that keeps much of the wording, a credited
 * translation, a report that names another outlet's report as its source, or one that only passes
 * on one speaker's statement. The origin index finds the link (shared passages by shingles and
 * MinHash, credit lines, shared facts); this rule reports one finding per link, on the dependent
 * report, naming the origin by headline and outlet. Evidence: the dependent report's shared
 * passages or credit line; `related`: the matching passages of the origin (none for an origin
 * outside the set: a speaker, or a credited outlet whose report is not in the corpus); `data`:
 * the relation, the origin's id (`derivedFrom`) and the share of the report found in it (`score`).
 *
 * **Why it matters.** Originality is one of the W3C Credible Web Community Group's credibility
 * signals: a report that repeats another adds no confirmation, so ten copies of one wire story
 * are one source, not ten (the corroboration layer counts them once). Much of online news is
 * agency copy (Boumans et al., 2018), and knowing which report is the original tells a reader
 * whose words they are reading.
 *
 * **Limits.**
 * - It describes the texts: whether copying was licensed (most wire copy is) or fair is not for
 *   it to say, hence info.
 * - Shared quotes from one press conference are not copying; two reports of one statement in
 *   different words are `relays-statement`, a dependence on the speaker, not on each other.
 * - A translation is found only when it is credited; an uncredited one reads as independent.
 *
 * **Examples.**
 * - Lakeside Courier runs Baltmoor Press's wire story under a new headline with one sentence
 *   reworded → `copy-of` “Fire at Morvaine fertiliser plant …” (Baltmoor Press): the credit
 *   "(Baltmoor Press)" and the passages either side of the edit, in both texts.
 * - Continental Digest's credited English version of a German report → `translation-of`: the
 *   "Source:" line, and each translated sentence beside the German one.
 * - Two reports that only pass on the Interior Ministry's statement → `relays-statement` on
 *   each, naming the ministry, nothing in `related`.
 * - Two outlets telling the same night in their own words → nothing.
 *
 * References: W3C Credible Web CG, "Credibility Signals" (credweb.org/signals: originality);
 * Boumans, Trilling, Vliegenthart and Boomgaarden, "The Agency Makes the (Online) News World Go
 * Round", International Journal of Communication 12, 2018; Broder, "On the resemblance and
 * containment of documents", 1997 (near-duplicate detection).
 */
import { defineCrossSignal, type StoryLinks } from '../cross-signal.js';
import type { OriginRelation, ReportLabel } from '../../corpus/origins/origin-types.js';

/** The message of each relation. */
const MESSAGE_IDS: Readonly<Record<OriginRelation, string>> = {
  'syndicated-copy': 'copy-of',
  'near-duplicate': 'near-duplicate-of',
  rewrite: 'rewrite-of',
  'credited-translation': 'translation-of',
  'credited-source': 'credits-source',
  'relays-statement': 'relays-statement',
};

/** How a finding names the origin: “headline” (outlet), or the outlet, or the id. */
function nameOf(id: string, label: ReportLabel | undefined): string {
  const headline = label?.headline ? `“${label.headline}”` : undefined;
  if (headline && label?.outlet) return `${headline} (${label.outlet})`;
  return headline ?? label?.outlet ?? `report ${id}`;
}

/** The copied-content signal (see the module doc). */
export const copiedContent = defineCrossSignal<StoryLinks>({
  meta: {
    id: 'copied-content',
    category: 'originality',
    reads: 'origin-links',
    rationale:
      'Finds reports that copy, rewrite or translate another report, or only relay one statement; a dependent report adds no confirmation of what it repeats.',
    references: [
      'W3C Credible Web Community Group, Credibility Signals: originality (https://credweb.org/signals)',
      'Boumans, Trilling, Vliegenthart and Boomgaarden, The Agency Makes the (Online) News World Go Round: The Impact of News Agency Content on Print and Online News, International Journal of Communication 12, 2018',
      'Broder, On the resemblance and containment of documents, Compression and Complexity of Sequences, 1997',
    ],
    messages: {
      'copy-of': 'copy of {origin}',
      'near-duplicate-of': 'near-duplicate of {origin}',
      'rewrite-of': 'rewrite of {origin}',
      'translation-of': 'translation of {origin}',
      'credits-source': 'taken from {origin}',
      'relays-statement': 'relays a statement by {origin}',
    },
  },
  run({ input: { links, describe }, report }) {
    for (const l of links) {
      report({
        docId: l.docId,
        messageId: MESSAGE_IDS[l.relation],
        severity: 'info',
        evidence: l.evidence,
        related: l.related,
        data: { relation: l.relation, derivedFrom: l.derivedFrom, score: l.score },
        fill: { origin: l.external ? l.external.name : nameOf(l.derivedFrom, describe?.(l.derivedFrom)) },
      });
    }
  },
});

/**
 * Cross-report findings for reports that are not independent: "copy of …", "translation of …".
 * The words describe what the texts show; whether copying was licensed or fair is not ours to say.
 */
import type { Finding } from '../../model/finding.js';
import type { OriginLink, OriginRelation, ReportLabel } from './origin-types.js';

const MESSAGE_IDS: Record<OriginRelation, string> = {
  'syndicated-copy': 'copy-of',
  'near-duplicate': 'near-duplicate-of',
  rewrite: 'rewrite-of',
  'credited-translation': 'translation-of',
  'credited-source': 'credits-source',
  'relays-statement': 'relays-statement',
};

const PHRASES: Record<OriginRelation, string> = {
  'syndicated-copy': 'copy of',
  'near-duplicate': 'near-duplicate of',
  rewrite: 'rewrite of',
  'credited-translation': 'translation of',
  'credited-source': 'taken from',
  'relays-statement': 'relays a statement by',
};

/** How a finding names the origin: “headline” (outlet), or the outlet, or the id. */
function nameOf(id: string, label: ReportLabel | undefined): string {
  const headline = label?.headline ? `“${label.headline}”` : undefined;
  if (headline && label?.outlet) return `${headline} (${label.outlet})`;
  return headline ?? label?.outlet ?? `report ${id}`;
}

/**
 * One `copied-content` finding per link, on the dependent report; the origin's matching passages
 * are in `related`. `describe` names origin reports (an origin index's `describe`).
 */
export function copiedContentFindings(links: readonly OriginLink[], describe?: (docId: string) => ReportLabel | undefined): Finding[] {
  return links.map((l) => {
    const origin = l.external ? l.external.name : nameOf(l.derivedFrom, describe?.(l.derivedFrom));
    const finding: Finding = {
      ruleId: 'copied-content',
      messageId: MESSAGE_IDS[l.relation],
      message: `${PHRASES[l.relation]} ${origin}`,
      severity: 'info',
      docId: l.docId,
      evidence: l.evidence,
      related: l.related,
      data: { relation: l.relation, derivedFrom: l.derivedFrom, score: l.score },
    };
    return finding;
  });
}

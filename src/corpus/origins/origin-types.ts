import type { Evidence } from '../../model/span.js';

/**
 * How a report depends on another: a wire copy run by another outlet, a near-verbatim duplicate
 * (an outlet's own update, a repost), a rewrite that keeps much of the wording, a credited
 * translation, a report that names another outlet's report as its source, or a report that only
 * passes on one speaker's statement.
 */
export type OriginRelation =
  | 'syndicated-copy'
  | 'near-duplicate'
  | 'rewrite'
  | 'credited-translation'
  | 'credited-source'
  | 'relays-statement';

/** Prefix of `derivedFrom` when the origin is outside the set: a speaker, or a credited outlet with no report here. */
export const EXTERNAL_PREFIX = 'external:';

/** One report's dependence on an origin, with the words that show it. */
export interface OriginLink {
  /** The dependent report. */
  docId: string;
  /** The origin: a report id, or `external:statement:…` / `external:outlet:…` for one outside the set. */
  derivedFrom: string;
  relation: OriginRelation;
  /** 0..1: the share of the dependent report found in the origin (text or facts), or of its facts from the speaker. */
  score: number;
  /** Spans of the dependent report: the shared passages, the credit line. */
  evidence: Evidence[];
  /** Spans of the origin report matching `evidence` (empty for an origin outside the set). */
  related: Evidence[];
  /** Who the origin is, when it is outside the set. */
  external?: { kind: 'statement' | 'outlet'; name: string };
}

/** Reports that share one origin. */
export interface OriginGroup {
  /** The member the others derive from: not derived from another member, earliest published, else first seen. */
  origin: string;
  /** Every report of the group, in the order they were added. */
  members: string[];
  /** Origins outside the set that the group's reports derive from (speakers, absent outlets). */
  external?: string[];
}

/** How a finding names a report. */
export interface ReportLabel {
  headline?: string;
  outlet?: string;
  published?: string;
}

/**
 * What the reports of a story say together about one facet: a status, the values side by side
 * with the reports and words behind each, which report carried each value first, and how the
 * value changed over time.
 */
import type { Evidence } from '../../model/span.js';
import type { FacetKind, FacetValue } from '../align/facet-types.js';

/**
 * `corroborated`: two or more independent origins agree (allowing for approximations);
 * `single-source`: one origin says it (copies of it do not count); `contradicted`: independent
 * origins give values that conflict and no update over time explains it; `denied`: a party
 * denies it.
 */
export type FacetStatus = 'corroborated' | 'single-source' | 'contradicted' | 'denied';

/** The part a group of agreeing values plays. */
export type GroupRole =
  /** The value the reports agree on, or the latest of a rising series. */
  | 'current'
  /** An earlier value of a series that rose later (an update, not a conflict). */
  | 'earlier'
  /** A value that conflicts with the current one and no update explains. */
  | 'conflicting'
  /** A lower bound or weak reading that fits the current value. */
  | 'compatible'
  /** A weak reading that fits no value; shown, not held against anybody. */
  | 'weak'
  /** For an attribution: the denial. */
  | 'denial'
  /** For a figure with no stated fate: the story's counts it was compared with. */
  | 'reference';

/** One report's part in a group. */
export interface GroupReport {
  docId: string;
  /** The value as this report states it. */
  display: string;
  /** The report's origin group (its own id when it is independent). */
  origin: string;
  published?: string;
  outlet?: string;
  source?: string;
  weak?: boolean;
  evidence: Evidence[];
}

/** Reports agreeing on one value. */
export interface ValueGroup {
  display: string;
  value: FacetValue;
  role: GroupRole;
  /** Independent origins among the reports. */
  origins: number;
  /** In order of publication; undated reports last. */
  reports: GroupReport[];
  /** The independent report that carried the value first (earliest published; the first added when none is dated); when only copies carry it, their origin. */
  firstCarrier: string;
  firstPublished?: string;
  /** For `reference` groups: the facet the values come from. */
  fromFacet?: string;
}

/** One step of a facet's history, in order of publication. */
export interface TimelineEntry {
  published?: string;
  docId: string;
  display: string;
  /** `first`: the first value; `rise`: a higher value, read as an update; `repeat`: a value already out; `conflict`: a value that conflicts. */
  change: 'first' | 'rise' | 'repeat' | 'conflict';
}

/** The verdict on one facet of a story. */
export interface FacetVerdict {
  key: string;
  kind: FacetKind;
  label: string;
  place: string;
  status: FacetStatus;
  /** The value rose over time and the rise is read as an update (a toll rising, a count revised). */
  updated: boolean;
  /** The value as it stands: the agreed or latest one. */
  value?: string;
  groups: ValueGroup[];
  timeline: TimelineEntry[];
  /** Independent origins with a claim on the facet. */
  origins: number;
  /** Reports with a claim on the facet. */
  reports: number;
  /** How the status was reached, when the rule needs saying. */
  note?: string;
}

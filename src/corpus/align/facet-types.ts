/**
 * What one report says about one facet of an incident, and the facets of a story once the
 * reports' claims are aligned. Keys are normalised so that reports worded differently meet:
 * `count:intercepted:drones@velmorsk`, `casualties:killed@velmorsk`, `date@velmorsk`,
 * `attribution:dorvania@velmorsk`, `damage:garage@velmorsk`, `statement:odvalen@velmorsk`.
 */
import type { Approximation } from '../../analyze/numbers/numeric-types.js';
import type { GeoPlace } from '../../analyze/places/geo-place.js';
import type { TimeResolution } from '../../analyze/time/time-types.js';
import type { Evidence } from '../../model/span.js';

/** The kinds of fact a story's reports are compared on. */
export type FacetKind = 'date' | 'place' | 'count' | 'casualties' | 'damage' | 'attribution' | 'statement';

/** The count groups the issue names: launched, intercepted (shot down, suppressed, diverted), hit; `unspecified` when no fate is stated. */
export type CountGroup = 'launched' | 'intercepted' | 'hit' | 'unspecified';

/** How wide the area of a count is: the incident's place itself, its region, or the whole country. */
export type CountScope = 'place' | 'region' | 'country';

/** A figure as stated, with its approximation ("about 30", "more than 20", "5 to 7"). */
export interface NumberValue {
  type: 'number';
  value: number;
  low?: number;
  high?: number;
  approx: Approximation;
}

/** Calendar days an event is dated to (ISO `YYYY-MM-DD`, inclusive), and how the date was read. */
export interface DaysValue {
  type: 'days';
  first: string;
  last: string;
  /** The report's own words and the resolved interval, for display. */
  text?: string;
  interval?: { start: string; end: string };
  resolution: TimeResolution;
}

/** A named thing: a place, a site, a damaged object, a party, a statement's verb. */
export interface LabelValue {
  type: 'label';
  key: string;
  label: string;
}

/** Who is said to be behind an incident, and in which voice. */
export interface AttributionValue {
  type: 'attribution';
  party: string;
  stance: 'claimed' | 'blamed' | 'denied';
  /** Who blames or denies, when the report says. */
  by?: string;
  hedged?: boolean;
}

export type FacetValue = NumberValue | DaysValue | LabelValue | AttributionValue;

/** One report's value for one facet, with the words it rests on. */
export interface FacetClaim {
  facet: string;
  kind: FacetKind;
  docId: string;
  /** The report's incident the claim belongs to (`i1`, …). */
  incidentId: string;
  value: FacetValue;
  /** The value as a person reads it: "7", "about 30", "2026-03-14", "Dorvania (blamed by Arkady Brennik)". */
  display: string;
  /** Whose figure or statement it is, as the report names them. */
  source?: string;
  evidence: Evidence[];
  /**
   * The value rests on a weak reading: a date inferred rather than stated, a single person
   * described ("a 64-year-old man") standing for a toll. Shown, never the basis of a conflict.
   */
  weak?: boolean;
  /** Other values for the same facet the report also gives (a figure it recounts before the latest). */
  alsoStated?: Array<{ display: string; value: FacetValue; evidence: Evidence[] }>;
}

/** The facts one report gives about one of its incidents. */
export interface IncidentFacts {
  incidentId: string;
  /** Loose key of the incident's place (see place-key.ts). */
  placeKey: string;
  place: string;
  geo?: GeoPlace;
  sites: string[];
  eventType: string;
  subEventType?: string;
  /** Event days, when the report dates the incident. */
  days?: { first: string; last: string; resolution: TimeResolution };
  /** Facet keys here are relative to the place: `count:intercepted:drones@<placeKey>`. */
  claims: FacetClaim[];
  /** Names the incident's statements and attributions bring up (speakers, parties). */
  actors: Array<{ name: string; kind: 'person' | 'institution' | 'party' }>;
  /** The incident's evidence sentences, the first ones. */
  evidence: Evidence[];
}

/** What the cross-report layer keeps of one report: small, JSON-safe, with its evidence quoted. */
export interface ReportFacts {
  docId: string;
  headline?: string;
  outlet?: string;
  /** Publication date as `meta.published` gives it. */
  published?: string;
  /** Milliseconds since the epoch of the publication instant (a date alone counts from its start), for ordering. */
  publishedAt?: number;
  language?: string;
  /** The incident the report is mainly about (index into `incidents`), when it has incidents. */
  primary?: number;
  incidents: IncidentFacts[];
}

/** All reports' claims on one facet of a story. */
export interface AlignedFacet {
  key: string;
  kind: FacetKind;
  /** What the facet is about, in words: "drones intercepted over Velmorsk". */
  label: string;
  /** The incident place the facet belongs to. */
  place: string;
  /** At most one claim per report. */
  claims: FacetClaim[];
}

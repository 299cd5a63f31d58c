import type { Range } from '../../model/span.js';
import type { GeoPlace } from '../places/geo-place.js';
import type { Approximation, NumericCategory } from '../numbers/numeric-types.js';
import type { DayPart, TimeResolution } from '../time/time-types.js';
import type { HedgeKind } from '../claims/claim-types.js';

export type { GeoPlace } from '../places/geo-place.js';

/** What happened, in ACLED's spirit but for the air war news reports tell of. */
export type IncidentEventType = 'drone-strike' | 'missile-strike' | 'interception' | 'explosion' | 'shelling' | 'air-alert' | 'other';

/** The count categories an incident keeps (the weapon side); people and buildings go to casualties and damage. */
export type CountCategory = Extract<NumericCategory, 'launched' | 'intercepted' | 'shot-down' | 'diverted' | 'hit'>;

/**
 * When. `timePrecision` is ACLED's code for how finely the words pin the day (1 the day, 2 a week or
 * a few days, 3 a month or more), whether or not the day could be anchored: `resolution` says that,
 * and `note` gives the stated inference ("Tuesday read as the Tuesday before publication").
 */
export interface IncidentDate {
  interval?: { start: string; end: string };
  /** The words the date rests on: "Early Tuesday morning", "0:58 local time". */
  text?: string;
  timePrecision: 1 | 2 | 3;
  timeOfDay?: { hour?: number; minute?: number; part?: DayPart };
  resolution: TimeResolution;
  note?: string;
  /** The time expressions read, first the one the date rests on. */
  evidence: Range[];
}

/** A named spot inside the place: a facility, landmark, street or district ("the Kremlin", "Garnet Street"). */
export interface IncidentSite {
  name: string;
  entityId?: string;
  evidence: Range[];
}

/**
 * Where. `geoPrecision` is ACLED's: 1 the town itself, 2 near a town or part of a region, 3 only a
 * region or country. A name the gazetteer does not know has no `geo`.
 */
export interface IncidentLocation {
  name: string;
  geo?: GeoPlace;
  geoPrecision: 1 | 2 | 3;
  entityId?: string;
  sites?: IncidentSite[];
  evidence: Range[];
}

/**
 * Who did it, as the report tells it: `claimed` by the side itself, `blamed` on it by `by` (no `by`:
 * the report says so in its own voice), `denied` by `by`. `hedged` when the words hold back
 * ("reportedly attributed to", "from the direction of").
 */
export interface IncidentAttacker {
  name: string;
  stance: 'claimed' | 'blamed' | 'denied';
  by?: string;
  hedged?: true;
  evidence: Range[];
}

/** A figure of the incident, pointing at `doc.data.numbers[ref]`, with what matters inline. */
export interface IncidentCount {
  /** Index into `doc.data.numbers`. */
  ref: number;
  value: number;
  low?: number;
  high?: number;
  approx: Approximation;
  /** What was counted: 'drones', 'missiles', 'targets'. */
  counted: string;
  /** The system or means named with it: 'Pantsir', 'electronic warfare'. */
  means?: string;
  /** Whose figure it is. */
  source?: string;
  evidence: Range[];
}

/** A casualty figure range across the report's sentences: low and high as stated. */
export interface CasualtyRange {
  low: number;
  high: number;
}

/** Casualties as reported; `killed.conservative` is ACLED's fatality figure (the lowest stated; "dozens" is 12). */
export interface IncidentCasualties {
  killed?: CasualtyRange & { conservative: number };
  injured?: CasualtyRange;
  /** Who gave the figures. */
  sources?: string[];
  /** Indexes into `doc.data.numbers`. */
  refs: number[];
  evidence: Range[];
}

/** Who says what about the incident; `what` is read from the reporting verb and the words it carries. */
export interface IncidentStatement {
  who: string;
  what: 'blames' | 'denies' | 'confirms' | 'claims' | 'reports' | 'declines';
  speakerKind?: 'named' | 'institution' | 'anonymous';
  /** The reporting verb's lemma ("say", "blame", "reject"). */
  verb?: string;
  quoteId?: string;
  /** What the statement came through: "on his Telegram channel". */
  via?: string;
  /** When it was said, when the report dates the statement itself ("responded … on December 22"). */
  when?: { text: string; interval?: { start: string; end: string }; resolution: TimeResolution; evidence: Range };
  evidence: Range[];
}

/** One incident a report tells of, in ACLED's shape, every field with the spans it rests on. */
export interface Incident {
  /** 'i1', 'i2', … in order of first mention. */
  id: string;
  date: IncidentDate;
  location: IncidentLocation;
  eventType: IncidentEventType;
  /** Finer detail: 'intercepted', 'debris', 'air strike'. */
  subEventType?: string;
  attacker?: IncidentAttacker[];
  target?: { text: string; evidence: Range[] };
  counts: Partial<Record<CountCategory, IncidentCount[]>>;
  casualties?: IncidentCasualties;
  damage?: Array<{ text: string; ref?: number; evidence: Range[] }>;
  statements: IncidentStatement[];
  /** Hedges in the sentences it rests on ("reportedly", "if confirmed"). */
  hedges?: Array<{ kind: HedgeKind; text: string; range: Range }>;
  /** The sentences it rests on, in text order. */
  evidence: Range[];
}

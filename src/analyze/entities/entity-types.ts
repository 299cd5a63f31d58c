import type { Range } from '../../model/span.js';
import type { GeoPlace } from '../places/geo-place.js';

export type { GeoPlace } from '../places/geo-place.js';

export type EntityType = 'person' | 'organisation' | 'place' | 'facility' | 'weapon' | 'group';

/**
 * How a mention names its entity: `name` as the canonical name or a full form of it, `alias` a
 * shorter form or another spelling ("Shoigu", "Kiev", "Panzir"), `title` with an honorific
 * ("Mr. Putin"), `role` by a role alone ("the mayor", "the Kremlin chief"), `pronoun-like` a
 * pronoun linked to the last person named nearby.
 */
export type MentionKind = 'name' | 'alias' | 'title' | 'pronoun-like' | 'role';

export interface EntityMention {
  range: Range;
  /** Always `text.slice(range[0], range[1])`. */
  text: string;
  kind: MentionKind;
}

/** One person, organisation, place, facility, weapon system or armed group named in a report. */
export interface Entity {
  /** Stable within the document, by order of first mention: 'e1', 'e2', … */
  id: string;
  type: EntityType;
  canonical: string;
  /** Other forms the report uses, as written, in order of appearance. */
  aliases: string[];
  /** In text order. */
  mentions: EntityMention[];
  /** Roles and titles as written next to a person's name: "Kremlin spokesman", "Defense Minister". */
  roles?: string[];
  /** For places and facilities: where, from the offline gazetteer. */
  geo?: GeoPlace;
}

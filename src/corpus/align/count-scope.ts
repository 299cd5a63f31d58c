/**
 * How wide the area of a reported count is. "Seven drones over the city", "23 over the country",
 * "11 over the Velmorsk region" are three facts, not three conflicting figures: the words after
 * the figure, up to the end of its clause, say which.
 */
import type { GeoPlace } from '../../analyze/places/geo-place.js';
import { geocode } from '../../analyze/places/geocode.js';
import type { Range } from '../../model/span.js';
import type { CountScope } from './facet-types.js';
import { placeKey } from './place-key.js';

const REGION = /\b(?:regions?|oblasts?|provinces?|governorates?)\b/giu;
const COUNTRY = /\b(?:(?:the|its|their|our|this|whole|entire) country(?:['’]s)?|country['’]s|nationwide|national territory|territory|whole of|all of|across the country)\b/giu;
const PLACE = /\b(?:city|capital|outskirts|surroundings|approach(?:es)?|town)\b/giu;
const NAMED = /\b(?:over|across|in|above)\s+(\p{Lu}\p{L}+)/gu;
/** A region named for a place: "the Pritzava region", "the wider Velmorsk region". */
const NAMED_REGION = /\b(\p{Lu}\p{L}+)\s+(?:region|oblast|province|governorate)\b/u;
const FROM_AREA = /\bfrom\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:territory|country|region|border|direction)\b/giu;
/** Where a figure's clause ends: a stop, a semicolon or colon, or a comma before the next clause. */
const CLAUSE_END = /[.;:!?\n]|,\s/u;

/** The clause a figure sits in, from just after it to the end of the clause (at most 140 characters). */
export function clauseAfter(text: string, range: Range): string {
  const rest = text.slice(range[1], range[1] + 140);
  const m = CLAUSE_END.exec(rest);
  return m ? rest.slice(0, m.index) : rest;
}

/**
 * The scope of a count. `isCountry` tells whether a capitalised name is a country (a known one,
 * or a state the report names as a party); `place` is the incident's place name.
 */
export function countScope(text: string, range: Range, place: string, isCountry: (name: string) => boolean): CountScope {
  return firstArea(areaClause(text, range), place, isCountry)?.scope ?? 'place';
}

/** The words that say a figure's area: its clause, less where the things counted came from. */
function areaClause(text: string, range: Range): string {
  // "launched from Karvelian territory" says where they came from, not the area counted.
  return clauseAfter(text, range).replace(FROM_AREA, ' ');
}

/** The first words of a clause that name an area, and the scope they give. */
function firstArea(clause: string, place: string, isCountry: (name: string) => boolean): { at: number; scope: CountScope } | undefined {
  // The headline-style "50 drones smash capital" has no clause words after the figure but its own line.
  const hits: Array<{ at: number; scope: CountScope }> = [];
  for (const m of clause.matchAll(REGION)) hits.push({ at: m.index, scope: 'region' });
  for (const m of clause.matchAll(COUNTRY)) hits.push({ at: m.index, scope: 'country' });
  for (const m of clause.matchAll(PLACE)) hits.push({ at: m.index, scope: 'place' });
  for (const m of clause.matchAll(NAMED)) {
    const name = m[1]!;
    const after = clause.slice(m.index + m[0].length);
    // "over the Velmorsk region" is caught by REGION; "over Velmorsk" is the place; "over Karvelia" the country.
    if (/^\s+(?:region|oblast|province)/iu.test(after)) continue;
    if (isCountry(name)) hits.push({ at: m.index, scope: 'country' });
    else if (place && name.toLowerCase() === place.toLowerCase()) hits.push({ at: m.index, scope: 'place' });
  }
  hits.sort((a, b) => a.at - b.at);
  return hits[0];
}

/**
 * Whether a count is of a region other than the incident's: the area its clause names first is a
 * region named for another place, which the gazetteer puts in another first-level division
 * ("eight over the Pritzava region" in a report of the night over Velmorsk). A region the
 * gazetteer cannot place, or an incident without coordinates, is not called elsewhere.
 */
export function countsElsewhere(text: string, range: Range, place: { name: string; geo?: GeoPlace }, isCountry: (name: string) => boolean): boolean {
  const clause = areaClause(text, range);
  const m = NAMED_REGION.exec(clause);
  if (!m) return false;
  const first = firstArea(clause, place.name, isCountry);
  if (!first || first.at < m.index || first.at >= m.index + m[0].length) return false;
  const name = m[1]!;
  if (!place.geo?.admin1 || placeKey(name) === placeKey(place.name)) return false;
  const region = geocode(`${name} region`);
  if (!region?.admin1) return false;
  return region.country !== place.geo.country || region.admin1 !== place.geo.admin1;
}

/** How a scope reads in a facet label. */
export function scopeWords(scope: CountScope, place: string): string {
  return scope === 'place' ? `over ${place}` : scope === 'region' ? `over the ${place} region` : `over the country (${place})`;
}

/**
 * When two reports' incidents happened in the same place. Geocoded places compare by distance
 * (a district and its city, a city and its outskirts, meet); names the gazetteer does not know
 * compare by their loose key, with administrative words ("region", "oblast", "city of") left out.
 */
import type { GeoPlace } from '../../analyze/places/geo-place.js';
import { cachedNameKey } from '../../analyze/places/name-key.js';

/** Places closer than this are one place for incidents (a city and its suburbs). */
export const SAME_PLACE_KM = 30;

const ADMIN_WORDS = /\b(?:the|city|town|village|of|region|oblast|province|district|governorate|krai|republic|county|area)\b/g;

/** The loose key of a place name: "the Velmorsk region" and "Velmorsk" give `velmorsk`. */
export function placeKey(name: string): string {
  const k = cachedNameKey(name).replace(ADMIN_WORDS, ' ').replace(/\s+/g, ' ').trim();
  return k || cachedNameKey(name);
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A place as incidents carry it. */
export interface PlaceRef {
  placeKey: string;
  geo?: GeoPlace;
}

/**
 * Same place: both geocoded to towns (precision 1–2) and close; one only a region that holds the
 * other; or, without coordinates on either side, the same loose key.
 */
export function samePlace(a: PlaceRef, b: PlaceRef): boolean {
  if (a.geo && b.geo) {
    if (a.geo.geonameId !== undefined && a.geo.geonameId === b.geo.geonameId) return true;
    if (a.geo.precision === 3 || b.geo.precision === 3) {
      // A region holds its towns; two regions are one only when they are the same division.
      if (a.geo.country !== b.geo.country) return false;
      if (a.geo.precision === 3 && b.geo.precision === 3) return a.placeKey === b.placeKey;
      return a.geo.admin1 !== undefined && a.geo.admin1 === b.geo.admin1;
    }
    return distanceKm(a.geo, b.geo) <= SAME_PLACE_KM;
  }
  return a.placeKey === b.placeKey;
}

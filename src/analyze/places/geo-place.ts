/**
 * A place resolved against the gazetteer. `precision` follows ACLED's geo-precision codes:
 * 1 the town itself, 2 near a town or part of a region, 3 only a region (or country) is known —
 * then the coordinates are its capital's, as ACLED codes it.
 */
export interface GeoPlace {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** First-level division as GeoNames codes it, with the country: `UA.22`, `RU.09`, `US.ID`. */
  admin1?: string;
  lat: number;
  lon: number;
  population?: number;
  geonameId?: number;
  precision: 1 | 2 | 3;
}

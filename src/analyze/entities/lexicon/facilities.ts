/**
 * Facilities and landmarks: a curated list of the ones conflict news names by name alone
 * ("the Kremlin", "Red Square", "Moscow City"), and cue words that make "X airport",
 * "X refinery" or "X Nuclear Power Plant" a facility located at X.
 */

export interface KnownFacility {
  canonical: string;
  names: string[];
  /** The place it is in, for coordinates. */
  city: string;
  country: string;
}

export const KNOWN_FACILITIES: readonly KnownFacility[] = [
  { canonical: 'Kremlin', names: ['Kremlin', 'Moscow Kremlin', 'Кремль'], city: 'Moscow', country: 'RU' },
  { canonical: 'Red Square', names: ['Red Square'], city: 'Moscow', country: 'RU' },
  { canonical: 'Moscow City', names: ['Moscow City', 'Moskva-City', 'Moscow-City', 'Moscow International Business Center'], city: 'Moscow', country: 'RU' },
  { canonical: 'Vnukovo Airport', names: ['Vnukovo', 'Vnukovo Airport', 'Vnukovo airport'], city: 'Moscow', country: 'RU' },
  { canonical: 'Sheremetyevo Airport', names: ['Sheremetyevo', 'Sheremetyevo Airport', 'Sheremetyevo airport'], city: 'Moscow', country: 'RU' },
  { canonical: 'Domodedovo Airport', names: ['Domodedovo Airport', 'Domodedovo airport'], city: 'Moscow', country: 'RU' },
  { canonical: 'Boryspil Airport', names: ['Boryspil Airport', 'Boryspil airport'], city: 'Kyiv', country: 'UA' },
  { canonical: 'Crimean Bridge', names: ['Crimean Bridge', 'Kerch Bridge', 'Crimea Bridge', 'Kerch Strait Bridge'], city: 'Kerch', country: 'UA' },
  { canonical: 'Zaporizhzhia Nuclear Power Plant', names: ['Zaporizhzhia Nuclear Power Plant', 'Zaporizhzhia nuclear power plant', 'Zaporizhzhia NPP', 'ZNPP', 'Zaporizhzhia plant'], city: 'Enerhodar', country: 'UA' },
  { canonical: 'Chernobyl Nuclear Power Plant', names: ['Chernobyl Nuclear Power Plant', 'Chornobyl Nuclear Power Plant', 'Chernobyl nuclear power plant', 'Chornobyl nuclear power plant'], city: 'Chernobyl', country: 'UA' },
  { canonical: 'Kakhovka Dam', names: ['Kakhovka Dam', 'Kakhovka dam', 'Nova Kakhovka dam', 'Kakhovka hydroelectric dam'], city: 'Nova Kakhovka', country: 'UA' },
  { canonical: 'Azovstal', names: ['Azovstal', 'Azovstal steel plant', 'Azovstal Iron and Steel Works'], city: 'Mariupol', country: 'UA' },
  { canonical: 'Maidan Nezalezhnosti', names: ['Maidan', 'Maidan Nezalezhnosti', 'Independence Square'], city: 'Kyiv', country: 'UA' },
  { canonical: 'White House', names: ['White House'], city: 'Washington', country: 'US' },
  { canonical: 'Downing Street', names: ['Downing Street'], city: 'London', country: 'GB' },
  { canonical: 'Élysée Palace', names: ['Élysée', 'Elysee', 'Élysée Palace', 'Elysee Palace'], city: 'Paris', country: 'FR' },
  { canonical: 'Bundestag', names: ['Bundestag'], city: 'Berlin', country: 'DE' },
];

/**
 * Words that make a preceding name a facility. Multi-word cues are matched as written; `lower`
 * cues also match in lower case ("the Ryazan refinery"), the rest only capitalised.
 */
export const FACILITY_CUES: readonly string[] = [
  'nuclear power plant', 'thermal power plant', 'power plant', 'power station', 'hydroelectric power plant', 'oil refinery',
  'refinery', 'oil depot', 'fuel depot', 'ammunition depot', 'arms depot', 'depot', 'airport', 'airfield', 'air base',
  'airbase', 'naval base', 'military base', 'base', 'seaport', 'port', 'bridge', 'dam', 'square', 'cathedral', 'palace',
  'railway station', 'train station', 'station', 'tower', 'stadium', 'plant', 'factory', 'works', 'terminal',
  'shopping center', 'shopping centre', 'mall', 'hospital', 'barracks', 'prison', 'pipeline', 'substation',
];

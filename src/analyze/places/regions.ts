/**
 * Regions the city gazetteer cannot name: GeoNames cities500 holds populated places only, so
 * "Crimea", "Donbas" or a US state need a curated entry. Coordinates come from the seat city in
 * the gazetteer (ACLED codes a region-level event at its capital, precision 3). Oblast-style
 * names ("Belgorod region", "Kyiv Oblast") need no entry: geocode() resolves them by their city.
 */

export interface RegionEntry {
  canonical: string;
  names: string[];
  country: string;
  /** The city whose coordinates stand for the region. */
  seat: string;
  /** GeoNames admin1 code, without the country prefix, when the region is one. */
  admin1?: string;
}

export const REGIONS: readonly RegionEntry[] = [
  { canonical: 'Crimea', names: ['Crimea', 'Crimean Peninsula', 'Krym', 'Republic of Crimea', 'Autonomous Republic of Crimea', 'Krim'], country: 'UA', seat: 'Simferopol', admin1: '11' },
  { canonical: 'Donbas', names: ['Donbas', 'Donbass'], country: 'UA', seat: 'Donetsk' },
  { canonical: 'Zakarpattia', names: ['Zakarpattia', 'Transcarpathia'], country: 'UA', seat: 'Uzhhorod' },
  { canonical: 'Chechnya', names: ['Chechnya', 'Chechen Republic', 'Tschetschenien'], country: 'RU', seat: 'Grozny' },
  { canonical: 'Dagestan', names: ['Dagestan', 'Daghestan'], country: 'RU', seat: 'Makhachkala' },
  { canonical: 'Tatarstan', names: ['Tatarstan'], country: 'RU', seat: 'Kazan', admin1: '73' },
  { canonical: 'Bashkortostan', names: ['Bashkortostan', 'Bashkiria'], country: 'RU', seat: 'Ufa' },
  { canonical: 'Kuban', names: ['Kuban'], country: 'RU', seat: 'Krasnodar' },
  { canonical: 'Karelia', names: ['Karelia'], country: 'RU', seat: 'Petrozavodsk' },
  { canonical: 'Siberia', names: ['Siberia'], country: 'RU', seat: 'Novosibirsk' },
  { canonical: 'Transnistria', names: ['Transnistria', 'Transdniestria', 'Pridnestrovie'], country: 'MD', seat: 'Tiraspol' },
  { canonical: 'Abkhazia', names: ['Abkhazia'], country: 'GE', seat: 'Sukhumi' },
  { canonical: 'South Ossetia', names: ['South Ossetia'], country: 'GE', seat: 'Tskhinvali' },
  { canonical: 'Nagorno-Karabakh', names: ['Nagorno-Karabakh', 'Karabakh'], country: 'AZ', seat: 'Khankendi' },
  { canonical: 'Gaza Strip', names: ['Gaza Strip'], country: 'PS', seat: 'Gaza' },
  { canonical: 'West Bank', names: ['West Bank'], country: 'PS', seat: 'Ramallah' },
];

/** US states by name: GeoNames codes them by their postal code (`US.ID`). */
export const US_STATES: Readonly<Record<string, [code: string, capital: string]>> = {
  Alabama: ['AL', 'Montgomery'], Alaska: ['AK', 'Juneau'], Arizona: ['AZ', 'Phoenix'], Arkansas: ['AR', 'Little Rock'],
  California: ['CA', 'Sacramento'], Colorado: ['CO', 'Denver'], Connecticut: ['CT', 'Hartford'], Delaware: ['DE', 'Dover'],
  Florida: ['FL', 'Tallahassee'], Georgia: ['GA', 'Atlanta'], Hawaii: ['HI', 'Honolulu'], Idaho: ['ID', 'Boise'],
  Illinois: ['IL', 'Springfield'], Indiana: ['IN', 'Indianapolis'], Iowa: ['IA', 'Des Moines'], Kansas: ['KS', 'Topeka'],
  Kentucky: ['KY', 'Frankfort'], Louisiana: ['LA', 'Baton Rouge'], Maine: ['ME', 'Augusta'], Maryland: ['MD', 'Annapolis'],
  Massachusetts: ['MA', 'Boston'], Michigan: ['MI', 'Lansing'], Minnesota: ['MN', 'Saint Paul'], Mississippi: ['MS', 'Jackson'],
  Missouri: ['MO', 'Jefferson City'], Montana: ['MT', 'Helena'], Nebraska: ['NE', 'Lincoln'], Nevada: ['NV', 'Carson City'],
  'New Hampshire': ['NH', 'Concord'], 'New Jersey': ['NJ', 'Trenton'], 'New Mexico': ['NM', 'Santa Fe'], 'New York State': ['NY', 'Albany'],
  'North Carolina': ['NC', 'Raleigh'], 'North Dakota': ['ND', 'Bismarck'], Ohio: ['OH', 'Columbus'], Oklahoma: ['OK', 'Oklahoma City'],
  Oregon: ['OR', 'Salem'], Pennsylvania: ['PA', 'Harrisburg'], 'Rhode Island': ['RI', 'Providence'], 'South Carolina': ['SC', 'Columbia'],
  'South Dakota': ['SD', 'Pierre'], Tennessee: ['TN', 'Nashville'], Texas: ['TX', 'Austin'], Utah: ['UT', 'Salt Lake City'],
  Vermont: ['VT', 'Montpelier'], Virginia: ['VA', 'Richmond'], Washington: ['WA', 'Olympia'], 'West Virginia': ['WV', 'Charleston'],
  Wisconsin: ['WI', 'Madison'], Wyoming: ['WY', 'Cheyenne'],
};

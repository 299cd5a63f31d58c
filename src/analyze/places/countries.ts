/**
 * Country names in the languages news reports come in (from i18n-iso-countries), English
 * display names, and the adjectives and plurals that point at a country ("Russian", "Ukrainians").
 */
import { createRequire } from 'node:module';
import { cachedNameKey as nameKey } from './name-key.js';
import { userPlaces, userPlacesGeneration } from './user-places.js';

interface LocaleFile {
  countries: Record<string, string | string[]>;
}

/** Languages whose country names are matched; others still get English. */
const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk'] as const;

/** Where the English list's first or shortest name is not what a newsroom writes. */
const DISPLAY: Record<string, string> = {
  GB: 'United Kingdom',
  US: 'United States',
  MD: 'Moldova',
  SY: 'Syria',
  LA: 'Laos',
  FM: 'Micronesia',
  VA: 'Vatican City',
  CD: 'DR Congo',
  CG: 'Republic of the Congo',
  TW: 'Taiwan',
  KR: 'South Korea',
  KP: 'North Korea',
  PS: 'Palestine',
  CI: 'Ivory Coast',
  MK: 'North Macedonia',
  BO: 'Bolivia',
  VE: 'Venezuela',
  IR: 'Iran',
  TR: 'Turkey',
  CZ: 'Czechia',
  RU: 'Russia',
  TZ: 'Tanzania',
};

/** Names the package lacks. */
const EXTRA_NAMES: Record<string, string[]> = {
  GB: ['Britain', 'Great Britain', 'U.K.'],
  US: ['America', 'U.S.', 'the US'],
  NL: ['Holland'],
  MM: ['Burma'],
  CI: ['Ivory Coast'],
  KP: ['DPRK'],
  CZ: ['Czech Republic'],
  MD: ['Moldova'],
  SY: ['Syria'],
  LA: ['Laos'],
  VA: ['Vatican', 'Vatican City'],
  TR: ['Turkey', 'Türkiye'],
  RU: ['Russia', 'Russland', 'Russie', 'Rusia', 'Россия', 'Росія'],
  UA: ['Ukraine', 'Украина', 'Україна'],
};

/** Names that stand for two countries ("Congo", "Korea") or mostly for something else ("Jersey"). */
const SKIP = new Set(['congo', 'korea', 'jersey']);

/** Adjective and plural forms, curated: the countries news about conflicts names most. */
const DEMONYMS: Array<[cc: string, forms: string[]]> = [
  ['RU', ['Russian', 'Russians', 'Muscovite', 'Muscovites', 'Soviet', 'russisch', 'russe', 'russes']],
  ['UA', ['Ukrainian', 'Ukrainians', 'ukrainisch', 'ukrainien', 'ukrainienne']],
  ['GB', ['British', 'Briton', 'Britons', 'English', 'Scottish', 'Welsh']],
  ['US', ['American', 'Americans']],
  ['BY', ['Belarusian', 'Belarusians', 'Belarussian']],
  ['EE', ['Estonian', 'Estonians']],
  ['LV', ['Latvian', 'Latvians']],
  ['LT', ['Lithuanian', 'Lithuanians']],
  ['PL', ['Polish', 'Poles']],
  ['DE', ['German', 'Germans']],
  ['FR', ['French']],
  ['IT', ['Italian', 'Italians']],
  ['ES', ['Spanish', 'Spaniards']],
  ['PT', ['Portuguese']],
  ['NL', ['Dutch']],
  ['BE', ['Belgian', 'Belgians']],
  ['CH', ['Swiss']],
  ['AT', ['Austrian', 'Austrians']],
  ['CZ', ['Czech', 'Czechs']],
  ['SK', ['Slovak', 'Slovakian', 'Slovaks']],
  ['HU', ['Hungarian', 'Hungarians']],
  ['RO', ['Romanian', 'Romanians']],
  ['BG', ['Bulgarian', 'Bulgarians']],
  ['MD', ['Moldovan', 'Moldovans']],
  ['RS', ['Serbian', 'Serbs']],
  ['HR', ['Croatian', 'Croats']],
  ['GR', ['Greek', 'Greeks']],
  ['TR', ['Turkish', 'Turks']],
  ['GE', ['Georgian', 'Georgians']],
  ['AM', ['Armenian', 'Armenians']],
  ['AZ', ['Azerbaijani', 'Azerbaijanis']],
  ['KZ', ['Kazakh', 'Kazakhstani']],
  ['FI', ['Finnish', 'Finns']],
  ['SE', ['Swedish', 'Swedes']],
  ['NO', ['Norwegian', 'Norwegians']],
  ['DK', ['Danish', 'Danes']],
  ['IE', ['Irish']],
  ['CA', ['Canadian', 'Canadians']],
  ['AU', ['Australian', 'Australians']],
  ['CN', ['Chinese']],
  ['JP', ['Japanese']],
  ['KR', ['South Korean', 'South Koreans']],
  ['KP', ['North Korean', 'North Koreans']],
  ['IN', ['Indian', 'Indians']],
  ['PK', ['Pakistani', 'Pakistanis']],
  ['AF', ['Afghan', 'Afghans']],
  ['IR', ['Iranian', 'Iranians']],
  ['IQ', ['Iraqi', 'Iraqis']],
  ['SY', ['Syrian', 'Syrians']],
  ['LB', ['Lebanese']],
  ['IL', ['Israeli', 'Israelis']],
  ['PS', ['Palestinian', 'Palestinians']],
  ['JO', ['Jordanian', 'Jordanians']],
  ['SA', ['Saudi', 'Saudis']],
  ['YE', ['Yemeni', 'Yemenis']],
  ['EG', ['Egyptian', 'Egyptians']],
  ['LY', ['Libyan', 'Libyans']],
  ['SD', ['Sudanese']],
  ['ET', ['Ethiopian', 'Ethiopians']],
  ['NG', ['Nigerian', 'Nigerians']],
  ['ML', ['Malian']],
  ['MX', ['Mexican', 'Mexicans']],
  ['BR', ['Brazilian', 'Brazilians']],
  ['VE', ['Venezuelan', 'Venezuelans']],
];

interface CountryTables {
  byKey: Map<string, string>;
  /** Short upper-case names (US, UK, USA, UAE) match only as written. */
  acronyms: Map<string, string>;
  display: Map<string, string>;
  demonyms: Map<string, string>;
  adjective: Map<string, string>;
}

let tables: CountryTables | undefined;
/** The user-places generation `tables` was built for. */
let tablesFor = -1;

function load(): CountryTables {
  if (tables && tablesFor === userPlacesGeneration()) return tables;
  const generation = userPlacesGeneration();
  const require = createRequire(import.meta.url);
  const byKey = new Map<string, string>();
  const acronyms = new Map<string, string>();
  const display = new Map<string, string>();
  const add = (cc: string, name: string): void => {
    const bare = name.replace(/\s*\(.*\)$/, '').replace(/^the\s+/i, '');
    if (/^[A-Z.]{2,6}$/.test(bare)) {
      if (!acronyms.has(bare)) acronyms.set(bare, cc);
      return;
    }
    const key = nameKey(bare);
    if (key.length < 3 || SKIP.has(key)) return;
    if (!byKey.has(key)) byKey.set(key, cc);
  };
  for (const lang of LOCALES) {
    const file = require(`i18n-iso-countries/langs/${lang}.json`) as LocaleFile;
    for (const [cc, names] of Object.entries(file.countries)) {
      const list = Array.isArray(names) ? names : [names];
      for (const n of list) {
        add(cc, n);
        // "Moldova, Republic of" → "Moldova"
        if (n.includes(', ')) add(cc, n.slice(0, n.indexOf(', ')));
      }
      if (lang === 'en' && !display.has(cc)) display.set(cc, DISPLAY[cc] ?? pickDisplay(list));
    }
  }
  for (const [cc, names] of Object.entries(EXTRA_NAMES)) for (const n of names) add(cc, n);
  // `#country` lines of places files name the countries ISO 3166 lacks (invented, user-assigned
  // codes); they never take a name or display name an ISO country already has.
  for (const file of userPlaces()) {
    for (const { code, names } of file.countries) {
      for (const n of names) add(code, n);
      if (!display.has(code)) display.set(code, names[0]!);
    }
  }
  const demonyms = new Map<string, string>();
  const adjective = new Map<string, string>();
  for (const [cc, forms] of DEMONYMS) {
    for (const f of forms) demonyms.set(f.toLowerCase(), cc);
    if (!adjective.has(cc)) adjective.set(cc, forms[0]!);
  }
  tables = { byKey, acronyms, display, demonyms, adjective };
  tablesFor = generation;
  return tables;
}

function pickDisplay(names: string[]): string {
  const plain = names.map((n) => (n.includes(', ') ? n.slice(0, n.indexOf(', ')) : n)).filter((n) => n.length >= 4 && !n.includes('.'));
  plain.sort((a, b) => a.length - b.length);
  return plain[0] ?? names[0]!;
}

/**
 * ISO alpha-2 code of a country name as written ("Russia", "Russland", "Україна", "the UK", "U.S."),
 * or the code a places file's `#country` line gives it; undefined when unknown.
 */
export function countryCode(name: string): string | undefined {
  const t = load();
  // Memoised by the name as written: the readers ask about every capitalised word, often.
  if (name.length > MEMO_MAX_LENGTH) return countryCodeOf(t, name);
  if (codeMemoFor !== tables) {
    codeMemo.clear();
    codeMemoFor = tables;
  }
  let v = codeMemo.get(name);
  if (v === undefined) {
    if (codeMemo.size >= MEMO_LIMIT) codeMemo.clear();
    v = countryCodeOf(t, name) ?? null;
    codeMemo.set(name, v);
  }
  return v ?? undefined;
}

/** Names longer than this are not memoised (V8 keeps a long substring as a view of its whole text). */
const MEMO_MAX_LENGTH = 12;
const MEMO_LIMIT = 20_000;
const codeMemo = new Map<string, string | null>();
/** The tables `codeMemo` answers for (rebuilt when user places change). */
let codeMemoFor: CountryTables | undefined;
/** Demonyms come from the curated list alone, so this memo never goes stale. */
const demonymMemo = new Map<string, string | null>();

function countryCodeOf(t: CountryTables, name: string): string | undefined {
  const bare = name.trim().replace(/^the\s+/i, '');
  const acronym = t.acronyms.get(bare);
  if (acronym) return acronym;
  if (/^[A-Z.]{2,6}$/.test(bare)) return undefined;
  return t.byKey.get(nameKey(bare));
}

/** English display name of a country code ("RU" → "Russia"). */
export function countryName(cc: string): string | undefined {
  return load().display.get(cc.toUpperCase());
}

/** Country of an adjective or plural ("Russian", "Ukrainians", "Muscovites"), case-insensitive. */
export function demonymCountry(word: string): string | undefined {
  if (word.length > MEMO_MAX_LENGTH) return load().demonyms.get(word.toLowerCase());
  let v = demonymMemo.get(word);
  if (v === undefined) {
    if (demonymMemo.size >= MEMO_LIMIT) demonymMemo.clear();
    v = load().demonyms.get(word.toLowerCase()) ?? null;
    demonymMemo.set(word, v);
  }
  return v ?? undefined;
}

/** The adjective for a country ("RU" → "Russian"), when curated. */
export function countryAdjective(cc: string): string | undefined {
  return load().adjective.get(cc.toUpperCase());
}

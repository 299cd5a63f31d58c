/**
 * Organisation and armed-group cues: words that make a capitalised run an organisation
 * ("… Ministry", "… Council", "… Endowment"), lower-case institutional heads after a country
 * ("Ukraine's military intelligence agency", "the Russian military"), and a curated list of
 * organisations and groups news names by acronym or short name.
 */

/** Capitalised words that make the run they end (or open, with "of") an organisation. Lower case here. */
export const ORG_CUES: ReadonlySet<string> = new Set([
  'ministry', 'council', 'agency', 'army', 'forces', 'force', 'service', 'services', 'committee', 'party', 'endowment',
  'center', 'centre', 'institute', 'university', 'bank', 'company', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'group',
  'union', 'organization', 'organisation', 'commission', 'office', 'department', 'parliament', 'assembly', 'court',
  'police', 'guard', 'command', 'navy', 'fleet', 'directorate', 'bureau', 'foundation', 'alliance', 'coalition',
  'movement', 'network', 'news', 'times', 'post', 'journal', 'television', 'tv', 'radio', 'airlines', 'airways',
  'embassy', 'administration', 'cabinet', 'government', 'duma', 'rada', 'senate', 'congress', 'federation',
  'association', 'society', 'fund', 'authority', 'board', 'tribunal', 'secretariat', 'headquarters', 'staff',
  'observatory', 'monitor', 'watch', 'gazette', 'herald', 'tribune', 'telegraph', 'guardian', 'press', 'media',
  'broadcasting', 'club', 'academy', 'school', 'college', 'hospital', 'church', 'mission', 'program', 'programme',
  'project', 'initiative', 'inspectorate', 'prosecutor', 'survey', 'league', 'magazine', 'ministerium', 'ministère', 'министерство',
]);

/** Capitalised words that make a run an armed group or unit. */
export const GROUP_CUES: ReadonlySet<string> = new Set(['brigade', 'battalion', 'regiment', 'legion', 'corps', 'division', 'militia', 'squadron', 'detachment']);

/** Lower-case heads of an institution named by its country ("Russia's defense ministry", "the Ukrainian military"). */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'military', 'army', 'government', 'ministry', 'agency', 'navy', 'parliament', 'leadership', 'forces', 'troops',
  'intelligence', 'embassy', 'authorities', 'regime', 'command', 'service', 'guard', 'police', 'prosecutor',
  'prosecutors', 'foreign ministry', 'defense ministry', 'defence ministry', 'air force', 'general staff',
]);

/** Institution heads that all mean a country's armed forces: one entity, whichever word a sentence uses. */
export const ARMED_FORCES_HEADS: ReadonlySet<string> = new Set(['military', 'army', 'forces', 'troops', 'armed forces']);

export interface KnownOrganisation {
  canonical: string;
  names: string[];
  /** Acronyms match only in capitals. */
  acronyms?: string[];
  type: 'organisation' | 'group';
}

/** Short names and acronyms the cue words cannot catch. */
export const KNOWN_ORGANISATIONS: readonly KnownOrganisation[] = [
  { canonical: 'NATO', names: ['North Atlantic Treaty Organization', 'North Atlantic Alliance'], acronyms: ['NATO', 'OTAN', 'НАТО'], type: 'organisation' },
  { canonical: 'United Nations', names: ['United Nations'], acronyms: ['UN', 'U.N', 'ONU', 'ООН'], type: 'organisation' },
  { canonical: 'European Union', names: ['European Union'], acronyms: ['EU', 'E.U'], type: 'organisation' },
  { canonical: 'OSCE', names: ['Organization for Security and Co-operation in Europe'], acronyms: ['OSCE'], type: 'organisation' },
  { canonical: 'IAEA', names: ['International Atomic Energy Agency'], acronyms: ['IAEA'], type: 'organisation' },
  { canonical: 'International Criminal Court', names: ['International Criminal Court'], acronyms: ['ICC'], type: 'organisation' },
  { canonical: 'International Committee of the Red Cross', names: ['Red Cross', 'International Committee of the Red Cross'], acronyms: ['ICRC'], type: 'organisation' },
  { canonical: 'World Health Organization', names: ['World Health Organization'], acronyms: ['WHO'], type: 'organisation' },
  { canonical: 'UNICEF', names: [], acronyms: ['UNICEF'], type: 'organisation' },
  { canonical: 'UNHCR', names: [], acronyms: ['UNHCR'], type: 'organisation' },
  { canonical: 'OHCHR', names: ['UN Human Rights Office', 'UN human rights office'], acronyms: ['OHCHR'], type: 'organisation' },
  { canonical: 'International Monetary Fund', names: ['International Monetary Fund'], acronyms: ['IMF'], type: 'organisation' },
  { canonical: 'G7', names: ['Group of Seven'], acronyms: ['G7', 'G-7'], type: 'organisation' },
  { canonical: 'G20', names: ['Group of Twenty'], acronyms: ['G20', 'G-20'], type: 'organisation' },
  { canonical: 'Pentagon', names: ['Pentagon'], type: 'organisation' },
  { canonical: 'FSB', names: ['Federal Security Service'], acronyms: ['FSB', 'ФСБ'], type: 'organisation' },
  { canonical: 'GRU', names: [], acronyms: ['GRU'], type: 'organisation' },
  { canonical: 'SBU', names: ['Security Service of Ukraine'], acronyms: ['SBU', 'СБУ'], type: 'organisation' },
  { canonical: 'HUR', names: ['Main Intelligence Directorate'], acronyms: ['HUR', 'GUR'], type: 'organisation' },
  { canonical: 'CIA', names: ['Central Intelligence Agency'], acronyms: ['CIA'], type: 'organisation' },
  { canonical: 'FBI', names: ['Federal Bureau of Investigation'], acronyms: ['FBI'], type: 'organisation' },
  { canonical: 'MI6', names: ['Secret Intelligence Service'], acronyms: ['MI6'], type: 'organisation' },
  { canonical: 'Institute for the Study of War', names: ['Institute for the Study of War'], acronyms: ['ISW'], type: 'organisation' },
  { canonical: 'ACLED', names: ['Armed Conflict Location & Event Data Project'], acronyms: ['ACLED'], type: 'organisation' },
  { canonical: 'Rosatom', names: ['Rosatom'], type: 'organisation' },
  { canonical: 'Gazprom', names: ['Gazprom'], type: 'organisation' },
  { canonical: 'Rosneft', names: ['Rosneft'], type: 'organisation' },
  { canonical: 'Roskosmos', names: ['Roscosmos', 'Roskosmos'], type: 'organisation' },
  { canonical: 'Rosaviatsia', names: ['Rosaviatsia'], type: 'organisation' },
  { canonical: 'Ukrenergo', names: ['Ukrenergo'], type: 'organisation' },
  { canonical: 'Naftogaz', names: ['Naftogaz'], type: 'organisation' },
  { canonical: 'Verkhovna Rada', names: ['Verkhovna Rada', 'Rada'], type: 'organisation' },
  { canonical: 'State Duma', names: ['State Duma', 'Duma'], type: 'organisation' },
  { canonical: 'Federation Council', names: ['Federation Council'], type: 'organisation' },
  { canonical: 'Congress', names: ['Congress', 'US Congress', 'U.S. Congress'], type: 'organisation' },
  { canonical: 'Knesset', names: ['Knesset'], type: 'organisation' },
  { canonical: 'TASS', names: ['Tass'], acronyms: ['TASS', 'ТАСС'], type: 'organisation' },
  { canonical: 'RIA Novosti', names: ['RIA Novosti'], acronyms: ['RIA'], type: 'organisation' },
  { canonical: 'Interfax', names: ['Interfax'], type: 'organisation' },
  { canonical: 'Reuters', names: ['Reuters'], type: 'organisation' },
  { canonical: 'Associated Press', names: ['Associated Press'], acronyms: ['AP'], type: 'organisation' },
  { canonical: 'Agence France-Presse', names: ['Agence France-Presse', 'Agence France Presse'], acronyms: ['AFP'], type: 'organisation' },
  { canonical: 'BBC', names: [], acronyms: ['BBC'], type: 'organisation' },
  { canonical: 'CNN', names: [], acronyms: ['CNN'], type: 'organisation' },
  { canonical: 'Ukrinform', names: ['Ukrinform'], type: 'organisation' },
  { canonical: 'Telegram', names: ['Telegram'], type: 'organisation' },
  { canonical: 'X', names: ['Twitter'], type: 'organisation' },
  { canonical: 'Facebook', names: ['Facebook'], type: 'organisation' },
  { canonical: 'YouTube', names: ['YouTube'], type: 'organisation' },
  { canonical: 'VKontakte', names: ['VKontakte'], acronyms: ['VK'], type: 'organisation' },
  { canonical: 'Carnegie Endowment for International Peace', names: ['Carnegie Endowment for International Peace', 'Carnegie Endowment'], type: 'organisation' },
  { canonical: 'Wagner Group', names: ['Wagner Group', 'Wagner', 'PMC Wagner'], type: 'group' },
  { canonical: 'Hamas', names: ['Hamas'], type: 'group' },
  { canonical: 'Hezbollah', names: ['Hezbollah', 'Hizbollah'], type: 'group' },
  { canonical: 'Houthis', names: ['Houthis', 'Houthi', 'Ansar Allah'], type: 'group' },
  { canonical: 'Taliban', names: ['Taliban'], type: 'group' },
  { canonical: 'Islamic State', names: ['Islamic State', 'Daesh'], acronyms: ['ISIS', 'ISIL'], type: 'group' },
  { canonical: 'al-Qaeda', names: ['al-Qaeda', 'al-Qaida', 'Al Qaeda'], type: 'group' },
  { canonical: 'Azov', names: ['Azov', 'Azov Brigade', 'Azov Regiment', 'Azov Battalion'], type: 'group' },
  { canonical: 'Freedom of Russia Legion', names: ['Freedom of Russia Legion'], type: 'group' },
  { canonical: 'Russian Volunteer Corps', names: ['Russian Volunteer Corps'], acronyms: ['RDK'], type: 'group' },
];

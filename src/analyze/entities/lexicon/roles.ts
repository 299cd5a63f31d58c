/**
 * Titles, honorifics and role nouns that mark a person's name and give their role:
 * "Defense Minister Sergei Shoigu", "Kremlin spokesman Dmitri Peskov", "Mr. Putin",
 * "his Estonian counterpart Margus Tsahkna", "…, a senior fellow at the Carnegie Endowment".
 * All lower case; matching lower-cases the token.
 */

/** Before a name, with or without a full stop. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'herr', 'frau', 'mme', 'lord', 'lady']);

/** Capitalised titles that stand right before a name ("Mayor Sergei Sobyanin"); the last word of a title. */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'minister', 'premier', 'secretary', 'mayor', 'governor', 'senator', 'sen', 'rep', 'representative',
  'congressman', 'congresswoman', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'patriarch', 'ayatollah',
  'sheikh', 'emir', 'general', 'gen', 'lieutenant', 'lt', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'sergeant',
  'sgt', 'admiral', 'adm', 'marshal', 'commander', 'chief', 'director', 'chairman', 'chairwoman', 'chair', 'speaker',
  'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'judge', 'justice', 'prosecutor', 'bishop',
  'metropolitan', 'rabbi', 'imam', 'councillor', 'councilor', 'commissioner', 'ombudsman', 'ombudswoman', 'mp', 'head',
  'leader', 'officer', 'adviser', 'advisor', 'deputy', 'attorney', 'presidente', 'präsident', 'bürgermeister',
  'trooper', 'detective', 'sheriff', 'constable', 'inspector', 'superintendent', 'coach', 'professor', 'pastor', 'father',
  'member', 'councilmember', 'councilman', 'councilwoman', 'assemblyman', 'assemblywoman', 'lawmaker', 'governor-general',
]);

/** Capitalised words that may stand before a title head as part of the role ("Defense Minister", "Prime Minister"). */
export const TITLE_QUALIFIERS: ReadonlySet<string> = new Set([
  'defense', 'defence', 'foreign', 'interior', 'home', 'finance', 'justice', 'health', 'economy', 'economic', 'energy',
  'emergencies', 'emergency', 'culture', 'education', 'trade', 'transport', 'agriculture', 'digital', 'prime', 'deputy',
  'vice', 'acting', 'first', 'former', 'chief', 'senior', 'executive', 'general', 'affairs', 'security', 'council',
  'presidential', 'supreme', 'joint', 'staff', 'armed', 'forces', 'army', 'navy', 'air', 'force', 'state', 'national',
  'regional', 'city', 'district', 'military', 'intelligence', 'commander', 'secretary', 'minister', 'press', 'attorney',
  'assistant', 'special', 'lieutenant', 'major', 'brigadier', 'rear', 'grand', 'crown', 'opposition', 'party',
  'parliament', 'parliamentary', 'of', 'for', 'the', 'and',
]);

/** Lower-case role nouns that stand before a name ("Kremlin spokesman Dmitri Peskov") or in an apposition. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'aide', 'counterpart', 'mayor', 'governor',
  'minister', 'president', 'leader', 'chief', 'commander', 'head', 'analyst', 'expert', 'correspondent', 'journalist',
  'reporter', 'ambassador', 'envoy', 'general', 'secretary', 'deputy', 'lawmaker', 'senator', 'blogger', 'researcher',
  'director', 'chairman', 'chairwoman', 'founder', 'prosecutor', 'judge', 'activist', 'colleague', 'economist',
  'historian', 'professor', 'scholar', 'fellow', 'diplomat', 'negotiator', 'ombudsman', 'politician', 'businessman',
  'businesswoman', 'oligarch', 'billionaire', 'editor', 'columnist', 'commentator', 'presenter', 'officer', 'official',
  'premier', 'chancellor', 'strategist', 'scientist', 'specialist', 'consultant', 'lecturer', 'pilot', 'colonel',
  'captain', 'lieutenant', 'admiral', 'marshal', 'governor-general', 'speaker', 'ceo', 'chief executive', 'manager',
  'representative', 'mp', 'member', 'partner', 'co-founder', 'rapporteur', 'coordinator', 'host', 'coach',
  'technician', 'employee', 'worker', 'volunteer', 'medic', 'paramedic', 'firefighter', 'mediator', 'monitor',
]);

/**
 * Role words "the …" can refer back with ("the mayor", "the Kremlin chief", "the Ukrainian
 * president"): a role mention links to the last person whose role has this word.
 */
export const COREF_ROLE_HEADS: ReadonlySet<string> = new Set([
  'mayor', 'minister', 'president', 'premier', 'prime minister', 'chancellor', 'governor', 'spokesman', 'spokeswoman',
  'spokesperson', 'secretary', 'chief', 'leader', 'commander', 'general', 'ambassador', 'envoy', 'senator', 'adviser',
  'advisor', 'prosecutor', 'chairman', 'chairwoman', 'speaker', 'king', 'queen', 'pope', 'patriarch',
]);

/** Lower-case modifiers that belong to a role before a name ("former president", "top adviser"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'senior', 'top', 'chief', 'deputy', 'presidential', 'military', 'political', 'economic', 'foreign',
  'defense', 'defence', 'local', 'regional', 'acting', 'then', 'opposition', 'independent', 'prominent', 'veteran',
  'retired', 'leading', 'longtime', 'interior', 'prime', 'vice', 'press', 'security', 'intelligence', 'russian',
  'ukrainian', 'kremlin', 'state', 'federal', 'national', 'government', 'army', 'navy', 'exiled', 'jailed', 'late',
  'assistant', 'associate', 'special', 'general', 'research', 'senior', 'nonresident', 'visiting', 'executive',
]);

/** Words after which a following capitalised run is the speaker of a statement ("said Michael Kofman"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'added', 'wrote', 'stated', 'argued', 'noted', 'warned', 'explained', 'insisted',
  'claimed', 'declared', 'announced', 'tweeted', 'posted', 'asked', 'replied', 'stressed', 'emphasized', 'emphasised',
  'suggested', 'continued', 'concluded', 'acknowledged', 'admitted', 'according',
]);

/** Determiners and possessives that end a role phrase on its left. */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that']);

/**
 * Word lists the quote reader stands on. Kept in one place so a reviewer can see (and extend)
 * every cue the rules use; the lists are English, the language of the reports we read first.
 */

/** How a reporting verb takes what is reported. */
export type VerbFrame =
  /** say, warn, confirm: a clause, a "that" clause or a quote follows. */
  | 'clause'
  /** tell, inform: an addressee comes first ("told reporters that …"). */
  | 'addressee'
  /** call, describe, blame, accuse, reject: an object with a predicate or a complement. */
  | 'object'
  /** spoke (of/about): needs its preposition. */
  | 'speak';

export interface ReportingVerb {
  lemma: string;
  frame: VerbFrame;
}

const VERBS: Array<[lemma: string, frame: VerbFrame, forms: string]> = [
  ['say', 'clause', 'say says said saying'],
  ['tell', 'addressee', 'tell tells told'],
  ['add', 'clause', 'add adds added'],
  ['warn', 'clause', 'warn warns warned'],
  ['write', 'clause', 'write writes wrote'],
  ['promise', 'clause', 'promise promises promised'],
  ['claim', 'clause', 'claim claims claimed'],
  ['confirm', 'clause', 'confirm confirms confirmed'],
  ['deny', 'object', 'deny denies denied'],
  ['state', 'clause', 'states stated'],
  ['note', 'clause', 'notes noted'],
  ['announce', 'clause', 'announce announces announced'],
  ['insist', 'clause', 'insist insists insisted'],
  ['emphasize', 'clause', 'emphasize emphasizes emphasized emphasise emphasises emphasised'],
  ['stress', 'clause', 'stresses stressed'],
  ['argue', 'clause', 'argue argues argued'],
  ['acknowledge', 'clause', 'acknowledge acknowledges acknowledged'],
  ['admit', 'clause', 'admit admits admitted'],
  ['allege', 'clause', 'allege alleges alleged'],
  ['assert', 'clause', 'assert asserts asserted'],
  ['declare', 'clause', 'declare declares declared'],
  ['explain', 'clause', 'explain explains explained'],
  ['threaten', 'clause', 'threaten threatens threatened'],
  ['accuse', 'object', 'accuse accuses accused'],
  ['blame', 'object', 'blame blames blamed'],
  ['call', 'object', 'called'],
  ['describe', 'object', 'describe describes described'],
  ['report', 'clause', 'reported'],
  ['reply', 'clause', 'replied replies'],
  ['respond', 'clause', 'responded'],
  ['ask', 'clause', 'asked'],
  ['continue', 'clause', 'continued'],
  ['reiterate', 'clause', 'reiterated reiterates'],
  ['recall', 'clause', 'recalled'],
  ['post', 'clause', 'posted'],
  ['tweet', 'clause', 'tweeted'],
  ['speak', 'speak', 'spoke speaks'],
  ['suggest', 'clause', 'suggested'],
  ['reject', 'object', 'reject rejects rejected'],
  ['dismiss', 'object', 'dismissed dismisses'],
  ['concede', 'clause', 'conceded concedes'],
  ['predict', 'clause', 'predicted predicts'],
  ['urge', 'object', 'urged urges'],
  ['vow', 'clause', 'vowed vows'],
  ['pledge', 'clause', 'pledged pledges'],
  ['boast', 'clause', 'boasted'],
  ['joke', 'clause', 'joked'],
  ['quip', 'clause', 'quipped'],
  ['observe', 'clause', 'observed'],
  ['remark', 'clause', 'remarked'],
  ['mention', 'clause', 'mentioned'],
  ['complain', 'clause', 'complained'],
  ['caution', 'clause', 'cautioned'],
  ['counter', 'clause', 'countered'],
  ['estimate', 'clause', 'estimated estimates'],
  ['inform', 'addressee', 'informed'],
  ['hint', 'speak', 'hinted'],
];

/** Surface form → lemma and frame. "Says" as a noun never follows a subject, so forms are safe. */
export const REPORTING_VERBS: ReadonlyMap<string, ReportingVerb> = new Map(
  VERBS.flatMap(([lemma, frame, forms]) => forms.split(' ').map((f) => [f, { lemma, frame }] as const)),
);

/** Two-word verbs: the second word is consumed with the first. */
export const PARTICLE_VERBS: ReadonlyMap<string, string> = new Map([
  ['point', 'out'],
  ['points', 'out'],
  ['pointed', 'out'],
]);

/** Words allowed between a subject and its verb ("has also said", "later confirmed"). */
export const BETWEEN_SUBJECT_AND_VERB = new Set([
  'also', 'later', 'again', 'previously', 'earlier', 'publicly', 'privately', 'repeatedly', 'separately', 'then',
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'did', 'does', 'do', 'not', 'once', 'further', 'himself',
  'herself', 'itself', 'themselves', 'reportedly', 'allegedly', 'now', 'still', 'first', 'recently', 'officially',
  'immediately', 'quickly', 'subsequently', 'initially', 'would', 'will', 'could', 'may', 'might',
]);

/** Heads of phrases that name an organisation speaking as one. */
export const INSTITUTION_HEADS = new Set([
  'ministry', 'military', 'army', 'government', 'kremlin', 'agency', 'office', 'authorities', 'authority', 'police',
  'service', 'services', 'council', 'committee', 'command', 'forces', 'department', 'administration', 'embassy',
  'leadership', 'regime', 'parliament', 'court', 'prosecutor', 'prosecutors', 'company', 'navy', 'commission',
  'headquarters', 'cabinet', 'presidency', 'staff', 'secretariat', 'alliance', 'union', 'organization',
  'organisation', 'nations', 'pentagon', 'spokesperson', 'duma', 'senate', 'congress', 'guard', 'directorate',
  'ministries', 'governments', 'militaries', 'operator', 'utility', 'airport', 'railways', 'media', 'press',
]);

/** Heads of phrases that describe a person or group without naming them. */
export const ANONYMOUS_HEADS = new Set([
  'official', 'officials', 'source', 'sources', 'analyst', 'analysts', 'expert', 'experts', 'diplomat', 'diplomats',
  'commander', 'commanders', 'officer', 'officers', 'researcher', 'researchers', 'investigator', 'investigators',
  'observer', 'observers', 'resident', 'residents', 'witness', 'witnesses', 'eyewitness', 'eyewitnesses', 'man',
  'woman', 'men', 'women', 'person', 'people', 'adviser', 'advisers', 'advisor', 'advisors', 'aide', 'aides',
  'spokesman', 'spokeswoman', 'spokespeople', 'spokespersons', 'critic', 'critics', 'lawmaker', 'lawmakers',
  'insider', 'insiders', 'others', 'soldier', 'soldiers', 'fellow', 'member', 'members', 'worker', 'workers',
  'journalist', 'journalists', 'blogger', 'bloggers', 'reports', 'report', 'outlets', 'outlet', 'channels',
  'politician', 'politicians', 'representative', 'representatives', 'staffer', 'staffers', 'activist',
  'activists', 'volunteer', 'volunteers', 'doctor', 'doctors', 'survivor', 'survivors', 'citizen', 'citizens',
  'veteran', 'veterans', 'specialist', 'specialists', 'scholar', 'scholars', 'historian', 'historians',
  'economist', 'economists', 'strategist', 'strategists', 'commentator', 'commentators', 'bloggers', 'negotiator',
  'negotiators', 'envoy', 'envoys', 'minister', 'ministers', 'leader', 'leaders', 'president', 'chief', 'mayor',
  'governor', 'head', 'secretary', 'premier', 'chancellor', 'general', 'ambassador', 'deputy', 'director',
  'chairman', 'chairwoman', 'colleague', 'counterpart', 'some', 'many', 'several', 'rescuer', 'rescuers',
  'firefighter', 'firefighters', 'medic', 'medics', 'paramedic', 'paramedics', 'locals', 'villager', 'villagers',
  'monitor', 'monitors', 'guard', 'guards', 'pilot', 'pilots', 'nurse', 'nurses', 'teacher', 'teachers',
  'student', 'students', 'driver', 'drivers', 'owner', 'owners', 'neighbour', 'neighbours', 'neighbor', 'neighbors',
]);

/** Singular heads that, with "the" or a possessive, point back at a named person: "the mayor". */
export const ROLE_HEADS = new Set([
  'president', 'chief', 'minister', 'mayor', 'governor', 'politician', 'leader', 'premier', 'chancellor', 'secretary',
  'spokesman', 'spokeswoman', 'spokesperson', 'head', 'commander', 'general', 'ambassador', 'adviser', 'advisor',
  'aide', 'director', 'chairman', 'chairwoman', 'envoy', 'official', 'diplomat', 'deputy', 'counterpart', 'pontiff',
  'monarch', 'king', 'queen', 'prince', 'senator', 'lawmaker', 'prosecutor', 'judge', 'negotiator',
]);

/** Words that open a title before a name: "Defense Minister Sergei Shoigu", "Mr. Putin". */
export const TITLE_WORDS = new Set([
  'president', 'prime', 'minister', 'secretary', 'foreign', 'defense', 'defence', 'interior', 'finance', 'deputy',
  'vice', 'mayor', 'governor', 'general', 'gen.', 'lt.', 'col.', 'colonel', 'admiral', 'chancellor', 'senator',
  'sen.', 'rep.', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'professor', 'spokesman', 'spokeswoman', 'spokesperson',
  'chief', 'commander', 'ambassador', 'head', 'patriarch', 'pope', 'king', 'queen', 'prince', 'princess', 'judge',
  'speaker', 'chairman', 'chairwoman', 'director', 'adviser', 'advisor', 'aide', 'envoy', 'premier', 'sergeant',
  'captain', 'major', 'lieutenant', 'marshal', 'state', 'health', 'economy', 'justice', 'mr', 'mrs', 'ms', 'dr',
  'sheikh', 'emir', 'sultan', 'ayatollah', 'archbishop', 'bishop', 'rabbi', 'imam', 'councillor', 'councilor',
  'lawmaker', 'officer', 'commissioner', 'prosecutor', 'attorney', 'executive', 'ceo', 'founder', 'editor',
  'correspondent', 'analyst', 'expert', 'counterpart', 'colleague', 'officials', 'official', 'spokespeople',
  'pm', 'mp', 'mep',
]);

/** Honorifics: the title they start says nothing about the role ("Mr. Putin"). */
export const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'prof.']);

/** Capitalised words that are never part of a person's name. */
export const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'in', 'on',
  'at', 'of', 'for', 'from', 'with', 'by', 'to', 'and', 'but', 'or', 'as', 'if', 'when', 'while', 'after', 'before',
  'since', 'during', 'according', 'although', 'though', 'because', 'yet', 'so', 'instead', 'however', 'meanwhile',
  'still', 'now', 'then', 'also', 'even', 'only', 'both', 'all', 'some', 'many', 'most', 'every', 'each', 'no',
  'not', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'here', 'what', 'who', 'why', 'how', 'where',
  'which', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today',
  'tonight', 'yesterday', 'tomorrow', 'source', 'photo', 'video', 'read', 'more', 'related', 'latest', 'breaking',
  'update', 'live', 'exclusive', 'opinion', 'analysis', 'editorial', 'perhaps', 'privately', 'publicly',
  'earlier', 'later', 'once', 'never', 'first', 'early', 'late',
]);

/** Pronouns that stand for a speaker already mentioned. */
export const SPEAKER_PRONOUNS = new Map<string, 'male' | 'female' | 'plural' | 'thing'>([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'plural'],
  ['it', 'thing'],
]);

/** Nouns of people, with the gender a pronoun must agree with. Used to find "a man" as an antecedent. */
export const HUMAN_NOUNS = new Map<string, 'male' | 'female' | 'any'>([
  ['man', 'male'], ['woman', 'female'], ['boy', 'male'], ['girl', 'female'], ['resident', 'any'],
  ['witness', 'any'], ['eyewitness', 'any'], ['soldier', 'any'], ['official', 'any'], ['officer', 'any'],
  ['spokesman', 'male'], ['spokeswoman', 'female'], ['father', 'male'], ['mother', 'female'], ['driver', 'any'],
  ['survivor', 'any'], ['doctor', 'any'], ['nurse', 'any'], ['teacher', 'any'], ['student', 'any'],
  ['pensioner', 'any'], ['neighbour', 'any'], ['neighbor', 'any'], ['commander', 'any'], ['diplomat', 'any'],
  ['analyst', 'any'], ['expert', 'any'], ['volunteer', 'any'], ['blogger', 'any'], ['journalist', 'any'],
]);

/** Words that open an adverbial part of a sentence rather than a subject ("during a ceremony"). */
export const ADJUNCT_OPENERS = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'since', 'while', 'when', 'as', 'for', 'from', 'with', 'without',
  'by', 'under', 'over', 'through', 'amid', 'despite', 'speaking', 'writing', 'addressing', 'asked', 'following',
  'later', 'earlier', 'however', 'meanwhile', 'instead', 'still', 'yet', 'also', 'separately', 'privately',
  'publicly', 'again', 'then', 'now', 'today', 'yesterday', 'tonight', 'perhaps', 'if', 'although', 'though',
  'because', 'so', 'but', 'and', 'or', 'moreover', 'furthermore', 'indeed', 'meanwhile', 'last', 'this', 'early',
  'late', 'citing', 'quoting', 'according', 'once', 'unlike', 'like', 'towards', 'toward', 'within', 'near',
]);

/** Words that open a subordinate or coordinate clause: a subject never runs back across them. */
export const CLAUSE_OPENERS = new Set([
  'while', 'although', 'though', 'because', 'since', 'as', 'but', 'and', 'or', 'yet', 'so', 'if', 'when',
  'whereas', 'after', 'before', 'that', 'which', 'who', 'whom', 'where', 'unless', 'until', 'once', 'however',
  'instead', 'meanwhile', 'whether', 'than',
]);

/** Leading words of a subject that are not part of it ("Instead, …", "While local authorities …"). */
export const SUBJECT_STRIP = new Set([
  'while', 'although', 'though', 'because', 'since', 'as', 'but', 'and', 'or', 'yet', 'so', 'when', 'whereas',
  'however', 'instead', 'meanwhile', 'still', 'even', 'now', 'then', 'also', 'moreover', 'indeed', 'finally',
]);

/** Places and bodies that speak for a state by metonymy ("Kyiv rejects …", "the Kremlin said"). */
export const METONYMS = new Set([
  'kremlin', 'kyiv', 'kiev', 'moscow', 'washington', 'pentagon', 'beijing', 'brussels', 'london', 'paris', 'berlin',
  'tehran', 'ankara', 'minsk', 'warsaw', 'tokyo', 'seoul', 'pyongyang', 'jerusalem', 'damascus', 'nato', 'un',
  'eu', 'osce', 'iaea', 'who', 'imf', 'interpol', 'rosaviatsia', 'roscosmos', 'ukrenergo', 'gazprom', 'rosatom',
  'white house', 'downing street', 'élysée', 'elysee', 'bankova', 'tass', 'ria', 'interfax', 'reuters', 'ap', 'afp',
  'united nations', 'european union', 'european commission', 'red cross', 'kremlin press service',
]);

/** What a statement travelled through: "on his Telegram channel", "in a statement". */
export const CHANNEL_WORDS = new Set([
  'telegram', 'twitter', 'x', 'facebook', 'vkontakte', 'vk', 'instagram', 'youtube', 'tiktok', 'website', 'blog',
  'channel', 'account', 'page', 'feed', 'statement', 'post', 'video', 'address', 'interview', 'briefing',
  'conference', 'broadcast', 'speech', 'message', 'letter', 'tweet', 'release', 'communique', 'communiqué',
  'podcast', 'appearance', 'remarks', 'bulletin', 'report', 'signal', 'whatsapp', 'truth', 'social', 'newsletter',
]);

/** Channel nouns that name a platform: one of these makes "on his … channel" a channel by itself. */
export const PLATFORM_WORDS = new Set([
  'telegram', 'twitter', 'x', 'facebook', 'vkontakte', 'vk', 'instagram', 'youtube', 'tiktok', 'whatsapp', 'signal',
]);

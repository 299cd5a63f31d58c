/**
 * Word lists and patterns that tell an incident sentence from the rest: what was used (drones,
 * missiles, artillery), what happened (attack, interception, explosion, alert, damage), and what
 * a statement about it does (blame, denial, claim, refusal to comment). English only; every
 * pattern is bounded so a 100k-character sentence costs linear time.
 */
import type { Range } from '../../model/span.js';
import { gate, gatedTest, type GatedPattern } from '../text/word-triggers.js';
import type { ScanMatch } from './sentence-matches.js';

export type Weapon = 'drone' | 'missile' | 'rocket' | 'artillery' | 'bomb';
export type Action = 'attack' | 'hit' | 'intercept' | 'explosion' | 'alert' | 'damage' | 'casualty';

export interface Cue<K> {
  kind: K;
  range: Range;
  text: string;
}

const WEAPONS: ReadonlyArray<[Weapon, RegExp]> = [
  ['drone', /\b(?:drones?|UAVs?|unmanned (?:aerial )?(?:vehicles?|aircraft|missiles?)|kamikaze|Shaheds?|loitering munitions?)\b/gi],
  ['missile', /\b(?:missiles?|cruise missiles?|ballistic)\b/gi],
  ['rocket', /\brockets?\b/gi],
  ['artillery', /\b(?:artillery|shell(?:s|ing|ed)|mortars?|howitzers?)\b/gi],
  ['bomb', /\b(?:bomb(?:s|ed|ing)?|air ?strikes?|airstrikes?|glide bombs?)\b/gi],
];

const ACTIONS: ReadonlyArray<[Action, RegExp]> = [
  [
    'attack',
    /\b(?:attack(?:s|ed|ing)?|launched|strikes?|raids?|assaults?|act of terrorism|terrorist attack|bombed|bombing|shelled|targeted|targeting|barrage|incursions?)\b/gi,
  ],
  ['hit', /\b(?:hit|hits|struck|crashed (?:into|on)|fell (?:on|onto)|slammed into|came down)\b/gi],
  [
    'intercept',
    /\b(?:intercept(?:s|ed|ing|ion|ions)?|engag(?:e|es|ed|ing) (?:drones?|missiles?|targets?)|shot down|shoot down|shooting down|downed|brought down|neutrali[sz]ed|repell?(?:ed|ing)|suppressed|destroyed on approach|destroyed or suppressed|lost control)\b/gi,
  ],
  ['explosion', /\b(?:explosions?|explod(?:ed|ing)|blasts?|detonat(?:ed|ion|ions))\b/gi],
  ['alert', /\b(?:air[- ]raid (?:alert|alarm|sirens?|warning)s?|sirens?|air alert)\b/gi],
  [
    'damage',
    /\b(?:damag(?:e|ed|ing)|debris|wreckage|fragments|set fire|setting fire|caught fire|on fire|the fire|fires? (?:broke|burning)|destroy(?:ed|ing)|blowing out|blew out|shattered|collapsed)\b/gi,
  ],
  [
    'casualty',
    /\b(?:killed|killing|dead|died|dies|deaths?|injured|injuring|wounded|wounds|hurt|casualties|victims?|body|taken to hospital|hospitali[sz]ed|treated (?:for|in hospital|on site|at the scene)|smoke inhalation)\b/gi,
  ],
];

/**
 * One regular expression for a whole table: each entry a capture group, so one pass over a text
 * finds every cue of every kind (the first entry wins where two match at one offset).
 */
function combine<K>(table: ReadonlyArray<[K, RegExp]>): { re: RegExp; kinds: K[] } {
  return { re: new RegExp(table.map(([, r]) => `(${r.source})`).join('|'), 'gi'), kinds: table.map(([k]) => k) };
}

/** The cue tables as single patterns, with the words their matches start with (for `word-scan.ts`). */
export const WEAPON_SCAN = combine(WEAPONS);
export const WEAPON_TRIGGERS = [
  'drone', 'uav', 'unmanned ', 'kamikaze', 'shahed', 'loitering munition', 'missile', 'cruise missile', 'ballistic', 'rocket',
  'artillery', 'shell', 'mortar', 'howitzer', 'bomb', 'air strike', 'airstrike', 'glide bomb',
];
export const ACTION_SCAN = combine(ACTIONS);
export const ACTION_TRIGGERS = [
  'attack', 'launched', 'strike', 'raid', 'assault', 'act of terrorism', 'terrorist attack', 'bombed', 'bombing', 'shelled', 'targeted', 'targeting', 'barrage', 'incursion',
  'hit', 'struck', 'crashed into', 'crashed on', 'fell on', 'slammed into', 'came down',
  'intercept', 'engag', 'shot down', 'shoot down', 'shooting down', 'downed', 'brought down', 'neutrali', 'repel', 'suppressed', 'destroyed on approach', 'destroyed or suppressed', 'lost control',
  'explo', 'blast', 'detonat',
  'air-raid', 'air raid', 'air alert', 'siren',
  'damag', 'debris', 'wreckage', 'fragments', 'set fire', 'setting fire', 'caught fire', 'on fire', 'the fire', 'fire broke', 'fire burning', 'fires broke', 'fires burning',
  'destroy', 'blowing out', 'blew out', 'shattered', 'collapsed',
  'killed', 'killing', 'dead', 'died', 'dies', 'death', 'injured', 'injuring', 'wounded', 'wounds', 'hurt', 'casualties', 'victim', 'body', 'taken to hospital', 'hospitali', 'treated', 'smoke inhalation',
];

function scan<K>({ re, kinds }: { re: RegExp; kinds: K[] }, text: string, offset: number): Array<Cue<K>> {
  const out: Array<Cue<K>> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let g = 1;
    while (m[g] === undefined) g++;
    out.push({ kind: kinds[g - 1]!, range: [offset + m.index, offset + m.index + m[0].length], text: m[0] });
  }
  return out;
}

/** Cues from the matches of a cue table's pattern found elsewhere (a {@link ScanMatch} list over `text`). */
export function cuesOf<K>({ kinds }: { kinds: K[] }, matches: readonly ScanMatch[], text: string): Array<Cue<K>> {
  const out: Array<Cue<K>> = [];
  for (const m of matches) {
    let g = 0;
    while (m.groups[g] === undefined) g++;
    out.push({ kind: kinds[g]!, range: [m.index, m.end], text: text.slice(m.index, m.end) });
  }
  return out;
}

/** Weapons named in `text` (a sentence starting at `offset` in the document). */
export function weaponCues(text: string, offset: number): Array<Cue<Weapon>> {
  return scan(WEAPON_SCAN, text, offset);
}

/** Event words in `text` (a sentence starting at `offset`). */
export function actionCues(text: string, offset: number): Array<Cue<Action>> {
  return scan(ACTION_SCAN, text, offset);
}

/** What a statement does with the incident. */
export type StatementAct = 'blames' | 'denies' | 'confirms' | 'claims' | 'reports' | 'declines';

const VERB_ACTS: Readonly<Record<string, StatementAct>> = {
  blame: 'blames',
  accuse: 'blames',
  attribute: 'blames',
  hold: 'blames',
  deny: 'denies',
  reject: 'denies',
  dismiss: 'denies',
  refute: 'denies',
  rebuff: 'denies',
  confirm: 'confirms',
  acknowledge: 'confirms',
  admit: 'confirms',
  claim: 'claims',
  decline: 'declines',
  refuse: 'declines',
};

/** The act a reporting verb performs; 'reports' for the plain ones (say, tell, write, according to). */
export function verbAct(lemma: string | undefined): StatementAct {
  return (lemma && VERB_ACTS[lemma.toLowerCase()]) || 'reports';
}

/** Words in the said content that turn a plain report into a denial or a blame. */
const CONTENT_DENIAL = /\b(?:nothing to do with|(?:has|have|had|did|does|do|was|were) (?:not|never) (?:launched|fired|attacked|carried out|sent|struck|involved)|not (?:involved|responsible)|no (?:involvement|information about))\b/i;
const CONTENT_BLAME = /\b(?:blam(?:e|ed|es|ing)|accus(?:e|ed|es|ing)|responsible for|attributed to|launched from|fired from|deliberate attack by|act of terrorism|terrorist attack)\b/i;

/** Reads the act of a statement from its verb, then from its words when the verb is a plain one. */
export function statementAct(lemma: string | undefined, content: string): StatementAct {
  const act = verbAct(lemma);
  if (act !== 'reports') return act;
  if (CONTENT_DENIAL.test(content)) return 'denies';
  if (CONTENT_BLAME.test(content)) return 'blames';
  return 'reports';
}

/** Statements the quotes stage does not read (no reported content): "declined to comment", "rejected any responsibility". */
const BARE_STATEMENTS: ReadonlyArray<[StatementAct, RegExp]> = [
  [
    'declines',
    /\b(?:declined|declines|refused|refuses)\s+to\s+(?:comment|respond|confirm)\b|\bnot (?:confirmed|denied) or (?:confirmed|denied)\b|\bneither confirmed nor denied\b|\b(?:not|never)\s+(?:yet\s+|immediately\s+)?(?:to\s+)?(?:comment(?:ed|ing)?|respond(?:ed|ing)?)\b|\bno (?:immediate |official )?comment (?:from|by)\b/iu,
  ],
  ['denies', /\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted)\b|\bnothing to do with\b/iu],
  ['blames', /\b(?:blamed|blames|accused|accuses|placed the blame|held \S+ responsible)\b/iu],
  ['claims', /\b(?:claimed|claims|took|takes) responsibility\b/iu],
];

export const BARE_SCAN = combine(BARE_STATEMENTS);
export const BARE_TRIGGERS = [
  'declin', 'refus', 'not', 'never', 'neither confirmed', 'no ', 'denied', 'denies', 'deny', 'rejected', 'rejects', 'dismissed', 'dismisses', 'refuted', 'nothing to do with',
  'blamed', 'blames', 'accused', 'accuses', 'placed the blame', 'held ', 'claimed responsibility', 'claims responsibility', 'took responsibility', 'takes responsibility',
];

/** Every bare statement cue in a text, in order (run once over the whole report). */
export function bareStatements(text: string, offset = 0): Array<Cue<StatementAct>> {
  return scan(BARE_SCAN, text, offset);
}

/** Words that make a sentence about a stretch of time or a habit rather than one event. */
export const HABITUAL = /\b(?:often|usually|regularly|routinely|repeatedly|increasingly|have been increasing|has been increasing|every (?:night|day|week)|for (?:weeks|months|years))\b/i;
/** HABITUAL as a global pattern, and the words its matches start with. */
export const HABITUAL_ALL = new RegExp(HABITUAL.source, 'gi');
export const HABITUAL_TRIGGERS = [
  'often', 'usually', 'regularly', 'routinely', 'repeatedly', 'increasingly', 'have been increasing', 'has been increasing', 'every night', 'every day', 'every week',
  'for weeks', 'for months', 'for years',
];

/** Phrases whose place is a reference point, not where this happened: "hours after the attack on Velmorsk". */
export const REFERENCE_BEFORE_PLACE = /\b(?:after|before|since|like|as after|unlike)\s+(?:the|a|an|last|this|that|its)?\s*(?:[\p{L}-]+\s+){0,2}(?:attacks?|strikes?|incidents?|raids?|bombings?|one)\s+(?:on|in|near|against|over|at)\s+(?:the\s+)?$/iu;

/** A meeting, visit or talks place: where people are, not where the event happened ("talks due to open in Helsinki"). */
export const GATHERING_BEFORE_PLACE = /\b(?:meet|meets|meeting|talks|summit|conference|visit(?:s|ing|ed)?|trip|negotiations|attend(?:s|ing|ed)?|briefing|speak(?:s|ing)?|spoke|who is|who was|who are)\b[^.;,]{0,40}\b(?:in|at|to)\s+(?:the\s+)?$/i;

/** Words right before a place that put the event near it rather than in it (ACLED geo-precision 2). */
export const NEAR_BEFORE_PLACE = /\b(?:near|outside|close to|on the approaches? to|approaching|the outskirts of|outskirts of|around|within \S+ (?:kilometres|kilometers|km|miles) of|\S+ (?:kilometres|kilometers|km|miles) (?:from|of))\s+(?:the\s+)?(?:(?:border|port|river|capital|regional)\s+)?(?:city|town|village)?\s*(?:of\s+)?$/i;

/** Prepositions that put an event at a place. */
export const LOCATIVE_BEFORE_PLACE = /\b(?:in|over|on|at|near|outside|above|across|into|onto|towards?|against|around|of|inside|targeting|hit|struck)\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,2}(?:city|town|village|capital|port|region|district|area|areas|outskirts|centre|center)\s+(?:of\s+)?)?$/iu;

/** Words right after a place name that make it an actor, not a location ("the Kiev regime", "Moscow's forces"). */
export const ACTOR_AFTER_PLACE =
  /^(?:(?:['’]s\s+)?(?:regime|government|authorities|leadership|officials?|forces|military|army|troops|side|administration|ministry|spokesman|spokeswoman|mayor|governor)\b|,?\s*(?:(?:has|have|had|did|does|will|would)\s+)?(?:(?:not|never|also|still|flatly)\s+)?(?:says?|said|insists?|insisted|calls?|called|rejects?|rejected|denies|denied|accuses?|accused|decides?|addressed|claims?|claimed|responded|warns?|warned|blames?|blamed)\b)/i;

/**
 * A destination after a motion word: where a train, flight or convoy was going, not where the
 * event happened ("the morning run to Ostrelin", "flights to Saldek", "bound for", "en route to").
 * "towards" is left out: "drones flying towards Velmorsk" names their target.
 */
export const DESTINATION_BEFORE_PLACE =
  /\b(?:run|runs|flights?|trains?|services?|buses|bus|ferry|ferries|convoys?|journey|trip|commute|shipments?|deliveries|travel(?:l?ed|l?ing|s)?|departed|departing|left|leaving|heading|headed|heads|bound|en route|on (?:its|their|his|her|the) way|on the way|set off|returning|returned|evacuated)\s+(?:(?:back|home|north|south|east|west|onward)\s+)?(?:to|for|towards)\s+(?:the\s+)?(?:(?:city|town|village|capital|port)\s+(?:of\s+)?)?$/iu;

/** "on the road to X": X only says which road; the event is near it at best. */
export const ROAD_TO_BEFORE_PLACE = /\b(?:road|highway|motorway|railway|rail line|line|route)\s+(?:from\s+\S+\s+)?(?:to|towards)\s+(?:the\s+)?$/iu;

/** Where evidence is shown or examined, not where it fell ("fragments will be shown in Velmorsk", "examined at a lab in Saldek"). */
export const EVIDENCE_SHOWN_BEFORE_PLACE =
  /\b(?:shown|displayed|exhibited|presented|examined|analy[sz]ed|inspected|on display|on show|put on display|taken for (?:examination|analysis))\s+(?:to\s+[\p{L} -]{1,40}?\s+)?(?:in|at|to)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:(?:in|at)\s+(?:the\s+)?)?$/iu;

/**
 * A sentence told in future or planned mood: it says what will happen, not where anything did
 * ("fragments will be shown on Monday", "talks are due to open", "the ministry plans to").
 */
const PLANNED = /\b(?:(?:will|shall|is going to|are going to)\s+(?:(?:not|also|soon|then|later|only)\s+)?(?:be\s+)?\p{L}+|(?:is|are)\s+(?:due|scheduled|set|planned|expected)\s+(?:to|for)|(?:plans?|planning|intends?|intending)\s+to|(?:is|are)\s+scheduled)\b/iu;

/** A finite past event verb with its object or place: the sentence reports something that happened. */
const PAST_EVENT = /\b(?:struck|hit|attacked|killed|injured|wounded|exploded|crashed|slammed|came down|fell|launched|fired|shelled|bombed|destroyed|damaged)\s+(?:into\s+|on\s+|onto\s+)?(?:a|an|the|two|three|four|five|one|several|\d+|its|their|his|her|in|at|near|over|on|overnight|early|late|last|this|shortly)\b/iu;

// Both are case-insensitive Unicode patterns, which the regular-expression engine cannot skip
// through quickly: each is tried only on sentences holding a word its matches start with.
const PLANNED_GATED = gate(PLANNED, ['will', 'shall', 'is', 'are', 'plan', 'intend']);
const PAST_EVENT_GATED = gate(PAST_EVENT, [
  'struck', 'hit', 'attacked', 'killed', 'injured', 'wounded', 'exploded', 'crashed', 'slammed', 'came', 'fell', 'launched', 'fired', 'shelled', 'bombed', 'destroyed', 'damaged',
]);

/** Whether a sentence tells of a planned or future event only (see PLANNED), with no past event told beside it. */
export function plannedMood(sentence: string): boolean {
  return gatedTest(PLANNED_GATED, sentence) && !gatedTest(PAST_EVENT_GATED, sentence);
}

/** The gated patterns of this module, for the test that checks their triggers against the patterns alone. */
export const GATED_INCIDENT_PATTERNS: readonly GatedPattern[] = [PLANNED_GATED, PAST_EVENT_GATED];

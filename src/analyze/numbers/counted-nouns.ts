import type { CountedClass, NumericCategory } from './numeric-types.js';

/** Nouns a figure can count, by class, singular → plural. */
const NOUNS: Record<Exclude<CountedClass, 'time' | 'distance' | 'percent' | 'other'>, string> = {
  people:
    'person:people people:people civilian:civilians resident:residents man:men woman:women child:children ' +
    'soldier:soldiers troop:troops serviceman:servicemen victim:victims body:bodies casualty:casualties ' +
    'fatality:fatalities worker:workers passenger:passengers inhabitant:inhabitants citizen:citizens ' +
    'employee:employees firefighter:firefighters rescuer:rescuers policeman:policemen officer:officers ' +
    'pilot:pilots crew:crew member:members guard:guards militant:militants fighter:fighters prisoner:prisoners ' +
    'hostage:hostages student:students teenager:teenagers boy:boys girl:girls adult:adults minor:minors ' +
    'journalist:journalists doctor:doctors medic:medics pensioner:pensioners',
  weapons:
    'drone:drones uav:uavs missile:missiles rocket:rockets shell:shells projectile:projectiles bomb:bombs ' +
    'aircraft:aircraft plane:planes jet:jets helicopter:helicopters shahed:shaheds munition:munitions ' +
    'warhead:warheads interceptor:interceptors glide:glides',
  buildings:
    'building:buildings house:houses home:homes apartment:apartments flat:flats block:blocks structure:structures ' +
    'school:schools hospital:hospitals warehouse:warehouses depot:depots store:stores shop:shops office:offices ' +
    'roof:roofs window:windows car:cars vehicle:vehicles garage:garages church:churches dwelling:dwellings',
  targets: 'target:targets object:objects site:sites facility:facilities installation:installations refinery:refineries',
  places:
    'locality:localities village:villages town:towns settlement:settlements city:cities region:regions ' +
    'district:districts area:areas country:countries',
};

/** Measure words: unit as written → [class, category, canonical unit]. */
const MEASURES: Record<string, [CountedClass, NumericCategory, string]> = {};
for (const w of ['mile', 'miles']) MEASURES[w] = ['distance', 'distance', 'miles'];
for (const w of ['kilometer', 'kilometers', 'kilometre', 'kilometres', 'km']) MEASURES[w] = ['distance', 'distance', 'km'];
for (const w of ['meter', 'meters', 'metre', 'metres']) MEASURES[w] = ['distance', 'distance', 'm'];
for (const w of ['foot', 'feet']) MEASURES[w] = ['distance', 'distance', 'feet'];
for (const w of ['yard', 'yards']) MEASURES[w] = ['distance', 'distance', 'yards'];
for (const [w, u] of [
  ['second', 'seconds'], ['seconds', 'seconds'], ['minute', 'minutes'], ['minutes', 'minutes'], ['hour', 'hours'], ['hours', 'hours'],
  ['day', 'days'], ['days', 'days'], ['night', 'nights'], ['nights', 'nights'], ['week', 'weeks'], ['weeks', 'weeks'],
  ['month', 'months'], ['months', 'months'], ['year', 'years'], ['years', 'years'], ['decade', 'decades'], ['decades', 'decades'],
] as const) MEASURES[w] = ['time', 'duration', u];
for (const w of ['percent', 'per-cent']) MEASURES[w] = ['percent', 'percent', '%'];

export interface CountedNoun {
  counted: string;
  countedClass: CountedClass;
  /** Set for measures: the category they imply and their unit. */
  category?: NumericCategory;
  unit?: string;
}

const NOUN_MAP = new Map<string, CountedNoun>();
for (const [cls, list] of Object.entries(NOUNS)) {
  for (const pair of list.split(' ')) {
    const [sing, plural] = pair.split(':') as [string, string];
    const entry = { counted: plural, countedClass: cls as CountedClass };
    NOUN_MAP.set(sing, entry);
    NOUN_MAP.set(plural, entry);
  }
}

/** The plurals of the nouns a class counts ("drones", "missiles", … for weapons). */
export function countedPlurals(cls: keyof typeof NOUNS): string[] {
  return [...new Set(NOUNS[cls].split(' ').map((pair) => pair.split(':')[1]!))];
}

/** What a noun counts, if it is one we know ("drones" → drones/weapons, "km" → km/distance). */
export function countedNoun(lower: string): CountedNoun | undefined {
  const m = MEASURES[lower];
  if (m) return { counted: m[0] === 'percent' ? 'percent' : m[2], countedClass: m[0], category: m[1], unit: m[2] };
  return NOUN_MAP.get(lower);
}

/** Casualty words that count people on their own: "two dead", "12 wounded". */
export const CASUALTY_WORDS: Record<string, NumericCategory> = {
  dead: 'killed', killed: 'killed', wounded: 'injured', injured: 'injured', hurt: 'injured',
};

/**
 * Words and phrases that say what happened to what is counted, with the classes they apply to.
 * Multi-word cues are matched on consecutive tokens. Priority breaks ties between cues at the same
 * distance: a specific one ("electronic warfare") beats a general one ("neutralized").
 */
export interface CategoryCue {
  words: string[];
  category: NumericCategory;
  classes: CountedClass[];
  priority: number;
}

const W: CountedClass[] = ['weapons'];
const P: CountedClass[] = ['people'];
const B: CountedClass[] = ['buildings', 'targets'];

function cues(category: NumericCategory, classes: CountedClass[], priority: number, list: string): CategoryCue[] {
  return list.split('|').map((p) => ({ words: p.trim().split(' '), category, classes, priority }));
}

export const CATEGORY_CUES: readonly CategoryCue[] = [
  ...cues('diverted', W, 5, 'electronic warfare|jammed|jamming|suppressed|lost control|strayed|diverted|redirected|deflected|veered off'),
  ...cues('shot-down', W, 4, 'shot down|downed|brought down|shoot down|shooting down|destroyed|eliminated'),
  ...cues('intercepted', W, 3, 'intercepted|intercept|intercepting|repelled|neutralized|neutralised|thwarted|repulsed'),
  ...cues('hit', [...W, ...B], 2, 'hit|struck|crashed|crashed into|fell on|landed|exploded|impacted'),
  ...cues('launched', W, 1, 'launched|fired|sent|released|attacked with|launching|firing'),
  ...cues('killed', P, 5, 'killed|dead|died|death|deaths|fatalities|perished|lost their lives|death toll|killing|slain'),
  ...cues('injured', P, 4, 'injured|wounded|hurt|hospitalized|hospitalised|injuring|wounding|injuries|wounds|taken to hospital|treated for|sought treatment'),
  ...cues('damaged-buildings', B, 4, 'damaged|damage|destroyed|burned|burnt|collapsed|shattered|blown out|razed'),
];

/** Words before a figure that bound it. Longest phrases first so "no more than" wins over "more than". */
export const MODIFIERS: Array<[string[], 'more-than' | 'less-than' | 'about' | 'at-least' | 'up-to']> = [
  [['no', 'fewer', 'than'], 'at-least'],
  [['no', 'less', 'than'], 'at-least'],
  [['no', 'more', 'than'], 'up-to'],
  [['more', 'than'], 'more-than'],
  [['just', 'over'], 'more-than'],
  [['upwards', 'of'], 'more-than'],
  [['in', 'excess', 'of'], 'more-than'],
  [['over'], 'more-than'],
  [['fewer', 'than'], 'less-than'],
  [['less', 'than'], 'less-than'],
  [['just', 'under'], 'less-than'],
  [['under'], 'less-than'],
  [['at', 'least'], 'at-least'],
  [['a', 'minimum', 'of'], 'at-least'],
  [['up', 'to'], 'up-to'],
  [['as', 'many', 'as'], 'up-to'],
  [['at', 'most'], 'up-to'],
  [['within'], 'up-to'],
  [['an', 'estimated'], 'about'],
  [['around'], 'about'],
  [['about'], 'about'],
  [['approximately'], 'about'],
  [['roughly'], 'about'],
  [['nearly'], 'about'],
  [['almost'], 'about'],
  [['close', 'to'], 'about'],
  [['some'], 'about'],
  [['estimated'], 'about'],
];

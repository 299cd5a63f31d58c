/**
 * The whole-report pattern scans of the incidents stage, done in one pass over the words of the
 * text (see `word-scan.ts`): cue words, habit words, attack verbs and the words around unknown
 * place names. Each list is exactly what a global scan of its pattern finds.
 */
import { ATTACK_VERB_SCAN, BLAME_WORD, BLAME_WORD_TRIGGERS, DEED_WORD, DEED_WORD_TRIGGERS } from './incident-attribution.js';
import { TARGET_WORD } from './build-incident.js';
import {
  ACTION_SCAN,
  ACTION_TRIGGERS,
  BARE_SCAN,
  BARE_TRIGGERS,
  cuesOf,
  HABITUAL_ALL,
  HABITUAL_TRIGGERS,
  WEAPON_SCAN,
  WEAPON_TRIGGERS,
  type Action,
  type Cue,
  type StatementAct,
  type Weapon,
} from './incident-cues.js';
import {
  CAPITAL_WORD,
  CAPITAL_WORD_TRIGGERS,
  NAMED_AREA,
  NAMED_AREA_TRIGGERS,
  SITE_WORD,
  SITE_WORD_TRIGGERS,
  UNKNOWN_AFTER_LOCATIVE,
  UNKNOWN_TRIGGERS,
  namedAreaGuard,
  unknownGuard,
  type PlaceMatches,
} from './incident-places.js';
import { scanAll, type ScanMatch } from './sentence-matches.js';
import { WordScan, type TriggeredPattern } from './word-scan.js';

/** What one pass over a report finds. */
export interface ReportScan {
  weapons: Array<Cue<Weapon>>;
  actions: Array<Cue<Action>>;
  bare: Array<Cue<StatementAct>>;
  habitual: ScanMatch[];
  attackVerbs: ScanMatch[];
  /** Gate words: of a blame, of a deed named with a demonym, of a target. */
  blameWords: ScanMatch[];
  deedWords: ScanMatch[];
  targetWords: ScanMatch[];
  places: PlaceMatches;
}

const PATTERNS: readonly TriggeredPattern[] = [
  { re: WEAPON_SCAN.re, prefixes: WEAPON_TRIGGERS },
  { re: ACTION_SCAN.re, prefixes: ACTION_TRIGGERS },
  { re: BARE_SCAN.re, prefixes: BARE_TRIGGERS },
  { re: HABITUAL_ALL, prefixes: HABITUAL_TRIGGERS },
  ATTACK_VERB_SCAN,
  { re: UNKNOWN_AFTER_LOCATIVE, prefixes: UNKNOWN_TRIGGERS, guard: unknownGuard },
  { re: NAMED_AREA, prefixes: NAMED_AREA_TRIGGERS, guard: namedAreaGuard },
  { re: SITE_WORD, prefixes: SITE_WORD_TRIGGERS },
  { re: CAPITAL_WORD, prefixes: CAPITAL_WORD_TRIGGERS },
  { re: BLAME_WORD, prefixes: BLAME_WORD_TRIGGERS },
  { re: DEED_WORD, prefixes: DEED_WORD_TRIGGERS },
  TARGET_WORD,
];
const SCAN = new WordScan(PATTERNS);

/** What each pattern of the pass finds on its own (a plain global scan): what {@link scanReport} must equal, for tests. */
export function scanReportPlain(text: string): ScanMatch[][] {
  return PATTERNS.map((p) => scanAll(p.exact ?? p.re, text));
}

/** The pass's raw matches, pattern by pattern (same order as {@link scanReportPlain}). */
export function scanReportRaw(text: string): ScanMatch[][] {
  return SCAN.scan(text);
}

/** Scans a report once for every whole-text pattern of the stage. */
export function scanReport(text: string): ReportScan {
  const [weapons, actions, bare, habitual, attackVerbs, locatives, areas, siteWords, capitalWords, blameWords, deedWords, targetWords] = SCAN.scan(text) as [
    ScanMatch[], ScanMatch[], ScanMatch[], ScanMatch[], ScanMatch[], ScanMatch[], ScanMatch[], ScanMatch[], ScanMatch[], ScanMatch[], ScanMatch[], ScanMatch[],
  ];
  return {
    weapons: cuesOf(WEAPON_SCAN, weapons, text),
    actions: cuesOf(ACTION_SCAN, actions, text),
    bare: cuesOf(BARE_SCAN, bare, text),
    habitual,
    attackVerbs,
    blameWords,
    deedWords,
    targetWords,
    places: { areas, locatives, siteWords, capitalWords },
  };
}

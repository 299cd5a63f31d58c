/**
 * Which of a report's figures state a count or a toll, as opposed to recounting a part of it.
 * News copy names the whole ("two people were injured"), then its parts ("a 58-year-old woman
 * and a 64-year-old man"), increments ("three more residents"), references back ("one of the
 * downed drones", "11 of the 23 drones") and denials ("has not launched a single drone").
 * Only the whole is a claim to compare across reports; a described individual is a lower bound.
 */
import type { NumericCategory, NumericFact } from '../../analyze/numbers/numeric-types.js';

/** How a figure is read for cross-report comparison. */
export type FigureReading =
  /** The count or toll itself. */
  | 'total'
  /** One person or object described: the toll is at least one. */
  | 'lower-bound'
  /** A part, an increment, a back-reference or a denial: not a claim about the total. */
  | 'skip';

const INCREMENT = /\b(?:more|further|additional|another|extra)\b/i;
const AGE = /\b\d+[-\s]year[-\s]old\b/i;
const ARTICLE = /^(?:a|an)\s/i;
const NEGATION = /\b(?:not|never|no|nor|without|n['’]t|denied|denies|deny)\b[^.;:!?]{0,40}$/i;
const OF_THE = /\bof(?:\s+the|\s+its|\s+their)?\s*$/i;
const QUALIFIED_ZERO = /\bno\s+(?:serious|major|life-threatening|severe|significant)\b/i;

/** The casualty verb right after a figure ("two others were injured"), which decides its category over a cue further away. */
const AFTER_VERB = /^\s*(?:people|others|residents|workers|men|women|civilians|of them)?\s*(?:who\s+)?(?:were|was|have been|had been|are|is|been)?\s*(?:\w+ly\s+)?(injured|hurt|wounded|killed|dead|died)\b/i;

/** The category the words right after a figure give, when they name a casualty verb. */
export function categoryAfter(text: string, end: number): 'killed' | 'injured' | undefined {
  const m = AFTER_VERB.exec(text.slice(end, end + 60));
  if (!m) return undefined;
  return /killed|dead|died/i.test(m[1]!) ? 'killed' : 'injured';
}

/** How a casualty figure is read: the toll, a described person, or not a claim about the toll. */
export function readCasualtyFigure(n: NumericFact, text: string): FigureReading {
  const before = text.slice(Math.max(0, n.range[0] - 60), n.range[0]);
  if (INCREMENT.test(n.text) || OF_THE.test(before) || /\bof the\b/i.test(n.text)) return 'skip';
  if (n.value === 0) return QUALIFIED_ZERO.test(n.text) ? 'skip' : 'total';
  if (n.value === 1 && (AGE.test(n.text) || ARTICLE.test(n.text))) return 'lower-bound';
  return 'total';
}

/** How a weapon count is read: the count, one of several, or a denial or back-reference. */
export function readWeaponFigure(n: NumericFact, text: string, group: 'launched' | 'intercepted' | 'hit' | 'unspecified'): FigureReading {
  const before = text.slice(Math.max(0, n.range[0] - 60), n.range[0]);
  if (NEGATION.test(before) || /\ba single\b/i.test(n.text) && /\bnot\b/i.test(before)) return 'skip';
  if (OF_THE.test(before) || /\bof the\b/i.test(n.text) || INCREMENT.test(n.text)) return 'skip';
  if (n.approx === 'vague') return 'lower-bound';
  // "a downed drone" is debris of one of them; "a drone hit the roof" is a count of one, at least.
  if (n.value === 1 && ARTICLE.test(n.text)) return group === 'intercepted' ? 'skip' : 'lower-bound';
  // "one of the downed drones" points back at debris; "one of which was intercepted" is a count of its own.
  if (n.value === 1 && /^one\s+of\b(?!\s+(?:which|them)\b)/i.test(n.text)) return 'skip';
  return 'total';
}

/** The casualty category of a figure, corrected by the verb right after it. */
export function casualtyCategory(n: NumericFact, text: string): 'killed' | 'injured' | undefined {
  const after = categoryAfter(text, n.range[1]);
  if (after) return after;
  return n.category === 'killed' || n.category === 'injured' ? n.category : undefined;
}

/** The count group of a weapon figure's category. */
export function countGroupOf(category: NumericCategory): 'launched' | 'intercepted' | 'hit' | 'unspecified' | undefined {
  switch (category) {
    case 'launched':
      return 'launched';
    case 'intercepted':
    case 'shot-down':
    case 'diverted':
      return 'intercepted';
    case 'hit':
      return 'hit';
    case 'other':
      return 'unspecified';
    default:
      return undefined;
  }
}

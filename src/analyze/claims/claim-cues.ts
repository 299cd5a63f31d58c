import type { CueKind, HedgeKind } from './claim-types.js';

/** A phrase to find on consecutive tokens (lower case; `*` matches any one word). */
export interface Phrase<K> {
  words: string[];
  kind: K;
  /** How much the phrase says "this is the writer's view" (opinion cues only). */
  weight: number;
}

function phrases<K>(kind: K, weight: number, list: string): Array<Phrase<K>> {
  return list
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ words: p.split(/\s+/), kind, weight }));
}

/** Hedges: the writer (or a source) does not vouch for what follows. */
export const HEDGES: ReadonlyArray<Phrase<HedgeKind>> = [
  ...phrases<HedgeKind>('conditional', 1, 'if confirmed|if true|if so|if accurate|if verified|if correct|should it be confirmed|unless'),
  ...phrases<HedgeKind>(
    'unverified',
    1,
    'could not be independently verified|cannot be independently verified|could not be verified|cannot be verified|' +
      'not independently verified|has not been independently verified|have not been independently verified|' +
      'remain difficult to independently verify|remains difficult to independently verify|difficult to independently verify|' +
      'difficult to verify|impossible to verify|hard to verify|impossible to independently verify|unverified|unconfirmed|' +
      'not been confirmed|has not been confirmed|have not been confirmed|it is unclear|it was unclear|it remains unclear|' +
      'remains unclear|it is not clear|it was not clear|not immediately clear|was not immediately clear|unclear whether|' +
      'not publicly acknowledged|not publicly detailed|offered little explanation',
  ),
  ...phrases<HedgeKind>(
    'appearance',
    1,
    'appeared to|appears to|appear to|seemed to|seems to|seem to|apparently|looks like|looked like|suggest|suggests|suggested|suggesting|indicate|indicates|indicating',
  ),
  ...phrases<HedgeKind>(
    'modal',
    1,
    'may|might|could|could well|would|possibly|perhaps|probably|likely|unlikely|potentially|presumably|maybe|conceivably|may have|might have|could have',
  ),
  ...phrases<HedgeKind>(
    'reportedly',
    1,
    'reportedly|allegedly|purportedly|supposedly|is said to|are said to|was said to|were said to|is believed to|are believed to|' +
      'was believed to|is thought to|are thought to|alleged|purported|so-called|the reported|claimed to|is understood to',
  ),
  ...phrases<HedgeKind>(
    'attribution-vague',
    1,
    'by all accounts|it is believed|it is said|according to reports|according to media reports|media reports|some say|some believe|' +
      'sources say|analysts say|experts say|observers say|according to some|according to multiple|according to several|rumours|rumors',
  ),
];

/** Opinion and commentary: the writer judges, addresses the reader, or asks for effect. */
export const OPINION_CUES: ReadonlyArray<Phrase<CueKind>> = [
  ...phrases<CueKind>(
    'rhetorical',
    2,
    'imagine|we have to wonder|one has to wonder|you have to wonder|naturally arises|the question naturally arises|really does seem|' +
      'it must be|must be|it’s a testament to|it\'s a testament to|a testament to|it is a testament to|of course|no surprise|' +
      'comes as no surprise|it comes as no surprise|not surprising|it is not surprising|it speaks to|speaks to|paints a picture|' +
      'paints a vivid picture|isn’t just about|isn\'t just about|is not just about|more than just|in essence|an indictment of|' +
      'make no mistake|let’s be clear|let us be clear|it remains to be seen|remains to be seen|one thing becomes clear|' +
      'what is clear|what’s clear|it is clear that|it’s clear that|needless to say|it goes without saying|to be sure|' +
      'there is no doubt|no doubt|the question that must|on everyone’s mind|the idea of|it’s about|it\'s about|think about|' +
      'consider this|ask yourself|let that sink in|shouldn’t we|shouldn\'t we',
  ),
  ...phrases<CueKind>(
    'evaluative',
    1,
    'devastating|monumental|chilling|stunning|dramatic|brutal|spectacular|audacious|vivid|profound|grim|desperate|desperation|' +
      'remarkable|shocking|outrageous|absurd|shameful|heroic|cowardly|tragic|terrible|horrific|disturbing|alarming|unsettling|' +
      'incredible|extraordinary|staggering|intriguing|intrigue|fascinating|compelling|powerful|symbolic|complex|multifaceted|' +
      'seismic|gut punch|humiliating|humiliated|bold|reckless|undeniable|dire|relentless|curiosity|puzzle|tension|chaos|' +
      'invincibility|dominance|bullies|thugs|dictators|adversity|scapegoat|paradigm|landscape|enrich|narrative|psychology|' +
      'reveals|highlights|underscores|illustrates|unprecedented|sanctuary|unthinkable|striking|uncharacteristically|' +
      'extraordinary lengths|politically risky|danger zone|cat-and-mouse|sardonically|pleasure|sympathy',
  ),
  ...phrases<CueKind>('intensifier', 1, 'certainly|clearly|surely|obviously|undoubtedly|indeed|truly|utterly'),
  ...phrases<CueKind>('intensifier', 0.5, 'really|very|incredibly|extremely|deeply|sheer|just|so much'),
  ...phrases<CueKind>('first-person', 2, 'i|we|us|our|my|me|ours|myself|ourselves|let’s|let\'s'),
  ...phrases<CueKind>(
    'speculative',
    1,
    'speculation|speculate|speculations|possibility|possibilities|potential|prospect|prospects|whether|uncertain|uncertainty|' +
      'what comes next|may change everything|could choose|scenario|hypothetical|conceivable',
  ),
  ...phrases<CueKind>(
    'future',
    1,
    'will|won’t|won\'t|is going to|are going to|is expected to|are expected to|is set to|are set to|' +
      'in the coming|next week|next month|next year|will be watching|is poised to|are poised to|poised for',
  ),
];

/** Verbs (and a few nouns) of things that happened: attacks, damage, casualties, official acts. */
export const EVENT_WORDS = new Set([
  'attacked', 'hit', 'struck', 'exploded', 'explosions', 'explosion', 'blast', 'blasts', 'fired', 'launched', 'intercepted',
  'downed', 'killed', 'injured', 'wounded', 'damaged', 'destroyed', 'crashed', 'fell', 'evacuated', 'captured', 'seized',
  'bombed', 'shelled', 'targeted', 'burned', 'burning', 'erupted', 'occurred', 'arrived', 'arrested', 'died', 'fled',
  'landed', 'sounded', 'activated', 'wailed', 'detonated', 'collapsed', 'reported', 'showed', 'show', 'shows', 'placed',
  'delayed', 'emerged', 'detected', 'disrupted', 'annexed', 'occupy', 'occupied', 'taken',
  'hits', 'kills', 'injures', 'damages', 'destroys', 'explodes', 'intercepts', 'shot', 'evacuates', 'faced',
  'depicted', 'struck', 'engulfing', 'flown', 'fallen', 'closed', 'suspended', 'cancelled', 'canceled', 'grounded',
  'halted', 'declared', 'deployed', 'confirmed', 'announced', 'claimed', 'denied', 'blamed', 'rejected',
  'accused', 'warned', 'threatened', 'met', 'signed', 'visited', 'convened', 'responded', 'addressed', 'appeared',
]);

/** Verbs of counting over time: a figure with one of these is a statistic, not an event. */
export const STATISTIC_WORDS = new Set(['registered', 'recorded', 'counted', 'tallied', 'estimated', 'estimates', 'documented', 'totals', 'totalled', 'totaled', 'toll', 'average', 'averaged', 'since']);

/** Words that place a sentence in time ("Tuesday", "overnight", "3 a.m."). */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'yesterday', 'today', 'tonight', 'overnight',
  'morning', 'evening', 'afternoon', 'night', 'a.m.', 'p.m.', 'midnight', 'dawn', 'noon', 'earlier', 'hours', 'weekend',
]);

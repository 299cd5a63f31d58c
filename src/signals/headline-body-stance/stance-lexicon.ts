/**
 * Word lists the stance features count. Each list names a way a body can relate to a claim:
 * refuting it, reporting it at arm's length, confirming it, negating it. Entries are Porter
 * stems (so "denies", "denied" and "deny" are one entry); multi-word cues are matched as stem bigrams.
 * The lists extend the official FNC-1 baseline's refuting words with the cue families
 * Hanselowski et al. (2018) and Ferreira & Vlachos (2016, Emergent) found useful.
 */
import { porterStem } from './porter-stem.js';

function stems(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map((w) => porterStem(w)));
}

/** Words that call the claim false or made up. */
export const REFUTE = stems(`
  fake fakes faked fraud fraudulent hoax hoaxes false falsely deny denies denied denial refute refuted debunk debunked
  debunking bogus untrue myth myths prank pranks prankster satire satirical parody spoof fabricate fabricated
  fabrication misleading incorrect inaccurate baseless unfounded dismiss dismissed reject rejected retract retracted
  retraction phony doctored photoshopped photoshop rumors nonsense lie lies lied lying erroneous wrong mistaken
  scam discredited disputed dispute contradict contradicted contrary nope doubt doubts skeptical sceptical
`);

/** Words that report a claim without endorsing it. */
export const HEDGE = stems(`
  reportedly allegedly alleged allegation allegations claim claims claimed claiming purportedly purported supposedly
  apparently rumor rumour rumored rumoured rumours speculation speculate speculated unconfirmed unverified
  possibly perhaps maybe might may could would appear appears appeared seem seems seemed suggest suggests suggested
  believed believe reports reported report according unclear uncertain unknown whether if yet await awaiting
  investigate investigating investigation circulating circulate viral purport
`);

/** Words that assert or confirm a claim. */
export const CONFIRM = stems(`
  confirm confirms confirmed confirmation official officially verified verify indeed announced announces announce
  proof proved proven prove evidence revealed reveals reveal true truth actually definitely certainly admitted admits
  acknowledged acknowledges statement
`);

/** Negators, after tokenisation splits off "n't". */
export const NEGATION = stems(`not no never none nothing nobody neither nor without n't cannot`);

/** Two-word cues counted as refutation (as stem bigrams). */
export const REFUTE_BIGRAMS = new Set(
  ['not true', 'no evidence', 'not real', 'turned out', 'no truth', 'no proof', 'not genuine', 'no such', 'made up'].map((p) =>
    p.split(' ').map((w) => porterStem(w)).join(' '),
  ),
);

/** Common English function words, left out of similarity (negators are kept elsewhere). */
export const STOPWORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers herself him
  himself his how i in into is it its itself just me more most my myself of off on once only or other our ours
  ourselves out over own same she should so some such than that the their theirs them themselves then there these they
  this those through to too under until up very was we were what when where which while who whom why will with would
  you your yours yourself yourselves also said says say one two new s t ve ll re d m like get got us mr mrs ms`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Function words and reporting boilerplate that carry no evidence about which event a report
 * describes. Lower-case; English plus the commonest words of the other languages we read, so
 * that capitalised sentence openers and headline words in those languages are not taken as names.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against ago all almost also although always am among an and another any are
  around as at away back be became because been before being below between both but by can could did do
  does doing done down during each either else even ever every few for from further get gets got had has
  have having he her here hers herself him himself his how however i if in into is it its itself just
  last least less like many may me might more most much must my myself near nearly neither never new next
  no nor not now of off often on once one only or other others our ours ourselves out over own per
  rather said same say says she should since so some still such than that the their theirs them
  themselves then there these they this those though through thus to too toward towards under until up
  upon us very via was we well were what when where whether which while who whom whose why will with
  within without would yet you your yours yourself also according told tell added saying reported report
  reports reporting reuters ap afp news press today yesterday tomorrow monday tuesday wednesday thursday
  friday saturday sunday mr mrs ms dr st co inc ltd am pm et gmt utc percent year years month months
  week weeks day days time times people two three four five six seven eight nine ten first second third
  including via
  der die das den dem des ein eine einer eines und oder aber nicht mit von zu im am auf für ist sind war
  wurde wurden bei nach aus wie auch sich es er sie wir ihr als an dass
  le la les un une des du de et ou mais pas avec pour sur dans est sont été par au aux ce cette il elle
  el los las y o pero con por para en es son fue del al lo se
  и в во на не что с со по к у о об от за из для как а но это он она они мы вы был была были
  і в на не що з зі по до у про від за як а але це він вона вони ми ви був була були`.split(/\s+/).filter(Boolean),
);

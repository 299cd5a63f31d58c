/**
 * Reads the incidents a report tells of from what the earlier stages found: sentences with event
 * words, places, dates, figures and attributions become incidents in ACLED's shape. One report can
 * tell of several (a strike on Moscow and, in another paragraph, one on Kyiv).
 */
import type { Paragraph } from '../../model/document.js';
import type { Claim } from '../claims/claim-types.js';
import type { Entity } from '../entities/entity-types.js';
import type { NumericFact } from '../numbers/numeric-types.js';
import type { Quote } from '../quotes/quote-types.js';
import type { TimeExpression } from '../time/time-types.js';
import { buildIncident } from './build-incident.js';
import { groupIncidents } from './group-incidents.js';
import { readPlaceLexicon } from './incident-places.js';
import { countryShapedWords, forgetSides, SideNames } from './incident-sides.js';
import type { Incident } from './incident-types.js';
import { readSentences } from './read-sentences.js';
import { scanReport } from './report-scan.js';
import { Starts } from './sentence-matches.js';

/** What the earlier reading stages left on the document. */
export interface ExtractIncidentsInput {
  claims: readonly Claim[];
  entities?: readonly Entity[];
  times?: readonly TimeExpression[];
  quotes?: readonly Quote[];
  numbers?: readonly NumericFact[];
  paragraphs?: readonly Paragraph[];
  /** The report's publication date: dates an incident no sentence dates (ACLED: the week up to it). */
  published?: { value: string };
}

/** Reads the incidents of one report, in order of first mention (`i1`, `i2`, …). */
export function extractIncidents(text: string, input: ExtractIncidentsInput): Incident[] {
  const entities = input.entities ?? [];
  forgetSides();
  const found = scanReport(text);
  const shapedWords = countryShapedWords(text);
  const lex = readPlaceLexicon(text, entities, found.places, shapedWords);
  const sentences = readSentences(
    text,
    {
      claims: input.claims,
      paragraphs: input.paragraphs ?? [{ range: [0, text.length], lang: 'und', confidence: 0, foreign: [] }],
      entities,
      times: input.times ?? [],
      quotes: input.quotes ?? [],
      numbers: input.numbers ?? [],
    },
    lex,
    found,
  );
  const groups = groupIncidents(text, sentences, entities, lex, found);
  const names = new SideNames(text, shapedWords);
  const targetWords = new Starts(found.targetWords);
  return groups
    .sort((a, b) => a.seed.range[0] - b.seed.range[0])
    .map((g, i) => buildIncident(text, g, i + 1, names, input.published, targetWords));
}

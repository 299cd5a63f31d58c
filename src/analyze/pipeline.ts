/**
 * The spine: every per-report stage, in order. Open this file to see the whole pipeline.
 * Each stage declares what it needs and adds; `createPipeline` checks the order once and freezes.
 */
import { createPipeline, type Pipeline } from '../core/stage.js';
import { extractStage } from './extract/extract-stage.js';
import { cleanStage } from './clean/clean-stage.js';
import { languageStage } from './language/language-stage.js';
import { metadataStage } from './metadata/metadata-stage.js';
import { entitiesStage } from './entities/entities-stage.js';
import { timeStage } from './time/time-stage.js';
import { quotesStage } from './quotes/quotes-stage.js';
import { numbersStage } from './numbers/numbers-stage.js';
import { claimsStage } from './claims/claims-stage.js';
import { incidentsStage } from './incidents/incidents-stage.js';
import { signalsStage } from '../signals/signals-stage.js';

export const STAGES = [
  extractStage, // raw → extracted text, metadata read from HTML or given fields
  cleanStage, // extracted → text with boilerplate cut (and recorded), metadata read from text cues
  languageStage, // text → paragraphs with language and foreign-language spans
  metadataStage, // all metadata candidates → one decided `meta`
  entitiesStage, // text → people, organisations, places (geocoded offline), facilities, weapons
  timeStage, // text + publication date → time expressions resolved to intervals
  quotesStage, // text → direct and indirect quotes with their speakers
  numbersStage, // text → numeric facts: what is counted, approximation, whose figure
  claimsStage, // sentences → reported event, statistic, statement, opinion, speculation; hedges
  incidentsStage, // all of the above → incidents: where, when, what, counts, casualties, who blames and who denies
  signalsStage, // the read document → credibility findings with evidence, and the per-report profile
] as const;

export function createReportPipeline(): Pipeline {
  return createPipeline(STAGES);
}

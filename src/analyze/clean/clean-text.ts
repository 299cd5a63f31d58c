/**
 * Plain-text cleaning: cuts what scrapers leave around an article (comment forms, author bios,
 * link lists, share and subscribe calls, adverts, site chrome) and records every cut, then reads
 * the metadata the remaining text shows.
 */
import type { Removal } from '../../model/document.js';
import type { MetaCandidates } from '../meta-candidates.js';
import { applyRemovals } from './apply-removals.js';
import { findRemovals } from './find-removals.js';
import { readTextMeta, type TextMetaOptions } from './read-text-meta.js';
import { textLines } from './text-lines.js';

/** Options for {@link cleanText}. */
export type CleanTextOptions = TextMetaOptions;

/** The cleaned text, what was cut from it, and the metadata it shows. */
export interface CleanedText {
  text: string;
  removed: Removal[];
  textMeta: MetaCandidates;
}

/**
 * Cleans extracted article text. `removed[i].range` points into `extracted`, `removed[i].at`
 * into the returned `text`; cut lines leave one paragraph separator behind.
 */
export function cleanText(extracted: string, opts: CleanTextOptions = {}): CleanedText {
  const lines = textLines(extracted);
  const found = findRemovals(lines, extracted);
  const { text, removed } = applyRemovals(extracted, lines, found.cuts);
  const textMeta = readTextMeta(text, found.chromeDates, opts);
  return { text, removed, textMeta };
}

import { loadLanguageModel } from './language/language-model.js';
import { gazetteer } from './places/gazetteer.js';
import { loadEnglishWords } from './language/english-words.js';

/**
 * One-time asynchronous set-up for the synchronous stages (models that load asynchronously).
 * Call once before running the pipeline; calling again is free.
 */
let ready: Promise<void> | undefined;

export function prepareAnalysis(): Promise<void> {
  // The gazetteer loads synchronously on first use; doing it here keeps that off the first report.
  ready ??= loadLanguageModel().then(() => {
    gazetteer();
    loadEnglishWords();
  });
  return ready;
}

import { loadLanguageModel } from './language/language-model.js';

/**
 * One-time asynchronous set-up for the synchronous stages (models that load asynchronously).
 * Call once before running the pipeline; calling again is free.
 */
let ready: Promise<void> | undefined;

export function prepareAnalysis(): Promise<void> {
  ready ??= loadLanguageModel();
  return ready;
}

import { defineStage } from '../../core/stage.js';
import { detectParagraphs } from './detect-paragraphs.js';

/**
 * Splits `doc.text` into paragraphs with their language and foreign-language spans. Importing
 * this module loads the language model (top-level await in language-model.ts), so `run` is
 * synchronous like every stage.
 */
export const languageStage = defineStage({
  id: 'language',
  requires: ['text'],
  provides: ['paragraphs'],
  run(doc) {
    doc.paragraphs = detectParagraphs(doc.text ?? '');
  },
});

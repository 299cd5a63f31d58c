import { defineStage } from '../../core/stage.js';
import type { MetaCandidates } from '../meta-candidates.js';
import { cleanText } from './clean-text.js';

/**
 * Cuts boilerplate from `doc.extracted` into `doc.text`, records the cuts in `doc.removed`, and
 * leaves the metadata the text shows in `doc.data.textMeta` for the metadata stage to weigh.
 */
export const cleanStage = defineStage({
  id: 'clean',
  requires: ['extracted'],
  provides: ['text', 'removed', 'text-meta'],
  run(doc) {
    const extracted = doc.extracted ?? '';
    const htmlMeta = doc.data['htmlMeta'] as MetaCandidates | undefined;
    // a headline from HTML or from the input's own fields makes the first-line guess unnecessary
    const headlineKnown = htmlMeta?.headline !== undefined || doc.given.title !== undefined;
    const { text, removed, textMeta } = cleanText(extracted, { headlineKnown });
    doc.text = text;
    doc.removed = removed;
    doc.data['textMeta'] = textMeta;
  },
});

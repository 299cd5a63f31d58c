import stored from '../../../models/clickbait/weights.json' with { type: 'json' };
import { createClickbaitModel, type ClickbaitModel, type StoredClickbaitModel } from './clickbait-model.js';

let model: ClickbaitModel | undefined;

/** The committed clickbait model (`models/clickbait/weights.json`), decoded on first use. */
export function defaultClickbaitModel(): ClickbaitModel {
  model ??= createClickbaitModel(stored as StoredClickbaitModel);
  return model;
}

import stored from '../../../models/stance/weights.json' with { type: 'json' };
import { createStanceModel, type StanceModel, type StoredStanceModel } from './stance-model.js';

let model: StanceModel | undefined;

/** The committed stance model (`models/stance/weights.json`), decoded on first use. */
export function defaultStanceModel(): StanceModel {
  model ??= createStanceModel(stored as StoredStanceModel);
  return model;
}

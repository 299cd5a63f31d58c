/**
 * Weights of the same-event model (a logistic regression over story-similarity's features),
 * trained by src/eval/clustering-train.ts on the ECB+ train topics only.
 */
import type { LinearModel } from './story-similarity.js';

/** The trained same-event model. */
export const STORY_MODEL: LinearModel = {"bias":-4.111,"weights":[8.522,-1.459,-0.926,2.433,6.118,1.302,1.363,0.738,2.087,-1.906,3.545,0.349,6.517,1.551,-1.183,-0.871,-1.005,-0.835]};

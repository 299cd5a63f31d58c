/**
 * Weights of the same-event model (a logistic regression over story-similarity's features),
 * trained by src/eval/clustering-train.ts on the ECB+ train topics only.
 */
import type { LinearModel } from './story-similarity.js';

/** The trained same-event model. */
export const STORY_MODEL: LinearModel = {"bias":-4.227,"weights":[9.624,-2.268,-0.952,2.329,5.852,1.358,1.215,0.706,2.297,-1.853,3.531,0.344,6.37,1.832,-1.489,-1.04,-0.785,-0.71]};

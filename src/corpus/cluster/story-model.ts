/**
 * Weights of the same-story model (a logistic regression over story-similarity's features),
 * trained by src/eval/clustering-train.ts on the ECB+ train topics only.
 */
import type { LinearModel } from './story-similarity.js';

/** The trained same-story model. */
export const STORY_MODEL: LinearModel = {"bias":-2.167,"weights":[2.929,1.386,0.547,2.487,5.307,0.789,-0.892,-1.627,2.716,2.713,2.961,-0.782,1.525,0.537,-1.278,-1.288,0,1.531,-1.88,-0.214,-0.943,0]};

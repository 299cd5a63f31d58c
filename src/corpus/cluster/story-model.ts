/**
 * Weights of the same-event model: a logistic regression over story-similarity's features,
 * trained by src/eval/clustering-train.ts (3 arrival orders, 2 rounds) on the ECB+ train topics
 * only; the threshold was chosen on them too. Validation topics are not used by the trainer
 * (they were looked at while the feature set was designed, so their score is near-honest).
 * Names and the share of them the other report has (nameCoverMin) and content words carry most
 * of the weight; shared calendar days, numbers and the same latest year add evidence; a gap
 * between the latest years mentioned takes it away. (`names` is negative only because it
 * overlaps with nameCoverMin, which carries the name evidence.)
 */
import type { LinearModel } from './story-similarity.js';

/** The trained same-event model, weights in FEATURE_NAMES order. */
export const STORY_MODEL: LinearModel = {
  bias: -4.1,
  weights: [
    8.604, // words
    -1.476, // names
    -0.919, // namesMissing
    2.391, // title
    6.041, // numbers
    1.271, // numbersMissing
    1.392, // yearShare
    0.845, // yearConflict
    2.043, // latestYearSame
    -1.969, // latestYearGap
    3.549, // dayShare
    0.356, // daysMissing
    6.477, // nameCoverMin
    1.56, // nameCoverMax
    -1.256, // repeatedMissMin
    -0.896, // repeatedMissMax
    -0.912, // leadMissMin
    -0.81, // leadMissMax
  ],
};

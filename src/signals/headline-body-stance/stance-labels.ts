/** The four FNC-1 stances of a body towards a headline, in the dataset's order. */
export const STANCES = ['agree', 'disagree', 'discuss', 'unrelated'] as const;

/** How a body relates to a headline: asserts it, refutes it, reports it without a side, or is about something else. */
export type Stance = (typeof STANCES)[number];

/** The three stances a related body can take, in the order the stance model's classes use. */
export const RELATED_STANCES = ['agree', 'disagree', 'discuss'] as const;

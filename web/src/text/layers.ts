/** The kinds of highlight the report view draws over the cleaned text. */
/**
 * `ref` marks are never drawn: they are the spans that metadata and incidents point at, so a
 * "show" button can scroll to them and outline them.
 */
export type Layer = 'evidence' | 'entity' | 'quote' | 'number' | 'time' | 'hedge' | 'foreign' | 'claim' | 'ref';

/** How each layer is named in the legend, and whether it is on when a report opens. */
export const LAYERS: ReadonlyArray<{ layer: Exclude<Layer, 'ref'>; label: string; hint: string; on: boolean }> = [
  { layer: 'evidence', label: 'Finding evidence', hint: 'the words each finding points at', on: true },
  { layer: 'entity', label: 'Entities', hint: 'people, organisations, places, facilities (underlined by type)', on: true },
  { layer: 'quote', label: 'Quotes', hint: 'direct and indirect quotes; the speaker is in the tooltip and the inspector', on: true },
  { layer: 'number', label: 'Numbers', hint: 'numeric facts: what is counted, how exactly, whose figure', on: true },
  { layer: 'time', label: 'Times', hint: 'time expressions resolved to intervals', on: false },
  { layer: 'hedge', label: 'Hedges', hint: 'words that soften a claim (may, reportedly, suggested)', on: true },
  { layer: 'foreign', label: 'Foreign language', hint: 'stretches in another language than their paragraph', on: true },
  { layer: 'claim', label: 'Check-worthy claims', hint: 'sentences the claims stage rates check-worthy (≥ 0.5)', on: false },
];

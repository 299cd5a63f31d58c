/** Origins across reports: copies, rewrites, credited translations and relayed statements. */
export { createOriginIndex, originIndexFromJSON, DEFAULT_ORIGIN_OPTIONS } from './origin-index.js';
export type { OriginIndex, OriginIndexOptions, OriginIndexHooks, OriginIndexState, ResolvedOriginOptions } from './origin-index.js';
export type { OriginLink, OriginRelation, OriginGroup, ReportLabel } from './origin-types.js';
export { EXTERNAL_PREFIX } from './origin-types.js';
export { copiedContentFindings } from './copied-content.js';

import type { CreditedOrigin, MetaValue, PublishedDate } from '../model/document.js';

/**
 * Metadata one stage read, before the metadata stage decides among sources. Kept in
 * `doc.data.htmlMeta` (extract stage) and `doc.data.textMeta` (clean stage).
 */
export interface MetaCandidates {
  headline?: MetaValue;
  outlet?: MetaValue;
  author?: MetaValue;
  published?: PublishedDate;
  creditedOrigin?: CreditedOrigin;
  canonicalUrl?: string;
}

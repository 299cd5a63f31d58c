/**
 * Cross-report findings for reports that are not independent: "copy of …", "translation of …".
 * The rule is the signal folder `src/signals/copied-content/` (metadata and docs there).
 */
import type { Finding } from '../../model/finding.js';
import { copiedContent } from '../../signals/copied-content/index.js';
import { runCrossSignal } from '../../signals/cross-signal.js';
import type { OriginLink, ReportLabel } from './origin-types.js';

/**
 * One `copied-content` finding per link, on the dependent report; the origin's matching passages
 * are in `related`. `describe` names origin reports (an origin index's `describe`).
 */
export function copiedContentFindings(links: readonly OriginLink[], describe?: (docId: string) => ReportLabel | undefined): Finding[] {
  return runCrossSignal(copiedContent, { links, ...(describe ? { describe } : {}) });
}

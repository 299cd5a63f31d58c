import type { Paragraph, ReportDocument } from '../../model/document.js';
import type { Finding } from '../../model/finding.js';

/** Share of the paragraph characters that are in English (paragraphs marked 'und' are left out). */
export function englishShare(paragraphs: readonly Paragraph[] | undefined): number | undefined {
  if (!paragraphs || paragraphs.length === 0) return undefined;
  let en = 0;
  let all = 0;
  for (const p of paragraphs) {
    if (p.lang === 'und') continue;
    const n = p.range[1] - p.range[0];
    all += n;
    if (p.lang === 'en') en += n;
  }
  return all === 0 ? undefined : en / all;
}

/**
 * An info finding saying that a reading stage relies on English cues and the report is mostly in
 * another language, so an empty or thin result is not taken for "nothing there". Returns undefined
 * for English reports or when the language is unknown.
 */
export function englishOnlyFinding(doc: ReportDocument, stage: string, what: string): Finding | undefined {
  const share = englishShare(doc.paragraphs);
  const lang = doc.meta?.language;
  const notEnglish = share !== undefined ? share < 0.5 : lang !== undefined && lang !== 'en';
  if (!notEnglish) return undefined;
  return {
    ruleId: 'stage-coverage',
    messageId: `${stage}-english-only`,
    message: `${what} are read with English cues; this report is mostly in ${lang ?? 'another language'}, so the ${stage} stage read only what those cues could find`,
    severity: 'info',
    docId: doc.id,
    evidence: [],
    data: { stage, englishShare: share ?? null },
  };
}

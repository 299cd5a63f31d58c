/**
 * The cross-report findings on one stored report, each once. The store keeps findings per story,
 * and a finding that does not depend on the story — "copy of …" — is kept once for every story the
 * report is in; shown or counted per story it would repeat, and weigh in a profile as often.
 */
import type { Finding } from '../model/finding.js';
import type { Store } from './store.js';

/** The report's cross-report findings in the store's order, identical ones once. */
export async function crossFindingsOn(store: Store, docId: string): Promise<Finding[]> {
  const seen = new Set<string>();
  return (await store.crossReportFindings(docId)).filter((f) => {
    const key = JSON.stringify(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Finding counts for report listings. A report's own findings (reading stages and signals) never
 * change once it is stored, so they are counted once and remembered; cross-report findings change
 * as stories grow, so they are counted on every request (one indexed query per report).
 */
import type { Store } from '../store/store.js';
import { crossFindingsOn } from '../store/cross-findings-on.js';

/** A report's finding counts. */
export interface FindingCounts {
  /** Findings of the report itself. */
  findingCount: number;
  /** Cross-report findings on it now (contradicted or single-source claims, copies, date conflicts). */
  crossFindingCount: number;
}

/** Counts findings of listed reports. */
export type FindingCounter = (ids: readonly string[]) => Promise<Map<string, FindingCounts>>;

/** A counter over a store, remembering up to `max` reports' own counts. */
export function createFindingCounter(store: Store, max = 20_000): FindingCounter {
  const own = new Map<string, number>();
  return async (ids) => {
    const out = new Map<string, FindingCounts>();
    for (const id of ids) {
      let n = own.get(id);
      if (n === undefined) {
        const doc = await store.getReport(id);
        if (doc === undefined) continue;
        n = doc.findings.length;
        own.set(id, n);
        if (own.size > max) own.delete(own.keys().next().value as string);
      }
      out.set(id, { findingCount: n, crossFindingCount: (await crossFindingsOn(store, id)).length });
    }
    return out;
  };
}

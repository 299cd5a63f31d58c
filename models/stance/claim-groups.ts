/**
 * Groups FNC-1 pairs by claim. The data has no claim ids, but a headline and a body of one
 * related pair are about the same claim, so the connected components of the related pairs are
 * the claims (191 in the training file). Cross-validation folds follow these groups: a fold's
 * predictions then come from a model that never saw the claim, as on unseen test data.
 */
import { createHash } from 'node:crypto';
import type { StancePair } from '../../src/eval/stance-data.js';

/** Maps every headline (`h:` key) and body (`b:` key) to its claim group's representative. */
export function claimGroups(pairs: readonly StancePair[]): (key: string) => string {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    // Path compression keeps later look-ups short.
    let at = x;
    while (at !== root) {
      const next = parent.get(at)!;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  for (const p of pairs) {
    if (p.stance === undefined || p.stance === 'unrelated') continue;
    const a = find(`h:${p.headline}`);
    const b = find(`b:${p.bodyId}`);
    if (a !== b) parent.set(a, b);
  }
  return find;
}

/** A stable bucket in `0..n-1` for a group representative (sha256, so folds do not depend on order). */
export function groupBucket(group: string, n: number): number {
  return parseInt(createHash('sha256').update(group).digest('hex').slice(0, 8), 16) % n;
}

/**
 * Reports that only pass on what one speaker said: a ministry's post, a mayor's channel. Every
 * factual sentence is a quote or reported speech of the same named person or institution; such a
 * report is another carrier of that statement, not another witness to it.
 */
import type { Range } from '../../model/span.js';
import type { CleanDocument } from '../../model/document.js';
import type { Quote } from '../../analyze/quotes/quote-types.js';
import type { Claim } from '../../analyze/claims/claim-types.js';
import { latinise } from './name-keys.js';

/** The one speaker a report relays, and the sentences that show it. */
export interface RelayedStatement {
  /** Stable key of the speaker: a person's surname, an institution's folded name. */
  key: string;
  /** The speaker as the report names them (the longest form found). */
  name: string;
  /** Share of the report's factual sentences attributed to the speaker. */
  share: number;
  /** The factual sentences, in text order. */
  sentences: Range[];
}

export interface RelayOptions {
  /** Fewest factual sentences for a report to be judged at all. */
  minFacts: number;
  /** Least share of factual sentences that must come from the speaker. */
  minShare: number;
}

const FACT_KINDS = new Set<Claim['kind']>(['reported-event', 'statistic', 'attributed-statement']);

/** A speaker's key: a person by surname (so "Vadim Selnitsky" and "Selnitsky" meet), an institution by its words. */
export function speakerKey(q: Quote): string | undefined {
  const sp = q.speaker;
  if (!sp.name || (sp.kind !== 'named' && sp.kind !== 'institution')) return undefined;
  const words = latinise(sp.name)
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && w !== 'the');
  if (!words.length) return undefined;
  return sp.kind === 'named' ? `person:${words[words.length - 1]}` : `body:${words.join(' ')}`;
}

/**
 * The speaker a report does nothing but relay, or undefined. Needs `doc.data.quotes` and
 * `doc.data.claims` from the reading stages; without them there is nothing to judge.
 */
export function relayedStatement(doc: CleanDocument, opts: RelayOptions): RelayedStatement | undefined {
  const quotes = doc.data.quotes;
  const claims = doc.data.claims;
  if (!Array.isArray(quotes) || !Array.isArray(claims)) return undefined;
  const byId = new Map((quotes as Quote[]).map((q) => [q.id, q]));
  const facts = (claims as Claim[]).filter((c) => FACT_KINDS.has(c.kind));
  if (facts.length < opts.minFacts) return undefined;

  const counts = new Map<string, { n: number; name: string }>();
  let attributed = 0;
  for (const c of facts) {
    const keys = new Set<string>();
    for (const id of c.quoteIds ?? []) {
      const q = byId.get(id);
      const key = q && speakerKey(q);
      if (!key) continue;
      keys.add(key);
      const seen = counts.get(key);
      const name = q.speaker.name!;
      if (!seen) counts.set(key, { n: 0, name });
      else if (name.length > seen.name.length) seen.name = name;
    }
    if (keys.size) attributed++;
    for (const k of keys) counts.get(k)!.n++;
  }
  // One voice only: a second named speaker means the report weighs sources against each other.
  if (counts.size !== 1) return undefined;
  const [key, { n, name }] = [...counts][0]!;
  const share = n / facts.length;
  if (share < opts.minShare || attributed !== n) return undefined;
  return { key, name, share, sentences: facts.map((c) => c.range) };
}

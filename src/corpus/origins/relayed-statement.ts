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

/** When a report counts as relaying one speaker. */
export interface RelayOptions {
  /** Fewest factual sentences for a report to be judged at all. */
  minFacts: number;
  /** Least share of factual sentences that must come from the speaker. */
  minShare: number;
}

const FACT_KINDS = new Set<Claim['kind']>(['reported-event', 'statistic', 'attributed-statement']);

interface SpeakerName {
  kind: 'named' | 'institution';
  name: string;
  words: string[];
}

function speakerName(q: Quote): SpeakerName | undefined {
  const sp = q.speaker;
  if (!sp.name || (sp.kind !== 'named' && sp.kind !== 'institution')) return undefined;
  const words = latinise(sp.name)
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && w !== 'the');
  return words.length ? { kind: sp.kind, name: sp.name, words } : undefined;
}

/** A person by surname (so "Vadim Selnitsky" and "Selnitsky" meet), an institution by all its words. */
function keyOf(s: SpeakerName): string {
  return s.kind === 'named' ? `person:${s.words[s.words.length - 1]}` : `body:${s.words.join(' ')}`;
}

/**
 * Within one report, a short form names the same speaker as the fullest form that contains all
 * its words: "the ministry" and "Estravia" are "Estravia's Interior Ministry" there.
 */
function canonical(names: SpeakerName[]): Map<SpeakerName, SpeakerName> {
  const out = new Map<SpeakerName, SpeakerName>();
  for (const n of names) {
    let best = n;
    for (const m of names) {
      if (m.words.length > best.words.length && n.words.every((w) => m.words.includes(w))) best = m;
    }
    out.set(n, best);
  }
  return out;
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
  const head = doc.meta.headline?.range;
  // The headline sums up the body; it is not one more fact.
  const facts = (claims as Claim[]).filter((c) => FACT_KINDS.has(c.kind) && !(head && c.range[0] < head[1] && head[0] < c.range[1]));
  if (facts.length < opts.minFacts) return undefined;

  const perFact = facts.map((c) => (c.quoteIds ?? []).flatMap((id) => {
    const q = byId.get(id);
    const s = q && speakerName(q);
    return s ? [s] : [];
  }));
  const canon = canonical(perFact.flat());
  const counts = new Map<string, { n: number; name: string }>();
  let attributed = 0;
  for (const speakers of perFact) {
    const keys = new Map(speakers.map((s) => [keyOf(canon.get(s)!), canon.get(s)!.name]));
    if (keys.size) attributed++;
    for (const [k, name] of keys) {
      const seen = counts.get(k);
      if (!seen) counts.set(k, { n: 1, name });
      else seen.n++;
    }
  }
  // One voice only: a second speaker means the report weighs sources against each other.
  if (counts.size !== 1) return undefined;
  const [key, { n, name }] = [...counts][0]!;
  const share = n / facts.length;
  if (share < opts.minShare || attributed !== n) return undefined;
  return { key, name, share, sentences: facts.map((c) => c.range) };
}

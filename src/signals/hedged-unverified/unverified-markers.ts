import type { Claim, Hedge } from '../../analyze/claims/claim-types.js';
import type { Range } from '../../model/span.js';

/** How a report marks a statement as not (yet) checked. */
export type UnverifiedKind = 'not-verified' | 'hard-to-verify' | 'if-confirmed' | 'unconfirmed' | 'verification-pending';

/** One marker: where it is and what it says. */
export interface UnverifiedMarker {
  range: Range;
  text: string;
  kind: UnverifiedKind;
}

const ADV = String.raw`(?:(?:independently|immediately|yet|fully|officially)\s+)*`;
const VERIFY = String.raw`(?:verif(?:y|ied)|confirm(?:ed)?|corroborat(?:e|ed)|substantiat(?:e|ed)|authenticat(?:e|ed))`;

/**
 * English phrasings by which a report says it has not checked what it tells. Written for this
 * signal rather than reusing the claims stage's hedge list, which also holds "it is unclear"
 * and "not publicly acknowledged": those say a source is silent, not that the report is unsure.
 */
const PATTERNS: ReadonlyArray<{ kind: UnverifiedKind; re: RegExp }> = [
  { kind: 'not-verified', re: new RegExp(String.raw`\b(?:could|can)\s*(?:not|n[o’']t)\s+${ADV}(?:be\s+${ADV})?${VERIFY}`, 'gi') },
  { kind: 'not-verified', re: new RegExp(String.raw`\bcannot\s+${ADV}(?:be\s+${ADV})?${VERIFY}`, 'gi') },
  { kind: 'not-verified', re: new RegExp(String.raw`\b(?:was|were|is|are|has been|have been)\s+(?:not\s+able|unable)\s+to\s+${ADV}${VERIFY}`, 'gi') },
  { kind: 'not-verified', re: new RegExp(String.raw`\b(?:has|have|had|could|can)\s*(?:not|n[o’']t)\s+${ADV}been\s+${ADV}${VERIFY}`, 'gi') },
  { kind: 'not-verified', re: new RegExp(String.raw`\b(?:was|were|is|are)\s+not\s+${ADV}${VERIFY}`, 'gi') },
  { kind: 'hard-to-verify', re: new RegExp(String.raw`\b(?:remains?|is|are|was|were|proved|proves)\s+(?:\w+\s+)?(?:difficult|impossible|hard)\s+to\s+${ADV}${VERIFY}`, 'gi') },
  { kind: 'if-confirmed', re: /\bif\s+(?:confirmed|true|verified|accurate|substantiated)\b/gi },
  { kind: 'if-confirmed', re: /\bshould\s+(?:it|this|that|they|these|the reports?)\s+be\s+(?:confirmed|verified)\b/gi },
  { kind: 'unconfirmed', re: /\b(?:unverified|unconfirmed|uncorroborated|unsubstantiated)\b/gi },
  { kind: 'verification-pending', re: /\b(?:independent\s+)?verification\s+(?:continues|is\s+(?:ongoing|pending|continuing))\b/gi },
];

const STEMS = ['verif', 'confirm', 'corroborat', 'substantiat', 'authenticat', 'if true', 'if accurate'];

/** Claims-stage hedges that say the same as the patterns above (kept when a pattern misses a form). */
const HEDGE_WORDS = /verif|confirm|corroborat|substantiat/i;

function fromHedge(h: Hedge): UnverifiedMarker | undefined {
  if (h.kind === 'unverified' && HEDGE_WORDS.test(h.text)) return { range: h.range, text: h.text, kind: /difficult|impossible|hard/i.test(h.text) ? 'hard-to-verify' : 'not-verified' };
  if (h.kind === 'conditional' && /^(?:if (?:confirmed|true|verified|accurate)|should it be confirmed)$/i.test(h.text)) return { range: h.range, text: h.text, kind: 'if-confirmed' };
  return undefined;
}

/**
 * Every place in `text[from, to)` where the report marks a statement as unverified, from the
 * patterns above and the claims stage's hedges, without overlaps (the longer span wins), in
 * text order.
 */
export function findUnverifiedMarkers(text: string, claims: readonly Claim[], from = 0, to = text.length): UnverifiedMarker[] {
  const found: UnverifiedMarker[] = [];
  const zone = text.slice(from, to);
  // Every pattern holds one of these stems; most reports hold none, and are done at once.
  const lower = zone.toLowerCase();
  const worth = STEMS.some((k) => lower.includes(k));
  for (const { kind, re } of worth ? PATTERNS : []) {
    re.lastIndex = 0;
    for (const m of zone.matchAll(re)) {
      const start = from + m.index;
      found.push({ range: [start, start + m[0].length], text: m[0], kind });
    }
  }
  for (const c of claims) {
    for (const h of c.hedges) {
      const m = h.range[0] >= from && h.range[1] <= to ? fromHedge(h) : undefined;
      if (m) found.push(m);
    }
  }
  found.sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
  const out: UnverifiedMarker[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.range[0] < last.range[1]) {
      if (m.range[1] - m.range[0] > last.range[1] - last.range[0]) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

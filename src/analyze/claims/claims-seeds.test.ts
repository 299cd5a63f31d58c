import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractNumbers } from '../numbers/extract-numbers.js';
import { extractQuotes } from '../quotes/extract-quotes.js';
import { classifyClaims } from './classify-claims.js';
import { claimSpanProblems } from './claim-spans.js';
import type { Claim } from './claim-types.js';

const SEEDS = fileURLToPath(new URL('../../../../shared/data/seeds/', import.meta.url));

function seed(prefix: string): string | undefined {
  if (!existsSync(SEEDS)) return undefined;
  const name = readdirSync(SEEDS).find((n) => n.startsWith(prefix));
  return name === undefined ? undefined : readFileSync(SEEDS + name, 'utf8');
}

function sentence(claims: readonly Claim[], start: string): Claim {
  const c = claims.find((x) => x.text.startsWith(start));
  assert.ok(c, `no sentence starting "${start}"`);
  return c;
}

const FACT_KINDS = new Set(['reported-event', 'statistic']);

const cases: Array<{ seed: string; check: (claims: Claim[]) => void }> = [
  {
    seed: '002',
    check(claims) {
      const views = claims.filter((c) => c.kind === 'opinion' || c.kind === 'speculation');
      assert.ok(views.length * 2 > claims.length, `${views.length} of ${claims.length} sentences are opinion or speculation`);
      // The only facts this commentary carries are the streak of nights and the distance.
      for (const c of claims.filter((x) => FACT_KINDS.has(x.kind))) {
        assert.match(c.text, /second consecutive night|300\+ miles/, c.text);
      }
      const imagine = sentence(claims, 'Imagine the uncertainty');
      assert.equal(imagine.kind, 'opinion');
      assert.ok(imagine.cues.some((k) => k.text === 'Imagine'));
      assert.ok(sentence(claims, 'We have to wonder').cues.some((k) => k.text === 'We have to wonder'));
      const testament = sentence(claims, 'It’s a testament to');
      assert.ok(testament.cues.some((k) => k.text === 'a testament to'));
      assert.ok(Math.max(...claims.map((c) => c.checkWorthiness)) <= 0.5);
    },
  },
  {
    seed: '000',
    check(claims) {
      const ifConfirmed = sentence(claims, 'If confirmed, the strikes');
      assert.equal(ifConfirmed.kind, 'speculation');
      assert.ok(ifConfirmed.hedges.some((h) => h.kind === 'conditional' && h.text === 'If confirmed'));
      const verify = sentence(claims, 'While the full scope and targets');
      const unverified = verify.hedges.find((h) => h.kind === 'unverified');
      assert.match(unverified?.text ?? '', /difficult to independently verify$/);
      assert.equal(verify.kind, 'attributed-statement');
      assert.ok(sentence(claims, 'Air defenses appeared to activate').hedges.some((h) => h.kind === 'appearance' && h.text === 'appeared to'));
      assert.equal(sentence(claims, 'Russia could intensify strikes').kind, 'speculation');
      assert.equal(sentence(claims, '“When leaders feel humiliated').kind, 'attributed-statement');
    },
  },
  {
    seed: '001',
    check(claims) {
      const damage = sentence(claims, 'Several residential buildings are slightly damaged');
      assert.equal(damage.kind, 'reported-event');
      assert.ok(damage.checkWorthiness >= 0.5);
      const three = sentence(claims, '“Three drones');
      assert.equal(three.kind, 'attributed-statement');
      assert.ok((three.quoteIds?.length ?? 0) >= 1);
      assert.ok(three.checkWorthiness > sentence(claims, 'So it is not surprising').checkWorthiness);
      assert.equal(sentence(claims, 'So it is not surprising').kind, 'opinion');
      assert.equal(sentence(claims, 'The United Nations has registered').kind, 'statistic');
      assert.equal(sentence(claims, 'A house was also hit and a woman was killed').kind, 'reported-event');
    },
  },
  {
    seed: '003',
    check(claims) {
      assert.equal(sentence(claims, 'At 0:58 local time, the mayor confirmed').kind, 'attributed-statement');
    },
  },
  {
    seed: '004',
    check(claims) {
      assert.equal(sentence(claims, 'Putin, during an official ceremony, warned').kind, 'attributed-statement');
      assert.ok(sentence(claims, 'On December 21, 2023, Kazan').hedges.some((h) => h.kind === 'reportedly' && h.text === 'reportedly'));
    },
  },
];

for (const c of cases) {
  test(`claims on seed ${c.seed}`, (t) => {
    const text = seed(c.seed);
    if (text === undefined) return t.skip(`${SEEDS} absent`);
    const quotes = extractQuotes(text);
    const claims = classifyClaims(text, { quotes, numbers: extractNumbers(text, { quotes }) });
    assert.deepEqual(claimSpanProblems(text, claims), []);
    c.check(claims);
  });
}

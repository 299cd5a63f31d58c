import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runSignal } from '../../core/signal.js';
import { makeDoc } from '../../../test/support/make-doc.js';
import { testSignal } from '../signal-tester.js';
import { clickbaitHeadline } from './clickbait-headline.js';
import { sensationalStyle } from './sensational-style.js';

const BODY = 'The harbour authority said on Monday that repairs would take two weeks. Ferries will run on a reduced timetable until then.';
const doc = (headline: string, meta = {}) => makeDoc(`${headline}\n\n${BODY}`, meta);

testSignal(clickbaitHeadline, {
  valid: [
    { name: 'a plain news headline', doc: doc('Storm cuts power to 40,000 homes in northern county') },
    { name: 'a council decision', doc: doc('Millbrook council approves bike lanes on Harbor Street') },
    { name: 'figures in a headline', doc: doc('Central bank holds interest rates at 4.5%') },
    { name: 'acronyms are not shouting', doc: doc('NATO and EU leaders meet in Brussels') },
    { name: 'one loud word is not enough', doc: doc('Ferry operator suspends crossings after MASSIVE engine fault') },
    { name: 'no headline', doc: { ...doc('x'), meta: { language: 'en' } } },
    {
      name: 'a headline only in page metadata, not in the text',
      doc: { ...makeDoc(BODY), meta: { headline: { value: "You Won't Believe These 12 Harbor Views", from: 'meta-tag' as const } } },
    },
  ],
  invalid: [
    {
      name: 'a listicle headline',
      doc: doc('19 Things Only People Who Grew Up In Millbrook Will Understand'),
      errors: [{ messageId: 'clickbait' }],
    },
    {
      name: 'a quiz headline',
      doc: doc('Which Harbor Street Café Are You Based On Your Zodiac Sign'),
      errors: [{ messageId: 'clickbait' }],
    },
    {
      name: 'curiosity gap: model and phrase rule both fire',
      doc: doc("You Won't Believe What This Dog Did At The Beach"),
      errors: [
        { messageId: 'clickbait' },
        { messageId: 'sensational', quotes: ["You Won't Believe What This Dog Did At The Beach", "You Won't Believe"] },
      ],
    },
    {
      name: 'capitals, exclamation and hyperbole',
      doc: doc('BREAKING: HARBOR BRIDGE COLLAPSES — Chaos As Traffic Halts!'),
      errors: [
        {
          messageId: 'sensational',
          quotes: ['BREAKING: HARBOR BRIDGE COLLAPSES — Chaos As Traffic Halts!', 'BREAKING', 'HARBOR', 'BRIDGE', 'COLLAPSES', 'Chaos', '!'],
        },
      ],
    },
    {
      name: 'two hyperbole words',
      doc: doc('Mayor SLAMS council in furious row over budget'),
      errors: [{ messageId: 'sensational', quotes: ['Mayor SLAMS council in furious row over budget', 'SLAMS', 'furious'] }],
    },
  ],
});

test('clickbait findings quote the headline first, then the words that weigh most in the model', () => {
  const d = doc('19 Things Only People Who Grew Up In Millbrook Will Understand');
  const [f] = runSignal(clickbaitHeadline, d);
  assert.ok(f);
  assert.equal(f.evidence[0]!.quote, '19 Things Only People Who Grew Up In Millbrook Will Understand');
  assert.ok(f.evidence.length >= 2 && f.evidence.length <= 4);
  const p = f.data?.probability as number;
  assert.ok(p >= 0.8 && p <= 1);
  assert.match(f.message, /^the headline reads as clickbait \(model probability 0?\.?\d/);
  // A stricter threshold than the probability silences the model finding.
  assert.deepEqual(runSignal(clickbaitHeadline, d, { threshold: 1.01 }), []);
});

test('sensationalStyle scores capitals, exclamations, hyperbole and bait phrases', () => {
  const s = sensationalStyle('HARBOR INFERNO: Flames EXPLODE over docks!!');
  assert.deepEqual(
    s.marks.map((m) => [m.kind, m.text]),
    [
      ['all-caps', 'HARBOR'],
      ['all-caps', 'INFERNO'],
      ['hyperbole', 'INFERNO'],
      ['all-caps', 'EXPLODE'],
      ['hyperbole', 'EXPLODE'],
      ['exclamation', '!!'],
    ],
  );
  assert.equal(s.capsShare, 3 / 6);
  assert.equal(s.points, 1 + 1 + 2);
  assert.equal(sensationalStyle('Council meets on Tuesday').points, 0);
  const bait = sensationalStyle("You won't believe what happened next");
  assert.deepEqual(bait.marks.map((m) => m.text), ["You won't believe", 'what happened next']);
  assert.equal(bait.points, 4);
});

const seeds = fileURLToPath(new URL('../../../../shared/data/seeds/', import.meta.url));

test('seed 000: the all-capitals headline is reported as sensational', (t) => {
  const file = existsSync(seeds) ? readdirSync(seeds).find((f) => f.startsWith('000_')) : undefined;
  if (!file) return t.skip('../shared/data/seeds is absent');
  const text = readFileSync(seeds + file, 'utf8');
  const findings = runSignal(clickbaitHeadline, makeDoc(text));
  const sensational = findings.find((f) => f.messageId === 'sensational');
  assert.ok(sensational, JSON.stringify(findings.map((f) => f.messageId)));
  const quotes = sensational.evidence.map((e) => e.quote);
  assert.equal(quotes[0], text.slice(0, text.indexOf('\n')));
  for (const w of ['INFERNO', 'WITHDRAW', 'Explodes', '!']) assert.ok(quotes.includes(w), `${w} not in ${quotes.join(' | ')}`);
  assert.deepEqual(sensational.data?.kinds, ['all-caps', 'hyperbole', 'exclamation']);
});

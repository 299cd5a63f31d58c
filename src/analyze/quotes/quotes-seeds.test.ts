import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractQuotes } from './extract-quotes.js';
import { quoteSpanProblems } from './quote-spans.js';
import type { Quote } from './quote-types.js';

const SEEDS = fileURLToPath(new URL('../../../../shared/data/seeds/', import.meta.url));

/** The seed whose file name starts with `prefix`, or undefined when the shared data is absent. */
function seed(prefix: string): string | undefined {
  if (!existsSync(SEEDS)) return undefined;
  const name = readdirSync(SEEDS).find((n) => n.startsWith(prefix));
  return name === undefined ? undefined : readFileSync(SEEDS + name, 'utf8');
}

function quoteStarting(quotes: readonly Quote[], start: string): Quote {
  const q = quotes.find((x) => x.text.startsWith(start));
  assert.ok(q, `no quote starting "${start}"`);
  return q;
}

function speakerWords(text: string, q: Quote): string {
  assert.ok(q.speaker.range, `${q.id} has no speaker span`);
  return text.slice(q.speaker.range[0], q.speaker.range[1]);
}

const cases: Array<{ seed: string; check: (text: string, quotes: Quote[]) => void }> = [
  {
    seed: '001',
    check(text, quotes) {
      const three = quoteStarting(quotes, 'Three drones, which were neutralized');
      assert.equal(three.kind, 'direct');
      assert.equal(three.speaker.kind, 'named');
      assert.equal(speakerWords(text, three), 'Shoigu');
      assert.equal(three.verb?.lemma, 'say');
      assert.equal(three.via?.text, 'according to his ministry');
      const five = quoteStarting(quotes, 'Five more were shot down');
      assert.equal(five.speaker.name, 'Shoigu');
      assert.equal(five.speaker.resolution, 'continuation');

      const accordingTo = quotes.find((q) => q.verb?.lemma === 'according to' && q.speaker.name === 'Sergei Shoigu');
      assert.ok(accordingTo, 'According to Defense Minister Sergei Shoigu …');
      assert.equal(accordingTo.speaker.role, 'Defense Minister');

      const putin = quoteStarting(quotes, 'We will do that');
      assert.equal(putin.speaker.description, 'the Kremlin chief');
      assert.equal(putin.verb?.lemma, 'promise');
      if (putin.speaker.kind === 'named') assert.match(putin.speaker.name ?? '', /Putin$/);

      const podoliak = quoteStarting(quotes, 'We look at it with pleasure');
      assert.equal(podoliak.speaker.name, 'Mykhailo Podoliak');
      assert.equal(speakerWords(text, podoliak), 'Mykhailo Podoliak');
      assert.match(podoliak.speaker.role ?? '', /adviser to President/);
      assert.equal(quoteStarting(quotes, 'Maybe not all drones').speaker.name, 'Mykhailo Podoliak');

      const cleverly = quoteStarting(quotes, 'I have no details');
      assert.equal(cleverly.speaker.kind, 'named');
      assert.equal(speakerWords(text, cleverly), 'Cleverly');
      assert.equal(cleverly.speaker.cue?.text, 'he');

      const military = quoteStarting(quotes, 'This morning the Kiev regime');
      assert.equal(military.speaker.kind, 'institution');
      assert.equal(military.speaker.name, 'Russian military');
      const ministry = quotes.find((q) => q.speaker.name === 'Russia’s Defense Ministry');
      assert.ok(ministry, 'Russia’s Defense Ministry blamed …');
      assert.equal(ministry.kind, 'mixed');
      assert.deepEqual(ministry.fragments?.map(([s, e]) => text.slice(s, e)), ['terror']);
    },
  },
  {
    seed: '000',
    check(text, quotes) {
      const direct = quotes.filter((q) => q.kind === 'direct' && q.speaker.resolution === undefined);
      const anonymous = new Set(direct.filter((q) => q.speaker.kind === 'anonymous').map((q) => q.speaker.description));
      assert.ok(anonymous.size >= 4, `anonymous sources: ${[...anonymous].join(' | ')}`);
      for (const d of anonymous) assert.doesNotMatch(d ?? '', /Kofman|Stanovaya/);
      assert.ok(anonymous.has('a former U.S. intelligence official who spoke on the condition of anonymity'));
      assert.ok(anonymous.has('a senior European official'));
      assert.ok(anonymous.has('a former NATO commander'));
      assert.ok(anonymous.has('a former Russian diplomat now in exile'));
      const named = new Set(direct.filter((q) => q.speaker.kind === 'named').map((q) => q.speaker.name));
      assert.ok(named.has('Michael Kofman') && named.has('Tatiana Stanovaya'), [...named].join(' | '));
      assert.match(quoteStarting(quotes, 'For three years').speaker.role ?? '', /^a senior fellow at the Carnegie Endowment/);
      // "… he said. “Tonight, that illusion ended.”" — the pronoun and the continuation both reach Zelensky.
      assert.equal(quoteStarting(quotes, 'Russia believed its capital').speaker.name, 'Volodymyr Zelensky');
      assert.equal(quoteStarting(quotes, 'Tonight, that illusion ended').speaker.name, 'Volodymyr Zelensky');
      const groups = quotes.filter((q) => q.kind !== 'direct' && q.speaker.kind === 'anonymous').map((q) => q.speaker.description);
      assert.ok(groups.includes('Western intelligence officials and open-source analysts'), groups.join(' | '));
      assert.ok(groups.includes('multiple analysts who track Ukrainian military operations'));
      void text;
    },
  },
  {
    seed: '003',
    check(text, quotes) {
      const mayor = quotes.find((q) => q.text.includes('intercepted two drones'));
      assert.ok(mayor, 'the mayor confirmed that …');
      assert.equal(mayor.speaker.kind, 'named');
      assert.equal(speakerWords(text, mayor), 'Sergei Sobyanin');
      assert.equal(mayor.speaker.description, 'the mayor');
      assert.match(mayor.via?.text ?? '', /Telegram channel/);
    },
  },
  {
    seed: '004',
    check(text, quotes) {
      const french = quoteStarting(quotes, 'Quiconque tente de détruire');
      assert.equal(french.kind, 'direct');
      assert.equal(french.lang, 'fr');
      assert.equal(speakerWords(text, french), 'Putin');
      assert.equal(french.verb?.lemma, 'warn');
      for (const q of quotes) if (q !== french) assert.equal(q.lang, undefined, q.text);
    },
  },
  {
    seed: '002',
    check(_text, quotes) {
      assert.deepEqual(quotes.filter((q) => q.speaker.kind !== 'none').map((q) => q.text), []);
    },
  },
];

for (const c of cases) {
  test(`quotes on seed ${c.seed}`, (t) => {
    const text = seed(c.seed);
    if (text === undefined) return t.skip(`${SEEDS} absent`);
    const quotes = extractQuotes(text);
    assert.deepEqual(quoteSpanProblems(text, quotes), []);
    c.check(text, quotes);
  });
}

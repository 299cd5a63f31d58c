import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from './extract-quotes.js';
import { quoteSpanProblems } from './quote-spans.js';
import type { Quote } from './quote-types.js';

interface Expect {
  /** The quote's text starts with this. */
  text: string;
  kind: Quote['kind'];
  speaker: Quote['speaker']['kind'];
  name?: string;
  description?: string;
  role?: string;
  resolution?: string;
  verb?: string;
  via?: string;
  lang?: string;
  fragments?: string[];
}

const cases: Array<{ title: string; text: string; expect: Expect[]; count?: number }> = [
  {
    title: 'tag after the quote, named with title and channel',
    text: '“We shot down four drones over the harbour,” Governor Mira Talvik said on her Telegram channel.',
    expect: [{ text: 'We shot down four drones', kind: 'direct', speaker: 'named', name: 'Mira Talvik', role: 'Governor', verb: 'say', via: 'on her Telegram channel' }],
    count: 1,
  },
  {
    title: 'verb first, anonymous source with its description',
    text: '“The shelter held,” said a senior Baltic official who spoke on the condition of anonymity.',
    expect: [{ text: 'The shelter held', kind: 'direct', speaker: 'anonymous', description: 'a senior Baltic official who spoke on the condition of anonymity', verb: 'say' }],
  },
  {
    title: 'tag before the quote across a parenthetical',
    text: 'General Oskar Pell, during a briefing in Narva, warned, “Any repeat will be answered.”',
    expect: [{ text: 'Any repeat will be answered.', kind: 'direct', speaker: 'named', name: 'Oskar Pell', verb: 'warn', via: 'during a briefing' }],
  },
  {
    title: 'pronoun and continuation into the next paragraph',
    text: 'Port Director Lina Roos inspected the pier on Friday.\n“Two boats burned,” she said.\n“Nobody was aboard.”',
    expect: [
      { text: 'Two boats burned', kind: 'direct', speaker: 'named', name: 'Lina Roos', resolution: 'pronoun' },
      { text: 'Nobody was aboard.', kind: 'direct', speaker: 'named', name: 'Lina Roos', resolution: 'continuation' },
    ],
  },
  {
    title: 'a quote across two sentences, tagged after, with a lower-case description before the name',
    text: '“We saw the flash. Then the roof fell,” said local resident Oleg Marr.',
    expect: [{ text: 'We saw the flash. Then the roof fell', kind: 'direct', speaker: 'named', name: 'Oleg Marr', role: 'local resident', verb: 'say' }],
    count: 1,
  },
  {
    title: 'a quote running on into the next paragraph (open at the paragraph end, reopened below)',
    text: '“The first wave came at midnight,” said Captain Ruud Mols. “Then a second one came\n“and we lost power for hours.”',
    expect: [
      { text: 'The first wave came at midnight', kind: 'direct', speaker: 'named', name: 'Ruud Mols', role: 'Captain' },
      { text: 'Then a second one came', kind: 'direct', speaker: 'named', name: 'Ruud Mols', resolution: 'continuation' },
      { text: 'and we lost power for hours.', kind: 'direct', speaker: 'named', name: 'Ruud Mols', resolution: 'continuation' },
    ],
    count: 3,
  },
  {
    title: 'institution with reported speech',
    text: 'The Veltran Defence Ministry said three drones were diverted by electronic warfare.',
    expect: [{ text: 'three drones were diverted by electronic warfare', kind: 'indirect', speaker: 'institution', name: 'Veltran Defence Ministry', verb: 'say' }],
  },
  {
    title: 'according to, sentence first',
    text: 'According to the regional governor’s office, two people were injured.',
    expect: [{ text: 'two people were injured', kind: 'indirect', speaker: 'institution', verb: 'according to' }],
  },
  {
    title: 'trailing tag without marks',
    text: 'Two drones were intercepted near the port, the city administration said.',
    expect: [{ text: 'Two drones were intercepted near the port', kind: 'indirect', speaker: 'institution', name: 'city administration' }],
  },
  {
    title: 'parenthetical tag',
    text: 'The damage, local analysts say, is limited.',
    expect: [{ text: 'The damage, local analysts say, is limited', kind: 'indirect', speaker: 'anonymous', description: 'local analysts' }],
  },
  {
    title: 'a role resolved to the titled person named before',
    text: 'Mayor Petra Vosk visited the site at dawn. “We will rebuild,” promised the mayor.',
    expect: [{ text: 'We will rebuild', kind: 'direct', speaker: 'named', name: 'Petra Vosk', description: 'the mayor', resolution: 'role', verb: 'promise' }],
  },
  {
    title: 'a role with nobody to resolve to keeps its description',
    text: '“We will rebuild,” promised the mayor.',
    expect: [{ text: 'We will rebuild', kind: 'direct', speaker: 'anonymous', description: 'the mayor', resolution: 'unresolved' }],
  },
  {
    title: 'mixed quote: fragments inside reported speech',
    text: 'Interior Minister Janek Ots called the strike “a cowardly act” and vowed a response.',
    expect: [{ text: 'the strike “a cowardly act” and vowed a response', kind: 'mixed', speaker: 'named', name: 'Janek Ots', role: 'Interior Minister', verb: 'call', fragments: ['a cowardly act'] }],
  },
  {
    title: 'scare quotes have no speaker',
    text: 'The so-called “quiet zone” was hit twice.',
    expect: [{ text: 'quiet zone', kind: 'mixed', speaker: 'none' }],
    count: 1,
  },
  {
    title: 'a French quote in English text is marked',
    text: 'Minister Aline Morel told reporters: « Nous ne céderons pas devant cette menace, et nous le dirons. »',
    expect: [{ text: 'Nous ne céderons pas', kind: 'direct', speaker: 'named', name: 'Aline Morel', verb: 'tell', lang: 'fr' }],
  },
  {
    title: 'an English quote in English text is not marked',
    text: 'Minister Aline Morel told reporters: “We will not give in to this threat, and we will say so.”',
    expect: [{ text: 'We will not give in', kind: 'direct', speaker: 'named', name: 'Aline Morel' }],
  },
  {
    title: 'a pronoun agrees with an indefinite person',
    text: 'A woman filmed the blast from her balcony. “The windows shook,” she said.',
    expect: [{ text: 'The windows shook', kind: 'direct', speaker: 'anonymous', description: 'A woman', resolution: 'pronoun' }],
  },
  {
    title: 'an unclosed quote stops at its paragraph',
    text: '“This will not stand, the envoy said after the vote.\nMeanwhile, rescuers said the fire was out.',
    expect: [
      { text: 'This will not stand, the envoy said after the vote.', kind: 'direct', speaker: 'none' },
      { text: 'the fire was out', kind: 'indirect', speaker: 'anonymous', description: 'rescuers' },
    ],
  },
  {
    title: 'name with appositive role and a that-clause',
    text: 'Ilse Marr, a spokeswoman for the Northern Rail Company, said that trains would resume on Monday.',
    expect: [{ text: 'trains would resume on Monday', kind: 'indirect', speaker: 'named', name: 'Ilse Marr', role: 'a spokeswoman for the Northern Rail Company' }],
  },
  {
    title: 'things that show are not speakers',
    text: 'Videos posted online showed smoke over the depot. Satellite images reviewed by researchers suggest a fire.',
    expect: [],
    count: 0,
  },
  {
    title: 'headline capitals are no speaker',
    text: 'CITY IN SHOCK AS MAYOR SAYS “ENOUGH”\nThe council met at noon.',
    expect: [{ text: 'ENOUGH', kind: 'mixed', speaker: 'none' }],
  },
];

for (const c of cases) {
  test(`quotes: ${c.title}`, () => {
    const quotes = extractQuotes(c.text);
    assert.deepEqual(quoteSpanProblems(c.text, quotes), []);
    if (c.count !== undefined) assert.equal(quotes.length, c.count, JSON.stringify(quotes.map((q) => q.text)));
    for (const e of c.expect) {
      const q = quotes.find((x) => x.text.startsWith(e.text));
      assert.ok(q, `no quote starting "${e.text}" in ${JSON.stringify(quotes.map((x) => x.text))}`);
      assert.equal(q.kind, e.kind);
      assert.equal(q.speaker.kind, e.speaker);
      if (e.name !== undefined) assert.equal(q.speaker.name, e.name);
      if (e.description !== undefined) assert.equal(q.speaker.description, e.description);
      if (e.role !== undefined) assert.equal(q.speaker.role, e.role);
      if (e.resolution !== undefined) assert.equal(q.speaker.resolution, e.resolution);
      if (e.verb !== undefined) assert.equal(q.verb?.lemma, e.verb);
      if (e.via !== undefined) assert.equal(q.via?.text, e.via);
      assert.equal(q.lang, e.lang);
      if (e.fragments) assert.deepEqual(q.fragments?.map(([s, t]) => c.text.slice(s, t)), e.fragments);
    }
  });
}

test('quotes: ids follow text order', () => {
  const text = '“One,” said Ana Pol. Officials said two. “Three,” said Ana Pol.';
  const quotes = extractQuotes(text);
  assert.deepEqual(quotes.map((q) => q.id), quotes.map((_, i) => `q${i + 1}`));
  for (let i = 1; i < quotes.length; i++) assert.ok(quotes[i - 1]!.range[0] <= quotes[i]!.range[0]);
});

test('quotes: paragraphs handed in decide the language of a quote through their foreign spans', () => {
  const text = 'The envoy answered: “Wir bleiben hier und wir kämpfen weiter.” Then he left.';
  const open = text.indexOf('“') + 1;
  const close = text.indexOf('”');
  const quotes = extractQuotes(text, {
    paragraphs: [{ range: [0, text.length], lang: 'en', confidence: 0.9, foreign: [{ range: [open, close], lang: 'de', confidence: 0.95 }] }],
  });
  const q = quotes.find((x) => x.kind === 'direct');
  assert.equal(q?.lang, 'de');
});

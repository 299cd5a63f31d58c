import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanText } from '../clean/clean-text.js';
import { detectParagraphs } from './detect-paragraphs.js';

// ../shared/data relative to the repository root
const SEEDS = fileURLToPath(new URL('../../../../shared/data/seeds/', import.meta.url));
const present = existsSync(SEEDS);

function seed(prefix: string): string {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  assert.ok(name, `seed ${prefix} is missing`);
  return readFileSync(SEEDS + name, 'utf8');
}

const QUOTE_MARKS = /["“”«»„]/u;

describe('detectParagraphs on the seed reports', { skip: present ? false : `seed reports absent at ${SEEDS}` }, () => {
  it('004: the French quotation inside an English paragraph is one fr span covering the whole quote', () => {
    const text = cleanText(seed('004_')).text;
    const ps = detectParagraphs(text);
    const spans = ps.flatMap((p) => p.foreign.map((f) => ({ p, f })));
    assert.equal(spans.length, 1);
    const { p, f } = spans[0]!;
    assert.equal(p.lang, 'en');
    assert.equal(f.lang, 'fr');
    assert.ok(f.confidence >= 0.8);
    const quoted = text.slice(f.range[0], f.range[1]);
    assert.ok((quoted.match(/\p{L}+/gu)?.length ?? 0) >= 20, 'a whole sentence, not a word');
    assert.match(text.slice(f.range[0] - 1, f.range[0]), QUOTE_MARKS);
    assert.match(text.slice(f.range[1], f.range[1] + 1), QUOTE_MARKS);
  });

  it('000–003: English reports full of Russian and Ukrainian names have no foreign spans', () => {
    for (const prefix of ['000_', '001_', '002_', '003_']) {
      const ps = detectParagraphs(cleanText(seed(prefix)).text);
      assert.deepEqual(ps.flatMap((p) => p.foreign), [], prefix);
      assert.deepEqual([...new Set(ps.map((p) => p.lang))].filter((l) => l !== 'en' && l !== 'und'), [], prefix);
    }
  });

  it('000: the comment form would be Vietnamese if it were kept', () => {
    const raw = seed('000_');
    const ps = detectParagraphs(raw);
    assert.deepEqual(ps.slice(-2).map((p) => p.lang), ['vi', 'vi']);
    assert.ok(ps.slice(0, -2).every((p) => p.lang === 'en'));
  });

  it('paragraphs follow each text’s own separators', () => {
    // 001 puts one paragraph per line; 000 separates paragraphs by blank lines
    const t1 = cleanText(seed('001_')).text;
    assert.equal(detectParagraphs(t1).length, t1.split('\n').filter((l) => l.trim()).length);
    const t0 = cleanText(seed('000_')).text;
    assert.equal(detectParagraphs(t0).length, t0.split(/\n\s*\n/u).filter((l) => l.trim()).length);
  });
});

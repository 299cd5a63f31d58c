import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanText } from './clean-text.js';
import { checkRemovals } from './check-removals.js';
import { textLines } from './text-lines.js';

// ../shared/data relative to the repository root
const SEEDS = fileURLToPath(new URL('../../../../shared/data/seeds/', import.meta.url));
const present = existsSync(SEEDS);

function seed(prefix: string): string {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  assert.ok(name, `seed ${prefix} is missing`);
  return readFileSync(SEEDS + name, 'utf8');
}

/** Where the boilerplate starts, found by its first words; the whole text when none is known. */
const BOILERPLATE_START = ['Để lại', 'I have been working', 'Latest Contents'];

/** The article part: from the first line of five or more words up to the known boilerplate. */
function articlePart(extracted: string): string {
  const starts = BOILERPLATE_START.map((w) => extracted.indexOf(w)).filter((i) => i >= 0);
  const end = starts.length ? Math.min(...starts) : extracted.length;
  const first = textLines(extracted).find((l) => (l.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 5);
  return extracted.slice(first?.start ?? 0, end);
}

function sentences(s: string): string[] {
  return s
    .split(/\n+|(?<=[.!?…]["”’]?)\s+(?=["“‘\p{Lu}])/u)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

const nonBlank = (text: string) => textLines(text).filter((l) => !l.blank);

describe('cleanText on the seed reports', { skip: present ? false : `seed reports absent at ${SEEDS}` }, () => {
  const all = present ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];

  for (const name of all) {
    it(`${name}: loses no sentence of the article and records every cut faithfully`, () => {
      const extracted = readFileSync(SEEDS + name, 'utf8');
      const r = cleanText(extracted);
      assert.deepEqual(checkRemovals(extracted, r.text, r.removed), []);
      const part = articlePart(extracted);
      assert.ok(part.length > 1000, 'article part found');
      for (const s of sentences(part)) assert.ok(r.text.includes(s), `lost: ${s}`);
    });
  }

  it('000: cuts the Vietnamese comment form at the end', () => {
    const extracted = seed('000_');
    const r = cleanText(extracted);
    const lines = nonBlank(extracted);
    const form = r.removed.find((x) => x.reason === 'comment-form');
    assert.ok(form, 'a comment-form removal');
    assert.match(form.detail, /:vi$/u);
    // the form is the last two lines: its heading and its fixed sentences
    assert.deepEqual(form.range, [lines[lines.length - 2]!.start, lines[lines.length - 1]!.end]);
    assert.equal(form.at, r.text.length);
    assert.equal(r.removed.length, 1);
  });

  it('001: cuts the closing author bio and reads the "Source:" credit', () => {
    const extracted = seed('001_');
    const r = cleanText(extracted);
    const lines = nonBlank(extracted);
    const last = lines[lines.length - 1]!;
    assert.deepEqual(
      r.removed.map((x) => [x.reason, x.range[0], x.range[1]]),
      [['author-bio', last.start, last.end]],
    );
    const credit = r.textMeta.creditedOrigin;
    assert.equal(credit?.name, 'Stern');
    assert.equal(credit?.cue, 'source-line');
    assert.equal(r.text.slice(credit!.range![0], credit!.range![1]), credit!.quote);
  });

  it('002 and 003: plain article bodies are left untouched', () => {
    for (const prefix of ['002_', '003_']) {
      const extracted = seed(prefix);
      const r = cleanText(extracted);
      assert.deepEqual(r.removed, [], prefix);
      assert.equal(r.text, extracted);
    }
  });

  it('004: cuts the page chrome and the "Latest Contents" block, and reads the page date', () => {
    const extracted = seed('004_');
    const r = cleanText(extracted);
    const lines = nonBlank(extracted);
    const today = r.removed.find((x) => x.detail === 'today-date');
    assert.equal(today?.reason, 'site-chrome');
    assert.deepEqual(today?.range, [lines[0]!.start, lines[0]!.end]);
    assert.equal(today?.at, 0);
    const related = r.removed.find((x) => x.reason === 'related-links');
    assert.ok(related, 'a related-links removal');
    assert.equal(related.range[0], extracted.indexOf('Latest Contents'));
    assert.equal(related.range[1], lines[lines.length - 1]!.end);
    assert.equal(related.at, r.text.length);
    assert.deepEqual(
      r.removed.filter((x) => x.range[1] <= lines[3]!.start).map((x) => x.reason),
      ['site-chrome', 'site-chrome', 'site-chrome'],
    );
    const p = r.textMeta.published;
    assert.equal(p?.value, '2024-12-23');
    assert.equal(p?.precision, 'day');
    assert.equal(p?.from, 'site-chrome');
    assert.ok(p?.quote && extracted.includes(p.quote));
    // the headline is the first line once the chrome is gone
    assert.equal(r.textMeta.headline?.range?.[0], 0);
    assert.equal(r.textMeta.headline?.value, lines[3]!.text);
  });
});

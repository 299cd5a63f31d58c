import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gate, gatedTest, WordTriggers, type GatedPattern } from './word-triggers.js';
import { GATED_INCIDENT_PATTERNS } from '../incidents/incident-cues.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The example corpus's text and HTML files, read as plain strings, and a few invented lines. */
function texts(): string[] {
  const out: string[] = [];
  for (const sub of ['text', 'html']) {
    const dir = join(root, 'examples/corpus', sub);
    for (const f of readdirSync(dir)) out.push(readFileSync(join(dir, f), 'utf8'));
  }
  out.push(
    'Drones struck a fuel depot in Melkow overnight; the fire burned until dawn. Talks are due to open next week.',
    'THE MINISTRY DENIED ANY INVOLVEMENT. Officials declined to comment, and air-raid sirens sounded for hours.',
    'A mis-spelt Kelvin sign \u212a and a long \u017f are word characters to /iu: "\u212aILLED", "ca\u017fualties".',
    'Over the past weeks attacks have been increasing; the city is often shelled and will be rebuilt.',
  );
  return out;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/u).filter((s) => s.length > 0);
}

/** Checks a gated pattern against the pattern alone on every sentence of the texts; returns how many matched. */
function agrees(p: GatedPattern, corpus: readonly string[]): number {
  let matched = 0;
  const single = new RegExp(p.re.source, p.re.flags.replace('g', ''));
  for (const text of corpus) {
    for (const s of sentences(text)) {
      const plain = single.test(s);
      assert.equal(gatedTest(p, s), plain, `${p.re.source.slice(0, 60)} on "${s.slice(0, 80)}"`);
      if (plain) matched++;
    }
  }
  return matched;
}

describe('WordTriggers', () => {
  const t = new WordTriggers(['will', 'plan', 'is']);

  it('finds trigger words by prefix, in any case, only at word starts', () => {
    assert.equal(t.in('The council PLANS a vote.'), true);
    assert.equal(t.in('The council will vote.'), true);
    assert.equal(t.in('The airplane landed; goodwill followed.'), false);
    assert.equal(t.in('It is planned.', 2, 4), false);
    assert.equal(t.in('It is planned.', 3, 5), true);
  });

  it('reads a stretch as its own string: a word cut at its start counts from there', () => {
    const s = 'goodwill';
    assert.equal(t.in(s, 4), true);
    assert.equal(t.in(s, 0), false);
  });

  it('never rules out a stretch holding ſ or the Kelvin sign', () => {
    assert.equal(t.in('ſo be it'), true);
    assert.equal(t.in('no \u212a here'), true);
  });
});

describe('gated patterns find what the patterns alone find', () => {
  const corpus = texts();

  it('on a toy pattern', () => {
    const p = gate(/\b(?:will|plans? to)\s+\w+/i, ['will', 'plan']);
    assert.ok(agrees(p, corpus) > 0);
    assert.equal(gatedTest(p, 'The council PLANS TO vote.'), true);
    assert.equal(gatedTest(p, 'The council voted.'), false);
  });

  it('for the incident cue patterns', () => {
    let n = 0;
    for (const p of GATED_INCIDENT_PATTERNS) n += agrees(p, corpus);
    assert.ok(n > 5, `${n} sentences matched`);
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { syntheticReport } from '../../../bench/synthetic-reports.js';
import { scanReportPlain, scanReportRaw } from './report-scan.js';
import { WordScan } from './word-scan.js';
import { SentenceMatches, scanAll } from './sentence-matches.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The example corpus's text and HTML files, some synthetic reports, and invented lines at the edges of the triggers. */
function texts(): string[] {
  const out: string[] = [];
  for (const sub of ['text', 'html']) {
    const dir = `${ROOT}examples/corpus/${sub}/`;
    for (const f of readdirSync(dir)) out.push(readFileSync(dir + f, 'utf8'));
  }
  for (let i = 0; i < 60; i++) out.push(syntheticReport(i).text);
  out.push(
    'THE FIRE spread after an AIR-RAID ALERT; Air raid sirens sounded and an air  raid was feared. Airstrikes hit the Kolvo district.',
    'Drones were shot   down over Velmorsk; the debris fell onto a roof. Officials have been increasing patrols, as they do every night for weeks.',
    'In\u00a0Tolvany, in\n\nVelmorsk and over the border city of Saldek, on the approaches to Marovka: the\u00a0Saldek region and the Kolvo district.',
    'The ministry declined to comment, has not yet responded, neither confirmed nor denied, and no official comment from Dorvania came.',
    'Karvelia held Dorvania responsible and took responsibility for nothing to do with it; Dorvanian forces had fired and were staging raids.',
    'A mis-spelt Kelvin sign \u212a and a long \u017f: "\u212aILLED", "ca\u017fualties", the \u017ftrike in Velmorsk.',
    'x_in Tolvany 2in Velmorsk in9 Saldek the_the Saldek region — in Ølberg, in Ärvika and the Ångermanland region.',
  );
  return out;
}

describe('the one-pass report scan', () => {
  it('finds exactly what each pattern finds on its own', () => {
    let matches = 0;
    for (const text of texts()) {
      const plain = scanReportPlain(text);
      assert.deepEqual(scanReportRaw(text), plain, text.slice(0, 80));
      for (const list of plain) matches += list.length;
    }
    assert.ok(matches > 500, `only ${matches} matches: the texts do not exercise the patterns`);
  });

  it('reads the seed reports the same way', (t) => {
    const dir = `${ROOT}../shared/data/seeds/`;
    if (!existsSync(dir)) return t.skip('no ../shared/data/seeds next to the repository');
    for (const f of readdirSync(dir)) {
      const text = readFileSync(dir + f, 'utf8');
      assert.deepEqual(scanReportRaw(text), scanReportPlain(text), f);
    }
  });

  it('rejects a pattern that is not global and a one-letter trigger', () => {
    assert.throws(() => new WordScan([{ re: /\bin\b/, prefixes: ['in'] }]));
    assert.throws(() => new WordScan([{ re: /\ba\b/g, prefixes: ['a'] }]));
  });
});

describe('whole-text matches handed out to sentences', () => {
  const re = /\b(?:in|over)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)/gu;
  const text = 'Drones over Velmorsk\n\nResidents in Tolvany said. A strike in Saldek Port, then calm in Kolvo.';
  const m = new SentenceMatches(re, text);
  const slice = (from: number, to: number) => scanAll(re, text.slice(from, to), from);

  it('equal a scan of each sentence, where a match runs across the sentence end', () => {
    const heading = text.indexOf('\n');
    // The whole-text match "Velmorsk\n\nResidents" crosses the heading's end: the heading is scanned alone.
    assert.deepEqual(m.in(0, heading), slice(0, heading));
    assert.equal(m.in(0, heading)[0]?.groups[0], 'Velmorsk');
    const second = text.indexOf('A strike');
    assert.deepEqual(m.in(heading + 2, second - 1), slice(heading + 2, second - 1));
    assert.deepEqual(m.in(second, text.length), slice(second, text.length));
    assert.deepEqual(
      m.in(second, text.length).map((x) => x.groups[0]),
      ['Saldek Port', 'Kolvo'],
    );
  });

  it('equal a scan of the slice where a sentence edge cuts a word', () => {
    const at = text.indexOf('in Tolvany');
    assert.deepEqual(m.in(at + 1, text.length), slice(at + 1, text.length));
    assert.equal(m.test(at + 1, at + 12), re.test(text.slice(at + 1, at + 12)));
  });
});

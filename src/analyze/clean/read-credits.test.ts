import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAccordingTo, readTranslatedFrom } from './read-credits.js';

test('a credit cue counts only where it does not follow a letter', () => {
  const t = 'Two drones fell on the depot, according to Reuters, and a third was jammed.';
  const got = readAccordingTo(t);
  assert.equal(got?.name, 'Reuters');
  assert.equal(got?.quote, 'according to Reuters');
  assert.equal(readAccordingTo('The notaccording to Reuters line is a typo, not a credit.'), undefined);
});

test('a cue inside a word that is no cue is still found after it', () => {
  // "as reported by" is glued to the word before; "reported by" after its space is a cue of its own.
  const t = 'The claim was Xas reported by AFP on Tuesday.';
  const got = readAccordingTo(t);
  assert.equal(got?.quote, 'reported by AFP');
  assert.equal(got?.range?.[0], t.indexOf('reported'));
});

test('cues in other scripts and a translation credit', () => {
  assert.equal(readAccordingTo('Два беспилотника сбиты, сообщает ТАСС со ссылкой на ТАСС.')?.cue, 'according-to');
  const tr = readTranslatedFrom('This article was translated from Der Spiegel by our desk.');
  assert.equal(tr?.name, 'Der Spiegel');
  assert.equal(readTranslatedFrom('Untranslated from the start, the memo leaked.'), undefined);
});

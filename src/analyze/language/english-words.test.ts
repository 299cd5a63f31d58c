import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import stored from '../../../models/language/english-words.json' with { type: 'json' };
import { isEnglishWord, surelyEnglish } from './english-words.js';
import { decodeWordHashes, decodeWordList, encodeWordHashes, encodeWordList, type StoredWordList } from './word-list-codec.js';

// Invented sentences: places, people and events are made up.
describe('english word list', () => {
  const list = stored as StoredWordList;

  it('stores the hashes of exactly its words', () => {
    const words = decodeWordList(list.words);
    assert.equal(words.length, list.count);
    assert.deepEqual([...words].sort(), words, 'words are sorted');
    assert.equal(encodeWordHashes(words), list.hashes);
    assert.equal(decodeWordHashes(list.hashes).length, list.count);
  });

  it('front-codes and decodes a list unchanged', () => {
    const words = ['bridge', 'bridged', 'bridges', 'ferry', 'ferryman', 'river'];
    const coded = encodeWordList(words);
    assert.ok(coded.length < words.join('').length);
    assert.deepEqual(decodeWordList(coded), words);
  });

  it('finds words in place, in any case, and their plain inflections', () => {
    const text = 'The FERRIES carried commuters; drones circled.';
    const at = (w: string) => [text.indexOf(w), text.indexOf(w) + w.length] as const;
    for (const w of ['The', 'FERRIES', 'carried', 'commuters', 'drones', 'circled']) assert.ok(isEnglishWord(text, ...at(w)), w);
    assert.equal(isEnglishWord('Varnetsk', 0, 8), false);
    assert.equal(isEnglishWord('pont', 0, 4), false);
  });
});

describe('surelyEnglish', () => {
  it('holds for short English sentences with few function words', () => {
    for (const s of [
      'Ilse Marrow told reporters on Tuesday.',
      'Every launch site will be found.',
      'a provocation meant to justify escalation',
      "The mayor didn't say it's over; they're gone.",
      'Ferries carried commuters across the flooded river.',
    ]) {
      assert.ok(surelyEnglish(s), s);
    }
  });

  it('does not hold for other languages, even written in a–z', () => {
    for (const s of [
      'Der Stadtrat hat am Dienstag beschlossen, die alte Brücke neu zu bauen.',
      'Nous ne céderons jamais devant ceux qui veulent détruire notre ville.',
      'A câmara votou na terça-feira a reconstrução da velha ponte.',
      'Rada miasta zagłosowała we wtorek za odbudową starego mostu.',
      'Il consiglio comunale ha votato per ricostruire il vecchio ponte.',
      'Городской совет проголосовал за восстановление моста.',
    ]) {
      assert.equal(surelyEnglish(s), false, s);
    }
  });

  it('needs three lower-case words: names and capitals say nothing', () => {
    assert.equal(surelyEnglish('Ilse Marrow, Varnetsk Council'), false);
    assert.equal(surelyEnglish('Ferries resume today'), false);
    assert.ok(surelyEnglish('Ferries resume across the river'));
  });

  it('reads only the stretch it is given', () => {
    const text = 'Der Stadtrat tagt. The council met on Tuesday at noon.';
    assert.equal(surelyEnglish(text), false);
    assert.ok(surelyEnglish(text, text.indexOf('The'), text.length));
  });
});

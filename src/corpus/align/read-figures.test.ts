import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractNumbers } from '../../analyze/numbers/extract-numbers.js';
import type { NumericFact } from '../../analyze/numbers/numeric-types.js';
import { fileURLToPath } from 'node:url';
import { geocode } from '../../analyze/places/geocode.js';
import { usePlacesFiles } from '../../analyze/places/user-places.js';
import { countScope, countsElsewhere } from './count-scope.js';
import { facetLabel } from './read-report-facts.js';
import { casualtyCategory, readCasualtyFigure, readWeaponFigure } from './read-figures.js';
import { partyOf, speakerKey } from './party-key.js';

// Invented sentences about an invented attack on Harrowgate, in the invented state of Norvia (adjective: Norvian).

function figure(text: string, words: string): NumericFact {
  const n = extractNumbers(text).find((f) => f.text.toLowerCase().startsWith(words.toLowerCase()));
  assert.ok(n, `a figure "${words}" is read in: ${text}`);
  return n;
}

const isCountry = (name: string) => partyOf(name).key === 'norvia';

test('the area a count covers comes from the words after it, up to the end of its clause', () => {
  const cases: Array<[string, string, string]> = [
    ['Air defence destroyed seven drones over the city and its outskirts, the mayor said.', 'seven drones', 'place'],
    ['The ministry said 23 drones had been destroyed over the country overnight, seven of them over Harrowgate.', '23 drones', 'country'],
    ['The ministry said 23 drones had been destroyed over Norvia between midnight and dawn.', '23 drones', 'country'],
    ['It said 23 drones were destroyed over Norvian territory.', '23 drones', 'country'],
    ['Eleven drones were brought down over the Harrowgate region, the ministry added.', 'Eleven drones', 'region'],
    ['Two guided missiles were launched from Norvian territory towards Harrowgate.', 'Two guided missiles', 'place'],
    ['Two drones have been destroyed on approach to the city, the mayor wrote.', 'Two drones', 'place'],
  ];
  for (const [text, words, scope] of cases) {
    const n = figure(text, words);
    assert.equal(countScope(text, n.range, 'Harrowgate', isCountry), scope, text);
  }
});

test('a toll is read from the whole, not from the people it is made of, increments or back-references', () => {
  const text =
    'Two residents were injured overnight, officials said. A 58-year-old woman and a 64-year-old man were taken to hospital with shrapnel wounds. ' +
    'Three more residents sought treatment later. One of the two residents died at noon.';
  assert.equal(readCasualtyFigure(figure(text, 'Two residents'), text), 'total');
  assert.equal(readCasualtyFigure(figure(text, 'A 58-year-old woman'), text), 'lower-bound');
  assert.equal(readCasualtyFigure(figure(text, 'Three more residents'), text), 'skip');
  assert.equal(readCasualtyFigure(figure(text, 'One of the two'), text), 'skip');
});

test('the verb right after a figure decides killed or injured over a cue further back', () => {
  const text = 'The governor said a 41-year-old man had died and two others were injured when the depot was hit.';
  const others = figure(text, 'two others');
  assert.equal(casualtyCategory(others, text), 'injured');
});

test('denials and debris are not counts: "has not launched a single drone", "a downed drone"', () => {
  const text = '"Norvia has not launched a single drone towards Harrowgate," the spokesman said. Debris from a downed drone hit a roof. A drone hit the port.';
  const numbers = extractNumbers(text);
  const denial = numbers.find((n) => n.text.includes('single'))!;
  const debris = numbers.find((n) => n.text.startsWith('a downed'))!;
  const hit = numbers.find((n) => n.text === 'A drone')!;
  assert.ok(denial && debris && hit, 'the numbers stage reads the three figures');
  assert.equal(readWeaponFigure(denial, text, 'launched'), 'skip');
  assert.equal(readWeaponFigure(debris, text, 'intercepted'), 'skip');
  assert.equal(readWeaponFigure(hit, text, 'hit'), 'lower-bound');
});

test('parties and speakers meet across spellings', () => {
  assert.equal(partyOf('Norvian').key, partyOf('Norvia').key);
  assert.equal(partyOf("Norvia's forces").key, partyOf('Norvia').key);
  assert.equal(partyOf('Russian').key, 'cc:RU');
  assert.equal(speakerKey('Kasimir Odvalen', 'person'), speakerKey('Odvalen', 'person'));
  assert.equal(speakerKey("Norvia's Ministry of Defence", 'institution', new Set(['norvia'])), speakerKey('Defense Ministry', 'institution'));
});

test('a part of a count told by area is the incident\'s only when the area is: another region\'s figure is not', () => {
  // The example corpus's invented places: Velmorsk, Pritzava and Saldek are in three regions of Karvelia.
  usePlacesFiles([fileURLToPath(new URL('../../../examples/places.tsv', import.meta.url))]);
  const velmorsk = { name: 'Velmorsk', geo: geocode('Velmorsk')! };
  assert.ok(velmorsk.geo, 'the places file is read');
  const isKarvelia = (name: string) => partyOf(name).key === 'karvelia';
  const text = 'The ministry said 23 drones had been destroyed over Karvelia: 11 over the Velmorsk region, eight over the Pritzava region and four over the Saldek region.';
  const at = (words: string) => figure(text, words).range;
  assert.equal(countsElsewhere(text, at('11'), velmorsk, isKarvelia), false);
  assert.equal(countScope(text, at('11'), 'Velmorsk', isKarvelia), 'region');
  assert.equal(countsElsewhere(text, at('eight'), velmorsk, isKarvelia), true);
  assert.equal(countsElsewhere(text, at('four'), velmorsk, isKarvelia), true);
  assert.equal(countsElsewhere(text, at('23 drones'), velmorsk, isKarvelia), false);
  // A district of the city is in the city's region; a place the gazetteer does not know is never called elsewhere.
  assert.equal(countsElsewhere(text, at('11'), { name: 'Kolvo', geo: geocode('Kolvo')! }, isKarvelia), false);
  assert.equal(countsElsewhere(text, at('eight'), { name: 'Velmorsk' }, isKarvelia), false);
});

test('"one of which was intercepted" is a count; "one of the downed drones" points back', () => {
  const text = 'Norvian forces fired two guided missiles at Harrowgate, one of which was intercepted. Debris from one of the downed drones hit a roof.';
  assert.equal(readWeaponFigure(figure(text, 'one of which'), text, 'intercepted'), 'total');
  assert.equal(readWeaponFigure(figure(text, 'one of the downed'), text, 'intercepted'), 'skip');
});

test('count labels say what is counted as it is written, not as its key spells it', () => {
  assert.equal(facetLabel('count:intercepted:misiles@harowgate', 'Harrowgate'), 'missiles intercepted over Harrowgate');
  assert.equal(facetLabel('count:unspecified:drones@harowgate/region', 'Harrowgate'), 'drones (no stated fate) over the Harrowgate region');
});

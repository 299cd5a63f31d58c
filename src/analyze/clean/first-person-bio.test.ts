import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { careerBioCue } from './first-person-bio.js';
import { cleanText } from './clean-text.js';

// Invented writers, outlets and places.
describe('careerBioCue', () => {
  it('recognises career bios that open with no fixed phrase', () => {
    const bios: Array<[string, string]> = [
      [
        'I started out as a sub-editor on a coastal weekly and have spent the past decade reporting on shipping and trade. My stories have appeared in the Harbor Ledger and on Meridian Radio.',
        'en',
      ],
      [
        'Before joining this site I spent six years on the foreign desk of a national daily, first as a reporter and later as its Balkans correspondent. I also write for a monthly review of European affairs.',
        'en',
      ],
      [
        'Ich arbeite seit zwölf Jahren als Korrespondentin in Mitteleuropa. Meine Reportagen erscheinen in mehreren Regionalzeitungen, und ich schreibe regelmäßig für ein Wochenmagazin.',
        'de',
      ],
      [
        "J'ai commencé ma carrière comme correspondant à Lyon. Mes reportages ont paru dans plusieurs quotidiens régionaux et j'écris aussi pour une revue mensuelle.",
        'fr',
      ],
    ];
    for (const [bio, lang] of bios) assert.equal(careerBioCue(bio), `bio-career:${lang}`, bio);
  });

  it('leaves first-person article paragraphs alone', () => {
    const kept = [
      // a witness: quoted speech
      '"I have spent twenty years as a caretaker in this building, and my work has appeared in no newspaper until today," said Olek Varga, 58.',
      // a columnist's argument: a sentence that is not about the writer
      'I started out as a reporter on this border and my columns have appeared here for ten years. Both governments must now step back from the brink before the talks open.',
      // career words, but nothing says where the writer's work appears
      'I have spent fifteen years as a reporter on this river, and I have never seen it this high. My neighbours say the same.',
      // where the work appears, but no path or role
      'My work has appeared in many places. I think the council is wrong about the bridge.',
      // too short to be a bio
      'My work has appeared as an editor.',
    ];
    for (const p of kept) assert.equal(careerBioCue(p), undefined, p);
  });

  it('only cuts a career paragraph at the end of the article', () => {
    const body = 'Flooding closed the main bridge in Varnetsk on Tuesday, city officials said.';
    const bio =
      'I started out as a sub-editor on a coastal weekly and have spent the past decade reporting on shipping and trade. My stories have appeared in the Harbor Ledger and on Meridian Radio.';
    const atEnd = cleanText(`${body}\n\n${bio}`);
    assert.deepEqual(
      atEnd.removed.map((r) => [r.reason, r.detail, r.text]),
      [['author-bio', 'bio-career:en', bio]],
    );
    const inside = `${body}\n\n${bio}\n\nThe water agency expects the river to fall by Friday.`;
    assert.deepEqual(cleanText(inside).removed, []);
  });
});

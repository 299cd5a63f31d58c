import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Paragraph } from '../../model/document.js';
import { detectParagraphs } from './detect-paragraphs.js';

// Invented sentences: places, people and events are made up.
function holds(text: string, ps: readonly Paragraph[]): void {
  let prevEnd = 0;
  for (const p of ps) {
    const [s, e] = p.range;
    assert.ok(prevEnd <= s && s < e && e <= text.length, `paragraph range [${s}, ${e})`);
    assert.equal(text.slice(s, e), text.slice(s, e).trim(), 'paragraph ranges are trimmed');
    for (const f of p.foreign) assert.ok(s <= f.range[0] && f.range[0] < f.range[1] && f.range[1] <= e, 'foreign span inside its paragraph');
    prevEnd = e;
  }
}

const single: Array<[string, string]> = [
  ['en', 'The council of Varnetsk voted on Tuesday to rebuild the old river bridge before winter.'],
  ['de', 'Der Stadtrat von Varnetsk hat am Dienstag beschlossen, die alte Flussbrücke vor dem Winter neu zu bauen.'],
  ['fr', 'Le conseil municipal de Varnetsk a voté mardi la reconstruction du vieux pont avant l’hiver.'],
  ['es', 'El concejo de Varnetsk votó el martes reconstruir el viejo puente del río antes del invierno.'],
  ['it', 'Il consiglio comunale di Varnetsk ha votato martedì per ricostruire il vecchio ponte prima dell’inverno.'],
  ['pt', 'A câmara de Varnetsk votou na terça-feira a reconstrução da velha ponte antes do inverno.'],
  ['pl', 'Rada miasta Varnetsk zagłosowała we wtorek za odbudową starego mostu przed zimą.'],
  ['ru', 'Городской совет Варнецка во вторник проголосовал за восстановление старого моста до зимы.'],
  ['uk', 'Міська рада Варнецька у вівторок проголосувала за відбудову старого мосту до зими.'],
  ['vi', 'Hội đồng thành phố Varnetsk hôm thứ Ba đã bỏ phiếu xây lại cây cầu cũ trước mùa đông.'],
];

describe('detectParagraphs: paragraph language', () => {
  for (const [lang, text] of single) {
    it(`reads ${lang}`, () => {
      const ps = detectParagraphs(text);
      assert.equal(ps.length, 1);
      assert.equal(ps[0]!.lang, lang);
      assert.ok(ps[0]!.confidence >= 0.5, `confidence ${ps[0]!.confidence}`);
      assert.deepEqual(ps[0]!.foreign, []);
    });
  }

  it("gives 'und' to what is too short to tell", () => {
    const ps = detectParagraphs('OK.\n\n12:40');
    assert.deepEqual(ps.map((p) => p.lang), ['und', 'und']);
  });

  it('reads a paragraph in capitals', () => {
    assert.equal(detectParagraphs('FLOODS CLOSE THE OLD BRIDGE AS THE RIVER KEEPS RISING')[0]?.lang, 'en');
  });
});

describe('detectParagraphs: foreign spans', () => {
  it('marks a quoted French sentence inside an English paragraph', () => {
    const quote = 'Nous ne céderons jamais devant ceux qui veulent détruire notre ville et ses ponts.';
    const text = `The mayor, speaking at the ceremony, said: "${quote}" Her words were met with applause from the crowd.`;
    const [p] = detectParagraphs(text);
    assert.equal(p?.lang, 'en');
    assert.equal(p?.foreign.length, 1);
    const f = p!.foreign[0]!;
    assert.equal(f.lang, 'fr');
    assert.equal(text.slice(f.range[0], f.range[1]), quote);
    assert.ok(f.confidence >= 0.8);
  });

  it('marks a Russian quotation in guillemets and an unquoted German sentence', () => {
    const ru = 'Мы будем защищать город до последнего дня и не отступим ни на шаг.';
    const de = 'Wir lassen uns von diesen Angriffen nicht einschüchtern und bauen alles wieder auf.';
    const text = `The governor wrote on Telegram: «${ru}» A German visitor added in his own language. ${de} Officials did not respond.`;
    const [p] = detectParagraphs(text);
    assert.equal(p?.lang, 'en');
    assert.deepEqual(
      p!.foreign.map((f) => [f.lang, text.slice(f.range[0], f.range[1])]),
      [['ru', ru], ['de', de]],
    );
  });

  it('marks an English quotation inside a Spanish paragraph', () => {
    const en = 'We will not stop until every family has a safe place to sleep tonight.';
    const text = `La alcaldesa visitó el refugio el martes y, en inglés, dijo a los periodistas: “${en}” Después se reunió con los voluntarios.`;
    const [p] = detectParagraphs(text);
    assert.equal(p?.lang, 'es');
    assert.deepEqual(p!.foreign.map((f) => [f.lang, text.slice(f.range[0], f.range[1])]), [['en', en]]);
  });

  it('does not make spans of names, places or short foreign terms', () => {
    const texts = [
      'Volodymyr Zelenskyy, Mykhailo Podoliak and Dmytro Kuleba met in Kyiv on Tuesday to discuss air defence.',
      'Drones were reported over Khmelnytskyi, Ternopil, Mykolaiv and Zaporizhzhia before dawn.',
      'The Kremlin calls it a «спецоперация», a term the ministry insists on.',
      'Sergei Shoigu and Dmitri Peskov said “Moscow is safe” after the attack.',
      'Officials in Warszawa, Kraków and Gdańsk said they had received no warning from Brussels.',
    ];
    for (const t of texts) {
      const [p] = detectParagraphs(t);
      assert.equal(p?.lang, 'en', t);
      assert.deepEqual(p?.foreign, [], t);
    }
  });
});

describe('detectParagraphs: what a paragraph is', () => {
  it('splits on blank lines when the text uses them', () => {
    const text = 'First paragraph, one line.\n\nSecond paragraph\ncontinues on a second line.\n\n\nThird.';
    const ps = detectParagraphs(text);
    holds(text, ps);
    assert.deepEqual(
      ps.map((p) => text.slice(p.range[0], p.range[1])),
      ['First paragraph, one line.', 'Second paragraph\ncontinues on a second line.', 'Third.'],
    );
  });

  it('splits on single newlines when the text puts one paragraph per line', () => {
    const text = [
      'The river rose nearly two metres overnight after three days of heavy rain across the region.',
      'Mayor Lidia Broz said repairs to the bridge would take at least a week.',
      'Ferries will run every half hour until then.',
    ].join('\n');
    const ps = detectParagraphs(text);
    holds(text, ps);
    assert.equal(ps.length, 3);
  });

  it('keeps a hard-wrapped paragraph whole and ends it at a short line', () => {
    const para1 = [
      'The river rose nearly two metres overnight after three days of heavy',
      'rain across the region, and by morning the water had reached the old',
      'stone arches of the bridge that links the two halves of the city, the',
      'regional water agency said in a statement.',
    ];
    const para2 = [
      'Mayor Lidia Broz told reporters outside the town hall that repairs to',
      'the bridge would take at least a week once the water had gone down and',
      'that ferries would carry commuters across the river until then.',
    ];
    const text = [...para1, ...para2].join('\n');
    const ps = detectParagraphs(text);
    holds(text, ps);
    assert.deepEqual(ps.map((p) => text.slice(p.range[0], p.range[1])), [para1.join('\n'), para2.join('\n')]);
    assert.deepEqual(ps.map((p) => p.lang), ['en', 'en']);
  });

  it('keeps hard-wrapped paragraphs separated by blank lines whole', () => {
    const text =
      'The river rose nearly two metres overnight after three days of heavy\nrain across the region, the agency said.\n\n' +
      'Mayor Lidia Broz said repairs would take at least a week once the\nwater had gone down, and ferries would run.';
    const ps = detectParagraphs(text);
    holds(text, ps);
    assert.equal(ps.length, 2);
  });

  it('returns no paragraphs for an empty text', () => {
    assert.deepEqual(detectParagraphs(''), []);
    assert.deepEqual(detectParagraphs('\n\n  \n'), []);
  });
});

describe('detectParagraphs: short English sentences', () => {
  it('reads a paragraph of short sentences with few function words as English, and still finds a foreign quote in it', () => {
    const de = 'Wir bauen die Brücke noch vor dem Winter wieder auf.';
    const text = `Ferries resumed crossings on Friday. Ilse Marrow told waiting reporters: "${de}" Commuters cheered from the landing.`;
    const [p] = detectParagraphs(text);
    assert.equal(p?.lang, 'en');
    assert.ok(p!.confidence >= 0.9, `confidence ${p!.confidence}`);
    assert.deepEqual(p!.foreign.map((f) => [f.lang, text.slice(f.range[0], f.range[1])]), [['de', de]]);
  });

  it('reads a headline-like line of English words as English', () => {
    const [p] = detectParagraphs('Seven drones downed over Varnetsk, army spokesman says');
    assert.equal(p?.lang, 'en');
  });
});

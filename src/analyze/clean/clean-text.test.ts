import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText } from './clean-text.js';
import { checkRemovals } from './check-removals.js';
import * as cues from './removal-cues.js';

// Invented reports: outlets, people and events are made up.
const BODY_EN = [
  'Flooding closed the main bridge in Varnetsk on Tuesday, city officials said.',
  'The river rose nearly two metres overnight after three days of rain, according to the regional water agency.',
  'Mayor Lidia Broz told reporters that repairs would take at least a week.',
].join('\n\n');

interface CutCase {
  name: string;
  input: string;
  /** Reasons of the removals, in order. */
  reasons: string[];
  /** Words each removal's text must start with, in order. */
  starts: string[];
}

const cutCases: CutCase[] = [
  {
    name: 'English WordPress comment form with fields',
    input: `${BODY_EN}\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nComment *\n\nName *\n\nEmail *\n\nWebsite\n\nSave my name, email, and website in this browser for the next time I comment.\n\nPost Comment\n\nΔ`,
    reasons: ['comment-form'],
    starts: ['Leave a Reply'],
  },
  {
    name: 'German comment form',
    input: `${BODY_EN}\n\nSchreibe einen Kommentar\nDeine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert\nKommentar *\nName *\nE-Mail *\nWebsite\nKommentar abschicken`,
    reasons: ['comment-form'],
    starts: ['Schreibe einen Kommentar'],
  },
  {
    name: 'French comment form',
    input: `${BODY_EN}\n\nLaisser un commentaire\n\nVotre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *`,
    reasons: ['comment-form'],
    starts: ['Laisser un commentaire'],
  },
  {
    name: 'Spanish comment form',
    input: `${BODY_EN}\n\nDeja una respuesta\nTu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *`,
    reasons: ['comment-form'],
    starts: ['Deja una respuesta'],
  },
  {
    name: 'Italian comment form',
    input: `${BODY_EN}\n\nLascia un commento\n\nIl tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *`,
    reasons: ['comment-form'],
    starts: ['Lascia un commento'],
  },
  {
    name: 'Portuguese comment form',
    input: `${BODY_EN}\n\nDeixe um comentário\nO seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *`,
    reasons: ['comment-form'],
    starts: ['Deixe um comentário'],
  },
  {
    name: 'Polish comment form',
    input: `${BODY_EN}\n\nDodaj komentarz\n\nTwój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *`,
    reasons: ['comment-form'],
    starts: ['Dodaj komentarz'],
  },
  {
    name: 'Russian comment form',
    input: `${BODY_EN}\n\nДобавить комментарий\nВаш адрес email не будет опубликован. Обязательные поля помечены *`,
    reasons: ['comment-form'],
    starts: ['Добавить комментарий'],
  },
  {
    name: 'Ukrainian comment form',
    input: `${BODY_EN}\n\nЗалишити коментар\n\nВаша адреса електронної пошти не буде опублікована. Обов’язкові поля позначені *`,
    reasons: ['comment-form'],
    starts: ['Залишити коментар'],
  },
  {
    name: 'Vietnamese comment form',
    input: `${BODY_EN}\n\nĐể lại một bình luận\n\nEmail của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *`,
    reasons: ['comment-form'],
    starts: ['Để lại một bình luận'],
  },
  {
    name: 'related block with teasers, truncated snippets and dates at the end',
    input: `${BODY_EN}\n\nYou may also like\nFerry Strike Ends After Nine Days\n\nFerry Strike Ends After Nine Days\n\nWorkers at the Varnetsk ferry terminal voted on Sunday to return…\n14 March 2025\nNew Tram Line Opens\n\nThe long-delayed tram line finally carried its first…\n13 March 2025`,
    reasons: ['related-links'],
    starts: ['You may also like'],
  },
  {
    name: 'German "Lesen Sie auch" link and a one-line "READ MORE:" link mid-article',
    input: `Der Stadtrat von Varnetsk hat am Dienstag den Haushalt beschlossen.\n\nLesen Sie auch: Brücke bleibt eine Woche gesperrt\n\nDie Opposition stimmte dagegen.\n\nREAD MORE: Council approves budget\n\nThe vote was 31 to 12.`,
    reasons: ['related-links', 'related-links'],
    starts: ['Lesen Sie auch', 'READ MORE'],
  },
  {
    name: 'share, follow and advert lines',
    input: `${BODY_EN}\n\nAdvertisement\n\nThe water agency expects the river to fall by Friday.\n\nFollow us on Telegram\n\nShare this article\nFacebook Twitter WhatsApp Email`,
    reasons: ['advertisement', 'subscribe-line', 'share-line', 'share-line'],
    starts: ['Advertisement', 'Follow us on Telegram', 'Share this article', 'Facebook'],
  },
  {
    name: 'Russian subscribe call and a cookie notice',
    input: `Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с этим.\n\nВ Варнецке в среду закрыли мост из-за наводнения.\n\nПодписывайтесь на наш Telegram-канал\n\nВода поднялась почти на два метра.`,
    reasons: ['page-boilerplate', 'subscribe-line'],
    starts: ['Мы используем', 'Подписывайтесь'],
  },
  {
    name: 'breadcrumb, section label, German date line above the headline',
    input: `Startseite › Welt › Europa\nPolitik\nMontag, 23. Dezember 2024, 10:15 Uhr\n\nBrücke in Varnetsk bleibt gesperrt\n\nDer Fluss stieg über Nacht um fast zwei Meter.`,
    reasons: ['navigation', 'site-chrome', 'site-chrome'],
    starts: ['Startseite', 'Politik', 'Montag'],
  },
  {
    name: 'headline repeated on the next line',
    input: `Bridge In Varnetsk Closed By Floods\nBridge in Varnetsk closed by floods\n\n${BODY_EN}`,
    reasons: ['duplicate-heading'],
    starts: ['Bridge in Varnetsk closed by floods'],
  },
  {
    name: 'third-person bio of an author the article never mentions',
    input: `${BODY_EN}\n\nAna Torres is a senior correspondent who covers energy and security for the Harbor Ledger.`,
    reasons: ['author-bio'],
    starts: ['Ana Torres'],
  },
  {
    name: 'bio under an "About the author" heading, followed by a copyright line',
    input: `${BODY_EN}\n\nAbout the author\nTomas Varga has written about central Europe since 2015 and lives in Brno.\n\n© 2025 Harbor Ledger. All rights reserved.`,
    reasons: ['author-bio', 'page-boilerplate'],
    starts: ['About the author', '© 2025'],
  },
  {
    name: 'German first-person bio',
    input: `Der Fluss stieg über Nacht um fast zwei Meter, teilte die Wasserbehörde mit.\n\nIch bin Redakteurin bei der Hafenzeitung und schreibe seit zehn Jahren über Umwelt- und Verkehrsthemen für Zeitung und Online-Ausgabe.`,
    reasons: ['author-bio'],
    starts: ['Ich bin Redakteurin'],
  },
  {
    name: 'English first-person career bio with no fixed opener',
    input: `${BODY_EN}\n\nI began my career on the courts beat of a city daily and have spent the last nine years covering energy and transport, the past four as deputy business editor. My reporting has also appeared in several regional newspapers, and I write a weekly column for the Harbor Ledger.`,
    reasons: ['author-bio'],
    starts: ['I began my career'],
  },
  {
    name: 'English first-person bio stating role and where the work appears',
    input: `${BODY_EN}\n\nI'm a freelance correspondent based in Brno, and my main beat is central European politics. My work has appeared in newspapers and on radio across the region.`,
    reasons: ['author-bio'],
    starts: ["I'm a freelance correspondent"],
  },
  {
    name: 'Spanish first-person career bio',
    input: `Las inundaciones cerraron el puente principal de Varnetsk el martes, según el ayuntamiento.\n\nLlevo doce años trabajando como redactora de internacional. Mis artículos han aparecido en varios diarios de la región y colaboro regularmente con una revista de Lima.`,
    reasons: ['author-bio'],
    starts: ['Llevo doce años'],
  },
  {
    name: 'a closing promotion of the outlet\'s own bulletin',
    input: `${BODY_EN}\n\nListen to the full interview with the mayor in our evening programme.`,
    reasons: ['page-boilerplate'],
    starts: ['Listen to the full interview'],
  },
  {
    name: 'stacked closing promotions (the full video report, the live page) cut as one run',
    input: `${BODY_EN}\n\nWatch the full video report on our website.\nFollow our live coverage of the floods for updates through the night.`,
    reasons: ['page-boilerplate'],
    starts: ['Watch the full video report'],
  },
  {
    name: 'agency copyright notice with a year and no © sign',
    input: `${BODY_EN}\n\nCopyright 2025 Harbor Wire Service. All rights reserved. This material may not be redistributed.`,
    reasons: ['page-boilerplate'],
    starts: ['Copyright 2025'],
  },
];

describe('cleanText cuts boilerplate', () => {
  for (const c of cutCases) {
    it(c.name, () => {
      const r = cleanText(c.input);
      assert.deepEqual(r.removed.map((x) => x.reason), c.reasons, JSON.stringify(r.removed, null, 1));
      r.removed.forEach((x, i) => assert.ok(x.text.startsWith(c.starts[i]!), `removal ${i} starts ${JSON.stringify(x.text.slice(0, 40))}`));
      for (const x of r.removed) assert.ok(!r.text.includes(x.text), `cut text still in the cleaned text: ${x.text.slice(0, 40)}`);
      assert.deepEqual(checkRemovals(c.input, r.text, r.removed), []);
    });
  }
});

interface KeepCase {
  name: string;
  input: string;
}

const keepCases: KeepCase[] = [
  {
    name: '"Leave a comment" inside an article paragraph',
    input: `${BODY_EN}\n\nResidents who want to leave a comment on the repair plan have until Friday. Leave a comment, the mayor said, is not the same as lodging an objection.`,
  },
  {
    name: 'an article quoting "subscribe" and a quoted banner line',
    input: `${BODY_EN}\n\nThe stream's host urged viewers to "subscribe and share" minutes before the feed was cut.\n\n"Subscribe to our channel," the banner read.`,
  },
  {
    name: 'a closing sentence about a reporter the article is about',
    input: `Maria Okafor, a reporter for the Lagos Ledger, was detained on Monday while covering a protest outside the ministry.\n\nPolice released her on Tuesday without charge.\n\nOkafor is a reporter who covers climate and energy for the Ledger.`,
  },
  {
    name: 'a first-person closing sentence by a reporter on the ground',
    input: `${BODY_EN}\n\nI have been a reporter in Varnetsk for ten years, and I have never seen the river this high.`,
  },
  {
    name: 'a hard-wrapped paragraph with a call to follow inside a sentence',
    input:
      'The regional broadcaster kept its live stream running through the night and told viewers to\n' +
      'follow us on Telegram for updates, a line its presenters repeated every few minutes as the\n' +
      'water rose around the studio building on the embankment.',
  },
  {
    name: 'sentences that start like cues',
    input: `Share prices of the utility fell 4 percent on Monday.\n\nRelated to the closure, the ferry company added two extra crossings.\n\nRead more about the plan in the council's report, which runs to 40 pages.\n\nOn 23 December 2024, the council met again.`,
  },
  {
    name: 'a one-line article',
    input: 'Floods closed the main bridge in Varnetsk on Tuesday.',
  },
  {
    name: 'a closing witness quote in the first person about a working life',
    input: `${BODY_EN}\n\n"I started out as a ferry mechanic and have spent thirty years on this river, and my work has never stopped for a flood before," said Emil Radek, 61.`,
  },
  {
    name: 'a columnist\'s closing argument about their own career',
    input: `${BODY_EN}\n\nI started out covering the river authority as a junior reporter, and I have spent fifteen years writing about this bridge. My columns have warned since 2019 that its pillars were failing. The council can no longer say it was not told.`,
  },
  {
    name: 'a first-person closing paragraph of reportage',
    input: `${BODY_EN}\n\nI spent the night in the school gymnasium with forty evacuated families. By morning my phone showed the first messages from the mayor, and the water had reached the second step of the town hall.`,
  },
  {
    name: 'a promotion-like line in the middle of the article',
    input: `${BODY_EN}\n\nListen to the full report in our evening bulletin.\n\nThe water agency expects the river to fall by Friday.`,
  },
  {
    name: 'a closing line that reports what someone said',
    input: `${BODY_EN}\n\nListen to the full interview, in which the mayor said the bridge could reopen on Friday.`,
  },
  {
    name: 'a closing line ending in "Cancel reply" that is not a form heading',
    input: `${BODY_EN}\n\nThe app's outage left users staring at a greyed-out button marked Cancel reply`,
  },
];

describe('cleanText keeps article text', () => {
  for (const c of keepCases) {
    it(c.name, () => {
      const r = cleanText(c.input);
      assert.deepEqual(r.removed, []);
      assert.equal(r.text, c.input);
    });
  }
});

describe('cleanText cuts a comment form as one block to the end', () => {
  // WordPress prints the form heading and its "cancel reply" link on one line, then the fixed
  // sentence, the field labels (required ones marked "*") and the button.
  const forms: Array<[string, string]> = [
    ['en', 'Leave a Reply to Marta Kolar Cancel reply\nYour email address will not be published.\nComment *\nName *\nEmail *\nPost Comment'],
    ['en', 'Leave a Reply Cancel reply\n\nYour email address will not be published. Required fields are marked *\n\nComment *\n\nName *\n\nEmail *\n\nWebsite\n\nPost Comment'],
    ['de', 'Schreibe einen Kommentar Antworten abbrechen\nDeine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert\nKommentar *\nName *\nE-Mail *\nWebsite\nKommentar abschicken'],
    ['de', 'Kommentar hinterlassen\nIhre E-Mail-Adresse wird nicht veröffentlicht.\nIhr Kommentar *\nIhr Name *\nAbsenden'],
    ['fr', 'Laisser un commentaire Annuler la réponse\n\nVotre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *\n\nCommentaire *\n\nNom *\n\nAdresse de messagerie *\n\nSite web\n\nLaisser un commentaire'],
    ['es', 'Deja una respuesta Cancelar la respuesta\nTu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *\nComentario *\nNombre *\nCorreo electrónico *\nWeb\nPublicar el comentario'],
    ['it', 'Lascia un commento Annulla risposta\nIl tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *\nCommento *\nNome *\nEmail *\nSito web\nInvia commento'],
    ['pl', 'Dodaj komentarz Anuluj pisanie odpowiedzi\n\nTwój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *\n\nKomentarz *\n\nNazwa *\n\nE-mail *\n\nWitryna\n\nZapisz moje dane, adres e-mail i witrynę w przeglądarce aby wypełnić dane podczas pisania kolejnych komentarzy.\n\nOpublikuj komentarz'],
    ['ru', 'Оставить комментарий Отменить ответ\nВаш адрес email не будет опубликован. Обязательные поля помечены *\nКомментарий *\nИмя *\nEmail *\nСайт\nОтправить комментарий'],
    ['uk', 'Залишити відповідь Скасувати відповідь\nВаша адреса електронної пошти не буде опублікована. Обов’язкові поля позначені *\nКоментар *\nІм’я *\nЕлектронна пошта *\nВідповісти'],
    ['pt', 'Deixe uma resposta Cancelar resposta\nO seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *\nComentário *\nNome *\nE-mail *\nSite\nPublicar comentário'],
  ];
  for (const [lang, form] of forms) {
    it(`${lang}: ${form.slice(0, form.indexOf('\n'))}`, () => {
      const input = `${BODY_EN}\n\n${form}`;
      const r = cleanText(input);
      assert.equal(r.removed.length, 1, JSON.stringify(r.removed.map((x) => x.text)));
      const cut = r.removed[0]!;
      assert.equal(cut.reason, 'comment-form');
      assert.match(cut.detail, new RegExp(`:${lang}$`, 'u'));
      assert.deepEqual(cut.range, [BODY_EN.length + 2, input.length]);
      assert.equal(r.text, BODY_EN);
      assert.deepEqual(checkRemovals(input, r.text, r.removed), []);
    });
  }

  it('leaves a required-looking label alone outside a form', () => {
    const input = `${BODY_EN}\n\nFootnote *\n\nThe figures are provisional.`;
    assert.deepEqual(cleanText(input).removed, []);
  });
});

describe('cleanText joins what is left', () => {
  it('keeps blank-line paragraph breaks when a middle line is cut', () => {
    const r = cleanText('First paragraph here.\n\nAdvertisement\n\nSecond paragraph here.');
    assert.equal(r.text, 'First paragraph here.\n\nSecond paragraph here.');
    assert.equal(r.removed[0]?.at, 'First paragraph here.\n\n'.length);
  });

  it('keeps single-newline separators in single-newline texts', () => {
    const r = cleanText('First paragraph here.\nAdvertisement\nSecond paragraph here.\nShare');
    assert.equal(r.text, 'First paragraph here.\nSecond paragraph here.');
    assert.deepEqual(r.removed.map((x) => x.at), ['First paragraph here.\n'.length, r.text.length]);
  });

  it('prefers the paragraph break when the separators on either side differ', () => {
    const r = cleanText('First paragraph here.\nAdvertisement\n\nSecond paragraph here.');
    assert.equal(r.text, 'First paragraph here.\n\nSecond paragraph here.');
    assert.deepEqual(checkRemovals('First paragraph here.\nAdvertisement\n\nSecond paragraph here.', r.text, r.removed), []);
  });

  it('handles CRLF line ends', () => {
    const input = 'Headline Of The Day\r\n\r\nBody sentence one.\r\n\r\nLeave a comment\r\n';
    const r = cleanText(input);
    assert.equal(r.text, 'Headline Of The Day\r\n\r\nBody sentence one.');
    assert.equal(r.removed[0]?.text, 'Leave a comment');
  });

  it('returns an empty text when everything is boilerplate', () => {
    const r = cleanText('Share\nAdvertisement');
    assert.equal(r.text, '');
    assert.deepEqual(checkRemovals('Share\nAdvertisement', r.text, r.removed), []);
  });
});

describe('cleanText reads metadata from the text', () => {
  it('takes a short first line without a final period as the headline', () => {
    const r = cleanText(`Floods Close Varnetsk Bridge For A Week\n\n${BODY_EN}`);
    assert.equal(r.textMeta.headline?.value, 'Floods Close Varnetsk Bridge For A Week');
    assert.deepEqual(r.textMeta.headline?.range, [0, 39]);
    assert.equal(r.textMeta.headline?.from, 'first-line');
  });

  it('does not take a first sentence as headline, nor the first line when the headline is known', () => {
    assert.equal(cleanText(BODY_EN).textMeta.headline, undefined);
    assert.equal(cleanText(`Floods Close Varnetsk Bridge\n\n${BODY_EN}`, { headlineKnown: true }).textMeta.headline, undefined);
  });

  it('takes an all-capitals first line as the headline even with a final period', () => {
    const r = cleanText(`FLOODS CLOSE VARNETSK BRIDGE.\n\n${BODY_EN}`);
    assert.equal(r.textMeta.headline?.value, 'FLOODS CLOSE VARNETSK BRIDGE.');
  });

  it('reads a byline under the headline', () => {
    const text = `Floods Close Varnetsk Bridge\nBy Jana Kovac and Pedro Alves\n\n${BODY_EN}`;
    const r = cleanText(text);
    assert.equal(r.textMeta.author?.value, 'Jana Kovac and Pedro Alves');
    const [s, e] = r.textMeta.author!.range!;
    assert.equal(r.text.slice(s, e), 'Jana Kovac and Pedro Alves');
  });

  it('reads a "Source:" line, which stays in the text', () => {
    const r = cleanText(`${BODY_EN}\nQuelle: Hafenzeitung`);
    assert.equal(r.textMeta.creditedOrigin?.name, 'Hafenzeitung');
    assert.equal(r.textMeta.creditedOrigin?.cue, 'source-line');
    const [s, e] = r.textMeta.creditedOrigin!.range!;
    assert.equal(r.text.slice(s, e), 'Quelle: Hafenzeitung');
  });

  it('reads a wire dateline with a dated place', () => {
    const r = cleanText('VARNETSK, 30 May 2023 (Reuters) - The main bridge was closed on Tuesday after floods.');
    assert.equal(r.textMeta.creditedOrigin?.name, 'Reuters');
    assert.equal(r.textMeta.creditedOrigin?.cue, 'wire-dateline');
    assert.deepEqual(r.textMeta.published, { value: '2023-05-30', precision: 'day', from: 'dateline', quote: 'VARNETSK, 30 May 2023 (Reuters) -' });
  });

  it('completes a dateline without a year from the page date, and credits AP by its full name', () => {
    const r = cleanText('Today: June 2, 2023\n\nVARNETSK, May 30 (AP) — The main bridge was closed on Tuesday after floods.');
    assert.equal(r.textMeta.creditedOrigin?.name, 'Associated Press');
    assert.equal(r.textMeta.published?.value, '2023-05-30');
    assert.equal(r.textMeta.published?.from, 'dateline');
    assert.equal(r.removed[0]?.detail, 'today-date');
  });

  it('reads bare and placed wire credits without dates', () => {
    for (const [line, name] of [
      ['(Reuters) — The main bridge was closed on Tuesday.', 'Reuters'],
      ['KYIV (AFP) - The main bridge was closed on Tuesday.', 'AFP'],
      ['NEW YORK, N.Y. (AP) — The main bridge was closed on Tuesday.', 'Associated Press'],
    ] as const) {
      const r = cleanText(line);
      assert.equal(r.textMeta.creditedOrigin?.name, name, line);
      assert.equal(r.textMeta.creditedOrigin?.cue, 'wire-dateline');
      assert.equal(r.textMeta.published, undefined);
      // the credit quotes the parenthesised agency, and its range points at it in the cleaned text
      const c = r.textMeta.creditedOrigin!;
      assert.match(c.quote, /^\(.+\)$/u);
      assert.equal(r.text.slice(c.range![0], c.range![1]), c.quote);
    }
  });

  it('credits any short agency name in parentheses after a dateline', () => {
    for (const [line, name] of [
      ['VARNETSK, May 30 (Harbor Wire) — The main bridge was closed on Tuesday.', 'Harbor Wire'],
      ['Varnetsk, May 30 (Northlight) - The main bridge was closed on Tuesday.', 'Northlight'],
      ['VARNETSK (KNV) – The main bridge was closed on Tuesday.', 'KNV'],
      ['LOWER BRENNA, Karsk, May 30 (Agence Meridien) — The main bridge was closed on Tuesday.', 'Agence Meridien'],
    ] as const) {
      const r = cleanText(`Bridge Closed In Varnetsk\n\n${line}`);
      const c = r.textMeta.creditedOrigin;
      assert.equal(c?.name, name, line);
      assert.equal(c?.cue, 'wire-dateline');
      assert.equal(c?.quote, `(${name})`);
      assert.equal(r.text.slice(c!.range![0], c!.range![1]), c!.quote);
    }
  });

  it('does not credit what else a text puts in parentheses at its start', () => {
    for (const line of [
      'VARNETSK (UPDATE 2) — The main bridge was closed on Tuesday.',
      'VARNETSK (Update) — The main bridge was closed on Tuesday.',
      'VARNETSK (Ukraine) — The main bridge was closed on Tuesday.',
      'VARNETSK, May 30 (Northlight): The main bridge was closed on Tuesday.',
      'Councillor Ana Ruiz (Independent) — who chairs the transport committee — voted against.',
      'VARNETSK, May 30 (a statement from the regional water agency) — The bridge was closed.',
      'The main bridge (Harbor Wire) — closed on Tuesday.',
    ]) {
      assert.equal(cleanText(line).textMeta.creditedOrigin, undefined, line);
    }
  });

  it('gives no date for a yearless dateline without a page date', () => {
    const r = cleanText('VARNETSK, May 30 (Reuters) - The main bridge was closed on Tuesday after floods.');
    assert.equal(r.textMeta.creditedOrigin?.name, 'Reuters');
    assert.equal(r.textMeta.published, undefined);
  });

  it('reads reporting credited to an agency, in several languages', () => {
    const cases: Array<[string, string]> = [
      ['The toll rose to 12, according to the Associated Press.', 'Associated Press'],
      ['Die Zahl der Toten stieg laut der Nachrichtenagentur dpa auf zwölf.', 'dpa'],
      ["Le bilan s'élève à douze morts, selon l'AFP.", 'AFP'],
      ['Число погибших выросло до 12, сообщает ТАСС.', 'TASS'],
    ];
    for (const [text, name] of cases) {
      const c = cleanText(text).textMeta.creditedOrigin;
      assert.equal(c?.name, name, text);
      assert.equal(c?.cue, 'according-to');
      assert.equal(text.slice(c!.range![0], c!.range![1]), c!.quote);
    }
  });

  it('does not credit a ministry or a lower-case word as an agency', () => {
    assert.equal(cleanText('The strike was a success, according to his ministry.').textMeta.creditedOrigin, undefined);
    assert.equal(cleanText('He told ap officials nothing.').textMeta.creditedOrigin, undefined);
  });

  it('reads a translation credit, but not a translator', () => {
    const r = cleanText(`${BODY_EN}\n\nThis article was translated from the German original in Der Spiegel.`);
    assert.equal(r.textMeta.creditedOrigin?.name, 'Der Spiegel');
    assert.equal(r.textMeta.creditedOrigin?.cue, 'translated-from');
    assert.equal(cleanText(`${BODY_EN}\n\nTranslated from German by Jane Doe.`).textMeta.creditedOrigin, undefined);
  });
});

describe('cue tables', () => {
  const sets = Object.entries(cues).filter((e): e is [string, cues.CueSet] => typeof e[1] === 'object' && e[1] !== null && 'rows' in e[1]);

  it('every table compiles and names a reason and a position', () => {
    assert.ok(sets.length >= 10);
    for (const [name, set] of sets) {
      assert.ok(set.reason.length > 0 && ['head', 'tail', 'anywhere', 'in-block'].includes(set.where), name);
      assert.ok(cues.compileCues(set.rows).cues.length > 0, name);
    }
  });

  it('comment forms are known in at least the ten languages the reports come in', () => {
    const langs = new Set(cues.COMMENT_FORM.rows.map((r) => r.lang));
    for (const l of ['en', 'de', 'fr', 'es', 'it', 'ru', 'uk', 'vi', 'pt', 'pl']) assert.ok(langs.has(l), l);
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Entity, EntityType } from './entity-types.js';
import { extractEntities } from './extract-entities.js';

const SEEDS = fileURLToPath(new URL('../../../../shared/data/seeds/', import.meta.url));

function seed(prefix: string): string | undefined {
  if (!existsSync(SEEDS)) return undefined;
  const name = readdirSync(SEEDS).find((n) => n.startsWith(prefix));
  return name === undefined ? undefined : readFileSync(SEEDS + name, 'utf8');
}

function entity(ents: Entity[], type: EntityType, canonical: string): Entity {
  const e = ents.find((x) => x.type === type && x.canonical === canonical);
  assert.ok(e, `${type} "${canonical}" not among ${JSON.stringify(ents.map((x) => `${x.type}:${x.canonical}`))}`);
  return e;
}

function texts(e: Entity, kind?: string): string[] {
  return e.mentions.filter((m) => kind === undefined || m.kind === kind).map((m) => m.text);
}

function place(ents: Entity[], canonical: string, country: string, precision: 1 | 2 | 3 = 1): Entity {
  const e = entity(ents, 'place', canonical);
  assert.equal(e.geo?.country, country, `${canonical} country`);
  assert.equal(e.geo?.precision, precision, `${canonical} precision`);
  return e;
}

const cases: Array<{ seed: string; check: (ents: Entity[], text: string) => void }> = [
  {
    seed: '001',
    check(ents) {
      const shoigu = entity(ents, 'person', 'Sergei Shoigu');
      assert.deepEqual(shoigu.roles, ['Defense Minister']);
      assert.ok(texts(shoigu, 'alias').filter((t) => t === 'Shoigu').length >= 2, 'later "Shoigu" mentions link to Sergei Shoigu');
      const putin = entity(ents, 'person', 'Vladimir Putin');
      assert.ok(texts(putin, 'role').includes('the Kremlin chief'), 'the Kremlin chief is Putin');
      assert.ok(texts(putin).includes('Vladimir Putin') && texts(putin).includes('Putin'));
      const podolyak = entity(ents, 'person', 'Mykhailo Podolyak');
      assert.ok(podolyak.aliases.includes('Mykhailo Podoliak'));
      assert.match(podolyak.roles?.[0] ?? '', /^adviser to President Volodymyr Zelenskyy/);
      const cleverly = entity(ents, 'person', 'James Cleverly');
      assert.deepEqual(cleverly.roles, ['British Foreign Secretary']);
      assert.ok(texts(cleverly).includes('Cleverly'));
      const zelenskyy = entity(ents, 'person', 'Volodymyr Zelenskyy');
      assert.ok(texts(zelenskyy, 'role').includes('the Ukrainian president'));
      assert.deepEqual(entity(ents, 'person', 'Dmitry Peskov').roles, ['Kremlin spokesman']);
      assert.deepEqual(entity(ents, 'person', 'Margus Tsahkna').roles, ['Estonian counterpart']);
      place(ents, 'Moscow', 'RU');
      const kyiv = place(ents, 'Kyiv', 'UA');
      assert.ok(kyiv.aliases.includes('Kiev') && texts(kyiv).includes('Kyiv'), 'Kiev and Kyiv are one place');
      place(ents, 'Moscow region', 'RU', 3);
      assert.ok(place(ents, 'Ternopil', 'UA').aliases.includes('Ternopol'));
      place(ents, 'Khmelnytskyi', 'UA');
      assert.ok(place(ents, 'Mykolaiv', 'UA').aliases.includes('Mykolayiv'));
      place(ents, 'Tallinn', 'EE');
      place(ents, 'Crimea', 'UA', 3);
      assert.ok(entity(ents, 'weapon', 'Pantsir').aliases.includes('Panzir'));
      entity(ents, 'weapon', 'Patriot');
      entity(ents, 'facility', 'Kremlin');
      entity(ents, 'organisation', 'United Nations');
      const mod = entity(ents, 'organisation', 'Russian Defense Ministry');
      assert.deepEqual(texts(mod), ['Russia’s Defense Ministry']);
    },
  },
  {
    seed: '003',
    check(ents) {
      const sobyanin = entity(ents, 'person', 'Sergei Sobyanin');
      assert.deepEqual(sobyanin.roles, ['Moscow Mayor']);
      assert.deepEqual(texts(sobyanin, 'role'), ['the mayor', 'the mayor'], '"the mayor" twice, both Sobyanin');
      place(ents, 'Belgorod', 'RU');
      place(ents, 'Moscow', 'RU');
      entity(ents, 'organisation', 'Telegram');
    },
  },
  {
    seed: '004',
    check(ents) {
      const kazan = place(ents, 'Kazan', 'RU');
      assert.equal(kazan.geo?.geonameId, 551487);
      place(ents, 'Donetsk', 'UA');
      place(ents, 'Kyiv', 'UA');
      const putin = entity(ents, 'person', 'Vladimir Putin');
      assert.ok(texts(putin).filter((t) => t === 'Putin').length >= 3);
      assert.deepEqual(putin.roles, ['President']);
    },
  },
  {
    seed: '000',
    check(ents) {
      const kofman = entity(ents, 'person', 'Michael Kofman');
      assert.deepEqual(kofman.roles, ['senior fellow at the Carnegie Endowment for International Peace']);
      const stanovaya = entity(ents, 'person', 'Tatiana Stanovaya');
      assert.deepEqual(stanovaya.roles, ['senior fellow at the Carnegie Russia Eurasia Center']);
      const zelenskyy = entity(ents, 'person', 'Volodymyr Zelenskyy');
      assert.ok(zelenskyy.aliases.includes('Volodymyr Zelensky'), 'Zelensky is spelled Zelenskyy');
      assert.ok(texts(zelenskyy, 'pronoun-like').length >= 2, '"he said" after his quote is Zelensky');
      const putin = entity(ents, 'person', 'Vladimir Putin');
      assert.deepEqual(texts(putin, 'title'), ['Mr. Putin', 'Mr. Putin']);
      assert.ok(putin.aliases.includes('Vladimir V. Putin'));
      const kremlin = entity(ents, 'facility', 'Kremlin');
      assert.ok(kremlin.mentions.length >= 5);
      assert.equal(kremlin.geo?.name, 'Moscow');
      entity(ents, 'facility', 'Red Square');
      place(ents, 'Crimea', 'UA', 3);
      assert.ok(entity(ents, 'organisation', 'NATO').mentions.length >= 3);
      entity(ents, 'organisation', 'Carnegie Endowment for International Peace');
      entity(ents, 'organisation', 'Ukrainian military intelligence agency');
      // Anonymous sources are not named people.
      const persons = ents.filter((e) => e.type === 'person').map((e) => e.canonical).sort();
      assert.deepEqual(persons, ['Michael Kofman', 'Tatiana Stanovaya', 'Vladimir Putin', 'Volodymyr Zelenskyy']);
    },
  },
  {
    seed: '002',
    check(ents) {
      place(ents, 'Moscow', 'RU');
      place(ents, 'Saint Petersburg', 'RU');
      entity(ents, 'person', 'Vladimir Putin');
      entity(ents, 'person', 'Donald Trump');
    },
  },
];

for (const c of cases) {
  test(`seed ${c.seed}: entities`, (t) => {
    const text = seed(c.seed);
    if (text === undefined) {
      t.skip('../shared/data/seeds absent');
      return;
    }
    const ents = extractEntities(text, { lang: 'en' });
    for (const e of ents) for (const m of e.mentions) assert.equal(text.slice(m.range[0], m.range[1]), m.text, `${e.id} span`);
    c.check(ents, text);
  });
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from './entity-types.js';
import { extractEntities } from './extract-entities.js';

/** `type:canonical` → mention texts as `text/kind`, for compact expectations. */
function summary(ents: Entity[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of ents) out[`${e.type}:${e.canonical}${e.type === 'place' ? `@${e.geo?.country}` : ''}`] = e.mentions.map((m) => `${m.text}/${m.kind}`);
  return out;
}

function holdsSpans(text: string, ents: Entity[]): void {
  for (const e of ents) {
    for (const m of e.mentions) {
      assert.ok(0 <= m.range[0] && m.range[0] < m.range[1] && m.range[1] <= text.length, `${e.id} range`);
      assert.equal(text.slice(m.range[0], m.range[1]), m.text);
    }
  }
}

// Invented reports: people, outlets and events here are made up.
const cases: Array<{ name: string; text: string; expect: Record<string, string[]>; roles?: Record<string, string[]> }> = [
  {
    name: 'title before a name, role reference after',
    text: 'Defence Minister Olena Marchuk visited Kharkiv on Monday. The minister said the Kharkiv region needed more Patriot batteries.',
    expect: {
      'person:Olena Marchuk': ['Olena Marchuk/name', 'The minister/role'],
      'place:Kharkiv@UA': ['Kharkiv/name'],
      'place:Kharkiv region@UA': ['Kharkiv region/name'],
      'weapon:Patriot': ['Patriot/name'],
    },
    roles: { 'Olena Marchuk': ['Defence Minister'] },
  },
  {
    name: 'two titled people, each role reference to its holder',
    text: 'Interior Minister Ivan Dorn met Mayor Lena Holt in Riga. The mayor thanked him. The minister left.',
    expect: {
      'person:Ivan Dorn': ['Ivan Dorn/name', 'The minister/role'],
      'person:Lena Holt': ['Lena Holt/name', 'The mayor/role'],
      'place:Riga@LV': ['Riga/name'],
    },
  },
  {
    name: 'lower-case role noun, honorific, spelling variants of a known name',
    text: "Kremlin spokesman Dmitry Peskov told reporters in Moscow that Mr. Peskov's statement stood. Peskow later denied it.",
    expect: {
      'facility:Kremlin': ['Kremlin/name'],
      'person:Dmitry Peskov': ['Dmitry Peskov/name', 'Mr. Peskov/title', 'Peskow/alias'],
      'place:Moscow@RU': ['Moscow/name'],
    },
    roles: { 'Dmitry Peskov': ['Kremlin spokesman'] },
  },
  {
    name: 'organisation with its acronym, lexicon acronym linked',
    text: "Ukraine's Security Service (SBU) detained a man in Odesa. The SBU said he had filmed the port.",
    expect: {
      'organisation:Ukrainian Security Service': ["Ukraine's Security Service/alias", 'SBU/alias', 'SBU/alias'],
      'place:Odesa@UA': ['Odesa/name'],
    },
  },
  {
    name: 'namesakes kept apart by their qualifiers',
    text: 'Moscow, Idaho police said the suspect had no ties to Moscow, Russia. Moscow was quiet.',
    expect: {
      'place:Moscow@US': ['Moscow/name'],
      'place:Idaho@US': ['Idaho/name'],
      'place:Moscow@RU': ['Moscow/name', 'Moscow/name'],
      'place:Russia@RU': ['Russia/name'],
    },
  },
  {
    name: 'oblast spellings, governor title, drone model, small town after "near"',
    text: "Residents of Belgorodskaya oblast' heard blasts; Governor Vyacheslav Gladkov said a Shahed-136 drone hit a depot near Shebekino.",
    expect: {
      'place:Belgorod region@RU': ['Belgorodskaya oblast/alias'],
      'person:Vyacheslav Gladkov': ['Vyacheslav Gladkov/name'],
      'weapon:Shahed': ['Shahed-136/alias'],
      'place:Shebekino@RU': ['Shebekino/name'],
    },
  },
  {
    name: 'facilities by cue word',
    text: 'The Ryazan oil refinery and the Engels air base were hit by drones, the governor of the Saratov region said.',
    expect: {
      'facility:Ryazan oil refinery': ['Ryazan oil refinery/name'],
      'facility:Engels air base': ['Engels air base/name'],
      'place:Saratov region@RU': ['Saratov region/name'],
    },
  },
  {
    name: 'weapon spellings and model numbers',
    text: 'Storm Shadow and SCALP missiles struck Sevastopol; an S-400 and two S400 launchers were destroyed, Kyiv says.',
    expect: {
      'weapon:Storm Shadow': ['Storm Shadow/name', 'SCALP/alias'],
      'place:Sevastopol@UA': ['Sevastopol/name'],
      'weapon:S-400': ['S-400/name', 'S400/alias'],
      'place:Kyiv@UA': ['Kyiv/name'],
    },
  },
  {
    name: 'transliterations and scripts of one city',
    text: "In Kiev, Київ residents heard the sirens. Ternopol' and Khmelnitsky were quiet.",
    expect: {
      'place:Kyiv@UA': ['Kiev/alias', 'Київ/alias'],
      'place:Ternopil@UA': ['Ternopol/alias'],
      'place:Khmelnytskyi@UA': ['Khmelnitsky/name'],
    },
  },
  {
    name: 'apposition gives the role; a new unnamed person blocks the pronoun',
    text: 'Tatiana Ivanova, an analyst at the Institute for the Study of War, said Russian forces advanced near Avdiivka. A soldier in Pokrovsk said he had seen them.',
    expect: {
      'person:Tatiana Ivanova': ['Tatiana Ivanova/name'],
      'organisation:Institute for the Study of War': ['Institute for the Study of War/name'],
      'organisation:Russian armed forces': ['Russian forces/alias'],
      'place:Avdiivka@UA': ['Avdiivka/name'],
      'place:Pokrovsk@UA': ['Pokrovsk/name'],
    },
    roles: { 'Tatiana Ivanova': ['analyst at the Institute for the Study of War'] },
  },
  {
    name: 'pronoun after a quote links to the speaker named before',
    text: 'General Anton Brisk inspected the lines near Lviv. “We hold,” he said.',
    expect: {
      'person:Anton Brisk': ['Anton Brisk/name', 'he/pronoun-like'],
      'place:Lviv@UA': ['Lviv/name'],
    },
  },
  {
    name: 'a surname goes to the namesake named nearest before it, the report before the lexicon',
    text: 'Running back Reggie Bush will miss the game. Bush hurt his knee, coach Sean Payton said. Former president George W. Bush was not there; Bush watched from Texas.',
    expect: {
      'person:Reggie Bush': ['Reggie Bush/name', 'Bush/alias'],
      'person:Sean Payton': ['Sean Payton/name'],
      'person:George W. Bush': ['George W. Bush/name', 'Bush/alias'],
      'place:Texas@US': ['Texas/name'],
    },
    roles: { 'Sean Payton': ['coach'] },
  },
  {
    name: 'two unknown capitalised words read as a name; streets and seas as places without a town',
    text: 'Residents of Tverskaya Street said Oksen Hrytsai fled toward the Black Sea coast.',
    expect: {
      'place:Tverskaya Street@undefined': ['Tverskaya Street/name'],
      'person:Oksen Hrytsai': ['Oksen Hrytsai/name'],
      'place:Black Sea@undefined': ['Black Sea/name'],
    },
  },
  {
    name: 'headline capitals: known names only, no invented people',
    text: 'Mayor Confirms Drone Attack On Kazan\nThe city of Kazan was hit overnight, officials said.',
    expect: { 'place:Kazan@RU': ['Kazan/name', 'Kazan/name'] },
  },
];

for (const c of cases) {
  test(`entities: ${c.name}`, () => {
    const ents = extractEntities(c.text, { lang: 'en' });
    holdsSpans(c.text, ents);
    assert.deepEqual(summary(ents), c.expect);
    for (const [who, roles] of Object.entries(c.roles ?? {})) {
      assert.deepEqual(ents.find((e) => e.canonical === who)?.roles, roles, `${who} roles`);
    }
  });
}

test('ids follow first mention and are stable for the same text', () => {
  const text = 'NATO met in Riga. Jens Stoltenberg spoke. NATO agreed.';
  const a = extractEntities(text);
  assert.deepEqual(a.map((e) => [e.id, e.canonical]), [['e1', 'NATO'], ['e2', 'Riga'], ['e3', 'Jens Stoltenberg']]);
  assert.deepEqual(extractEntities(text), a);
});

test('a report in another language keeps to lexicons, titles and the gazetteer', () => {
  const text = 'Der ukrainische Präsident Wolodymyr Selenskyj sagte in Kiew, Russland habe Charkiw angegriffen.';
  const ents = extractEntities(text, { lang: 'de' });
  holdsSpans(text, ents);
  assert.deepEqual(summary(ents), {
    'person:Volodymyr Zelenskyy': ['Wolodymyr Selenskyj/name'],
    'place:Kyiv@UA': ['Kiew/alias'],
    'place:Russia@RU': ['Russland/alias'],
    'place:Kharkiv@UA': ['Charkiw/name'],
  });
});

test('Cyrillic names resolve through the gazetteer and the people lexicon', () => {
  const text = 'Москва: над городом сбит беспилотник. Путин молчал.';
  const ents = extractEntities(text, { lang: 'ru' });
  assert.deepEqual(summary(ents), { 'place:Moscow@RU': ['Москва/alias'], 'person:Vladimir Putin': ['Путин/alias'] });
});

test('empty and name-free texts give no entities', () => {
  assert.deepEqual(extractEntities(''), []);
  assert.deepEqual(extractEntities('it was quiet and nobody said anything at all.'), []);
});

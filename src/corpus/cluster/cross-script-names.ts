/**
 * Latin keys for proper names written in Cyrillic, so that a report in Russian (or Ukrainian) and
 * one in English about the same event share their names: "Эдвин Корсак" and "Edvin Korsak",
 * "Прицаве" and "Pritzava", "Карвелии" and "Karvelia". A name is first brought back to the form a
 * dictionary lists (Russian case endings off), then written in Latin letters: as the gazetteer
 * names the place or country when it knows the form (Москва → Moscow, Прицава → Pritzava), else
 * by the romanisation English-language news uses (BGN/PCGN, simplified). Latin names are never
 * touched, so reports in Latin script keep exactly the keys they had.
 */
import { countryCode, countryName } from '../../analyze/places/countries.js';
import { gazetteer } from '../../analyze/places/gazetteer.js';
import { cachedNameKey } from '../../analyze/places/name-key.js';
import { userPlacesGeneration } from '../../analyze/places/user-places.js';

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Whether a word has Cyrillic letters. */
export function hasCyrillic(word: string): boolean {
  return CYRILLIC.test(word);
}

const RUSSIAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Letters of the other Cyrillic alphabets news names come in.
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
};
/** Ukrainian writes г for h and и for y: a word with a letter only Ukrainian has is read so. */
const UKRAINIAN_ONLY = /[іїєґ]/u;
const UKRAINIAN: Record<string, string> = { ...RUSSIAN, г: 'h', и: 'y', е: 'e', х: 'kh' };
const VOWELS = /[аеёиоуыэюяіїє]/u;

/**
 * A lower-case Cyrillic word in Latin letters, as English-language news writes Russian and
 * Ukrainian names: "корсак" → "korsak", "дмитрий" → "dmitry", "сергей" → "sergei",
 * "карвелия" → "karvelia", "евгений" → "yevgeny". Other characters are kept.
 */
export function romanize(word: string): string {
  const table = UKRAINIAN_ONLY.test(word) ? UKRAINIAN : RUSSIAN;
  // Name endings the press writes its own way.
  const ending = /(?:ий|ый)$/u.test(word) ? 'y' : /ей$/u.test(word) ? 'ei' : /ия$/u.test(word) ? 'ia' : undefined;
  const body = ending ? word.slice(0, -2) : word;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    const prev = i > 0 ? body[i - 1]! : '';
    // е after a vowel, a sign or at the start sounds "ye" (Yevgeny, Andreyev).
    if ((c === 'е' || c === 'ё') && table === RUSSIAN && (i === 0 || VOWELS.test(prev) || prev === 'ь' || prev === 'ъ')) out += 'ye';
    else out += table[c] ?? c;
  }
  return out + (ending ?? '');
}

/** Adjectival endings after -ск-/-цк-: place adjectives ("Прицавской области") and surnames ("Зеленского"). */
const ADJECTIVE = /^(.{3,}?[сц]к)(ий|ый|ой|ая|ое|ую|ого|ому|им|ым|ом|ие|ые|их|ых|ими|ыми|ей)$/u;
/** Surnames declined as adjectives: "Навального" (Навальный), "Толстому" (Толстой). */
const ADJECTIVAL_SURNAME = /^(.{3,})(?:ого|ому|его|ему)$/u;

/** Case endings of Russian nouns → the nominative endings they may come from, likeliest first. */
const NOUN_ENDINGS: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/(?:ии|ию|ией|иею|ия)$/u, ['ия']],
  [/(?:ой|ою)$/u, ['а', 'я']],
  [/(?:ом|ем)$/u, ['', 'ь', 'й']],
  [/ы$/u, ['а']],
  [/е$/u, ['', 'а', 'я', 'й', 'ь']],
  [/у$/u, ['а', '']],
  [/ю$/u, ['я', 'ь', 'й']],
  [/а$/u, ['а', '']],
  [/я$/u, ['я', 'ь', 'й']],
  [/и$/u, ['ь', 'я', 'а']],
];

/**
 * The forms a lower-case Cyrillic name may have in the dictionary, likeliest first (the word
 * itself when it may already be one): "прицаве" → прицав, прицава, …; "карвелии" → карвелия;
 * "прицавской" → прицавск, прицава, прицав, … (the places a -ск- adjective may be made from).
 */
export function dictionaryForms(word: string): string[] {
  const out: string[] = [];
  const add = (f: string) => {
    if (f.length >= 3 && !out.includes(f)) out.push(f);
  };
  const adj = ADJECTIVE.exec(word);
  if (adj) {
    const base = adj[1]!;
    add(base);
    const stem = base.slice(0, -2);
    for (const e of ['а', '', 'ия', 'ь', 'я']) add(stem + e);
    return out;
  }
  for (const [re, nominatives] of NOUN_ENDINGS) {
    const m = re.exec(word);
    if (!m) continue;
    const stem = word.slice(0, m.index);
    for (const e of nominatives) add(stem + e);
    return out;
  }
  add(word);
  return out;
}

/**
 * The form a person's name is listed under, when the report writes no other form of it: surnames
 * declined as adjectives ("зеленского" → зеленский, "навального" → навальный) and endings that
 * can only be oblique ("марии" → мария, "корсаком" → корсак) are taken back; any other form is
 * kept, as names said once are most often in the nominative ("сказал Шойгу", not a case of "Шойга").
 * A feminine nominative ("зеленская") stays as it is.
 */
export function personForm(word: string): string {
  const adj = ADJECTIVE.exec(word);
  if (adj) return adj[2] === 'ая' ? word : `${adj[1]}ий`;
  const surname = ADJECTIVAL_SURNAME.exec(word);
  if (surname) {
    const stem = surname[1]!;
    return /[кгхжшчщ]$/u.test(stem) || /(?:его|ему)$/u.test(word) ? `${stem}ий` : `${stem}ый`;
  }
  if (/(?:ии|ию|ией)$/u.test(word)) return word.replace(/(?:ии|ию|ией)$/u, 'ия');
  if (/[^аеёиоуыэюя]ом$/u.test(word) && word.length > 4) return word.slice(0, -2);
  return word;
}

/** A country or place a form may name: how English writes it, and how large it is (countries first). */
interface PlaceSpelling {
  name: string;
  rank: number;
  country: boolean;
}

const spellings = new Map<string, PlaceSpelling | null>();
const SPELLINGS_LIMIT = 20_000;
/** The places files the memo was filled with: a new `--places` file can name a form. */
let spellingsFor = -1;

/** The country or the most populous place a Cyrillic form names, when the gazetteer knows one by a one-word English name. */
function placeSpelling(form: string): PlaceSpelling | undefined {
  if (spellingsFor !== userPlacesGeneration()) (spellings.clear(), (spellingsFor = userPlacesGeneration()));
  let s = spellings.get(form);
  if (s === undefined) {
    if (spellings.size >= SPELLINGS_LIMIT) spellings.clear();
    s = null;
    const cc = countryCode(form);
    const country = cc ? countryName(cc) : undefined;
    if (country) s = { name: country, rank: Infinity, country: true };
    else {
      const g = gazetteer();
      for (const h of g.lookup(cachedNameKey(form))) {
        const p = g.place(h.place);
        if (!s || p.population > s.rank) s = { name: p.name, rank: p.population, country: false };
      }
    }
    if (s && !/^[\p{L}\p{M}]+$/u.test(s.name)) s = null;
    spellings.set(form, s);
  }
  return s ?? undefined;
}

/** The largest country or place any dictionary form of a Cyrillic form may name. */
function bestPlace(form: string): PlaceSpelling | undefined {
  let best: PlaceSpelling | undefined;
  for (const c of [form, ...dictionaryForms(form)]) {
    const p = placeSpelling(c);
    if (p && (!best || p.rank > best.rank)) best = p;
  }
  return best;
}

/** What a report says of its Cyrillic names, to key them. */
export interface CyrillicNameUse {
  /** Every capitalised Cyrillic form the report writes (lower case). */
  written: ReadonlySet<string>;
  /**
   * Forms written where a place goes: after a preposition of place ("в Прицаве", "из Киева") or
   * before a word for a region ("Прицавской области").
   */
  placeForms: ReadonlySet<string>;
}

/**
 * Latin keys of a report's Cyrillic name forms (lower case). A form is a country when the
 * countries table says so ("Карвелии" → karvelia). It is a place, keyed by the gazetteer's English
 * name of the most populous place any of its dictionary forms names ("Вене" is Vienna, not the
 * small town written so), when the report writes it where a place goes, or writes another form
 * of the same place there: names of people are often places somewhere too (Юрий, Галина,
 * Троцкий), and only the report's own words tell them apart. Any other form is a name, keyed by
 * romanising the dictionary form the report also writes ("Корсака" with "Корсак" → korsak), else
 * its likeliest nominative ("Зеленского" → zelensky, "в Острелине" → ostrelin).
 */
export function latinNameKeys(forms: Iterable<string>, use: CyrillicNameUse): Map<string, string> {
  const cyrillic = [...new Set(forms)].filter(hasCyrillic);
  const places = new Map(cyrillic.map((f) => [f, bestPlace(f)] as const));
  const placed = new Set<string>();
  for (const f of use.placeForms) {
    const p = places.get(f) ?? bestPlace(f);
    if (p) placed.add(p.name);
  }
  const out = new Map<string, string>();
  for (const form of cyrillic) {
    const p = places.get(form);
    if (p && (p.country || placed.has(p.name))) {
      out.set(form, p.name.toLowerCase());
      continue;
    }
    const listed = ADJECTIVE.test(form) ? undefined : dictionaryForms(form).filter((c) => c !== form && use.written.has(c)).sort((a, b) => a.length - b.length)[0];
    // After a preposition of place a name is in an oblique case ("в Острелине"); elsewhere most often a person's nominative.
    const fallback = use.placeForms.has(form) && !ADJECTIVE.test(form) ? (dictionaryForms(form)[0] ?? form) : personForm(form);
    out.set(form, romanize(listed ?? fallback));
  }
  return out;
}

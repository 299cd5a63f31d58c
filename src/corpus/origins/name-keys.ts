/**
 * Keys that let a name written in two scripts or two spellings meet: "Вестник Велморска" and
 * "Vestnik Velmorska", "Прицаве" and "Pritzava", "Сельницкий" and "Selnitsky".
 */

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz',
};

const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm',
  ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

/** Lower-case Latin letters for any Latin, Cyrillic or Greek text (accents dropped, ß → ss). */
export function latinise(s: string): string {
  let out = '';
  for (const ch of s.toLowerCase().normalize('NFKD')) {
    if (/\p{M}/u.test(ch)) continue;
    out += CYRILLIC[ch] ?? GREEK[ch] ?? (ch === 'ß' ? 'ss' : ch);
  }
  return out;
}

/**
 * A spelling-tolerant form of one word: Latin letters, common transliteration variants folded
 * (tz/ts, z/s, kh/h, w/v, y/j/i, doubled letters).
 */
export function soundKey(word: string): string {
  return latinise(word)
    .replace(/[^a-z0-9]/g, '')
    .replace(/tz/g, 'ts')
    .replace(/z/g, 's')
    .replace(/kh/g, 'h')
    .replace(/ck/g, 'k')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** Words that do not tell outlets apart: articles, legal forms, and generic trade words. */
const OUTLET_NOISE = new Set([
  'the', 'der', 'die', 'das', 'le', 'la', 'les', 'el', 'il', 'de', 'of',
  'news', 'agency', 'press', 'wire', 'service', 'online', 'com', 'net', 'org', 'www', 'ltd', 'inc', 'gmbh',
]);

/**
 * A key that two spellings of one outlet's name share: "The Northgate News Agency", "Northgate",
 * "northgate.example" → the same key; Cyrillic names meet their transliteration.
 */
export function outletKey(name: string): string {
  const words = latinise(name)
    .replace(/\.[a-z]{2,}$/, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !OUTLET_NOISE.has(w));
  return words.map(soundKey).join(' ');
}

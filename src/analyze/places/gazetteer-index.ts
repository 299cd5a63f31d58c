/**
 * The compact gazetteer index: GeoNames cities500 reduced to what geocoding needs, with every
 * useful name already turned into its loose key (see nameKey), one place per line, grouped by
 * country so coordinates and delta-coded ids compress well; stored brotli-compressed.
 *
 *   #corroborate-gazetteer v3 key=<NAME_KEY_VERSION> places=<n> entries=<m>
 *   @UA
 *   <id delta>\t<name>\t<admin1>\t<lat>\t<lon>\t<population>\t<feature>\t<primary keys>\t<alternate keys>
 *
 * `feature` is the GeoNames feature code without its `PPL` prefix ('' for PPL, 'C' capital,
 * 'A' first-order seat…). Primary keys come from the place's own and ASCII name; an empty field
 * means the key is the name in ASCII lower case. Alternate keys come from GeoNames' alternate
 * names (Kiev, Київ, Ternopol'). Keys in a field are separated by `|`.
 *
 * In memory the bytes stay as loaded; a typed-array hash table maps a key's hash to places, and
 * each hit is confirmed against the place's own line. Loading costs one decompression and one
 * pass over the bytes; there is no Map of 500k strings.
 */
import { NAME_KEY_VERSION, nameKey } from './name-key.js';

/** Column order of GeoNames' cities*.txt dumps. */
const COL = { id: 0, name: 1, ascii: 2, alternates: 3, lat: 4, lon: 5, featureCode: 7, country: 8, admin1: 10, population: 14 } as const;

/** Alternates worth keeping: Latin or Cyrillic names written with a capital, as news text would. */
const USABLE_ALTERNATE = /^\p{Lu}[\p{Script=Latin}\p{Script=Cyrillic}\p{M} '’ʼ.\-]*$/u;
/** Airport and other codes (MOW, IEV, EGO) would match acronyms in text. */
const CODE_LIKE = /^\p{Lu}{2,4}$/u;
const PLAIN_ASCII_NAME = /^[A-Za-z ]+$/;

export const GAZETTEER_HEADER = `#corroborate-gazetteer v3 key=${NAME_KEY_VERSION}`;

const CACHE_LIMIT = 20_000;
const TAB = 9;
const LF = 10;
const BAR = 124;
const AT = 64;

/** Turns GeoNames cities500.txt into the index text. Deterministic for the same input. */
export function buildGazetteerIndex(tsv: string): string {
  const rows: Array<{ id: number; country: string; fields: string[] }> = [];
  let entries = 0;
  let pos = 0;
  while (pos < tsv.length) {
    let eol = tsv.indexOf('\n', pos);
    if (eol === -1) eol = tsv.length;
    const c = tsv.slice(pos, eol).split('\t');
    pos = eol + 1;
    const id = Number(c[COL.id]);
    const name = c[COL.name] ?? '';
    if (!Number.isInteger(id) || id <= 0 || name === '' || name.includes('\t')) continue;
    const primary = new Set<string>();
    for (const n of [name, c[COL.ascii] ?? '']) {
      const k = nameKey(n);
      if (k) primary.add(k);
    }
    const alternates = new Set<string>();
    for (const alt of (c[COL.alternates] ?? '').split(',')) {
      if (!USABLE_ALTERNATE.test(alt) || CODE_LIKE.test(alt)) continue;
      const k = nameKey(alt);
      if (k.length >= 2 && !primary.has(k)) alternates.add(k);
    }
    entries += primary.size + alternates.size;
    const own = [...primary];
    const derivable = own.length === 1 && PLAIN_ASCII_NAME.test(name) && own[0] === name.toLowerCase();
    rows.push({
      id,
      country: c[COL.country] ?? '',
      fields: [
        name,
        c[COL.admin1] ?? '',
        Number(c[COL.lat]).toFixed(3),
        Number(c[COL.lon]).toFixed(3),
        String(Number(c[COL.population]) || 0),
        storedFeature(c[COL.featureCode] ?? ''),
        derivable ? '' : own.join('|'),
        [...alternates].sort().join('|'),
      ],
    });
  }
  rows.sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : a.id - b.id));
  const out: string[] = [`${GAZETTEER_HEADER} places=${rows.length} entries=${entries}`];
  let country: string | undefined;
  let prev = 0;
  for (const r of rows) {
    if (r.country !== country) {
      out.push(`@${r.country}`);
      country = r.country;
      prev = 0;
    }
    out.push(`${r.id - prev}\t${r.fields.join('\t')}`);
    prev = r.id;
  }
  return out.join('\n') + '\n';
}

/**
 * Feature codes are stored without their `PPL` prefix; others (AIRP, STLMT, from user files or
 * country extracts) are marked with `~` so the prefix is not put back on them when read.
 */
function storedFeature(code: string): string {
  if (code === '' || code.startsWith('PPL')) return code.slice(3);
  return `~${code}`;
}

/**
 * The index text of `extra` (built by buildGazetteerIndex) placed after the body of `main`,
 * as one index: the header sums both counts. Country groups may repeat; GazetteerIndex files a
 * repeated country under its first slot.
 */
export function mergeGazetteerIndexes(main: Buffer, extra: string): Buffer {
  const counts = (header: string): [number, number] => [Number(/places=(\d+)/.exec(header)?.[1] ?? NaN), Number(/entries=(\d+)/.exec(header)?.[1] ?? NaN)];
  const mainEnd = main.indexOf(LF);
  const extraEnd = extra.indexOf('\n');
  const [mp, me] = counts(main.toString('utf8', 0, mainEnd));
  const [xp, xe] = counts(extra.slice(0, extraEnd));
  if (![mp, me, xp, xe].every(Number.isInteger)) throw new Error('gazetteer index header lacks places= or entries=');
  let body = main.subarray(mainEnd + 1);
  // The body must end with a line feed before the next one starts.
  if (body.length > 0 && body[body.length - 1] !== LF) body = Buffer.concat([body, Buffer.from('\n')]);
  const header = `${GAZETTEER_HEADER} places=${mp + xp} entries=${me + xe}\n`;
  return Buffer.concat([Buffer.from(header, 'utf8'), body, Buffer.from(extra.slice(extraEnd + 1), 'utf8')]);
}

/** One place as stored. */
export interface IndexedPlace {
  /** Position in the index: stable for one index file, not across rebuilds. */
  index: number;
  geonameId: number;
  name: string;
  /** ISO 3166-1 alpha-2, or a user-assigned code from a places file (XA). */
  country: string;
  /** GeoNames admin1 code without the country prefix ("22"), or '' when unknown. */
  admin1: string;
  lat: number;
  lon: number;
  population: number;
  /** GeoNames feature code: PPLC capital, PPLA first-order seat, PPLA2…, PPL. */
  featureCode: string;
}

/** A place filed under a key, and whether the key is its own name (not an alternate). */
export interface KeyHit {
  place: number;
  primary: boolean;
}

/** The index as loaded: its bytes, line offsets, and a hash table from key to places. */
export class GazetteerIndex {
  readonly places: number;
  readonly entries: number;
  private readonly buf: Buffer;
  private readonly lineStart: Int32Array;
  private readonly geonameIds: Int32Array;
  /** Slot in countryCodes; 16 bits, as user files may add country groups beyond 256. */
  private readonly countryOf: Uint16Array;
  private readonly countryCodes: string[] = [];
  private readonly slotHash: Int32Array;
  /** `place * 2 + primary + 1`; 0 marks an empty slot. */
  private readonly slotRef: Int32Array;
  private readonly mask: number;
  /** Country code → index of its most populous PPLC place. */
  private readonly capitals = new Map<string, number>();

  constructor(buf: Buffer) {
    const nl = buf.indexOf(LF);
    const header = buf.toString('utf8', 0, nl);
    if (!header.startsWith(GAZETTEER_HEADER + ' ')) {
      throw new Error(`gazetteer index header "${header}" does not match "${GAZETTEER_HEADER}": rebuild it (models/gazetteer/build-gazetteer.ts)`);
    }
    const places = Number(/places=(\d+)/.exec(header)?.[1]);
    const entries = Number(/entries=(\d+)/.exec(header)?.[1]);
    if (!Number.isInteger(places) || !Number.isInteger(entries)) throw new Error('gazetteer index header lacks places= or entries=');
    this.buf = buf;
    this.places = places;
    this.entries = entries;
    this.lineStart = new Int32Array(places + 1);
    this.geonameIds = new Int32Array(places);
    this.countryOf = new Uint16Array(places);
    let size = 1;
    while (size < entries * 2) size <<= 1;
    this.mask = size - 1;
    this.slotHash = new Int32Array(size);
    this.slotRef = new Int32Array(size);
    this.scan(nl + 1);
  }

  private readonly lookups = new Map<string, readonly KeyHit[]>();
  private readonly parsed = new Map<number, IndexedPlace>();

  /** Places filed under a loose key (see nameKey); empty when none. Memoised (bounded). */
  lookup(key: string): readonly KeyHit[] {
    let hits = this.lookups.get(key);
    if (hits === undefined) {
      if (this.lookups.size >= CACHE_LIMIT) this.lookups.clear();
      hits = this.lookupUncached(key);
      this.lookups.set(key, hits);
    }
    return hits;
  }

  private lookupUncached(key: string): KeyHit[] {
    if (key.length === 0) return [];
    const kb = Buffer.from(key, 'utf8');
    const h = fnv(kb, 0, kb.length, false);
    const hits: KeyHit[] = [];
    for (let s = h & this.mask; this.slotRef[s] !== 0; s = (s + 1) & this.mask) {
      if (this.slotHash[s] !== h) continue;
      const ref = this.slotRef[s]! - 1;
      const place = ref >> 1;
      const primary = (ref & 1) === 1;
      if (this.files(place, kb, primary)) hits.push({ place, primary });
    }
    return hits;
  }

  /** Index of a country's capital (its most populous PPLC place), if the gazetteer has one. */
  capitalOf(country: string): number | undefined {
    return this.capitals.get(country);
  }

  /** The stored place at `index` (memoised, bounded; treat as read-only). */
  place(index: number): IndexedPlace {
    let p = this.parsed.get(index);
    if (p === undefined) {
      if (this.parsed.size >= CACHE_LIMIT) this.parsed.clear();
      p = this.parsePlace(index);
      this.parsed.set(index, p);
    }
    return p;
  }

  private parsePlace(index: number): IndexedPlace {
    if (!(index >= 0 && index < this.places)) throw new RangeError(`no gazetteer place ${index}`);
    const start = this.lineStart[index]!;
    const f = this.buf.toString('utf8', start, lineEnd(this.buf, start)).split('\t');
    return {
      index,
      geonameId: this.geonameIds[index]!,
      name: f[1]!,
      country: this.countryCodes[this.countryOf[index]!]!,
      admin1: f[2]!,
      lat: Number(f[3]),
      lon: Number(f[4]),
      population: Number(f[5]),
      featureCode: f[6]!.startsWith('~') ? f[6]!.slice(1) : `PPL${f[6]!}`,
    };
  }

  /** One pass: line starts, absolute ids, countries, and every key into the hash table. */
  private scan(from: number): void {
    const buf = this.buf;
    let pos = from;
    let i = 0;
    let country = -1;
    let prevId = 0;
    const capitals: number[] = [];
    const slots = new Map<string, number>();
    while (pos < buf.length && i < this.places) {
      if (buf[pos] === AT) {
        const e = lineEnd(buf, pos);
        // A merged index repeats a country after the main body: it keeps its first slot.
        const code = buf.toString('latin1', pos + 1, e);
        country = slots.get(code) ?? -1;
        if (country === -1) {
          this.countryCodes.push(code);
          country = this.countryCodes.length - 1;
          slots.set(code, country);
        }
        prevId = 0;
        pos = e + 1;
        continue;
      }
      this.lineStart[i] = pos;
      this.countryOf[i] = country;
      let delta = 0;
      while (buf[pos] !== TAB) delta = delta * 10 + (buf[pos++]! - 48);
      prevId += delta;
      this.geonameIds[i] = prevId;
      const nameStart = ++pos;
      for (let field = 1; field < 6; field++) pos = buf.indexOf(TAB, pos) + 1;
      // Field 6, the feature code: 'C' alone marks a capital.
      if (buf[pos] === 67 && buf[pos + 1] === TAB) capitals.push(i);
      pos = buf.indexOf(TAB, pos) + 1;
      const nameEnd = buf.indexOf(TAB, nameStart);
      // Field 7: primary keys (empty: the lower-cased name); field 8: alternate keys.
      if (buf[pos] === TAB) this.insert(fnv(buf, nameStart, nameEnd, true), i * 2 + 1);
      pos = this.insertKeys(pos, TAB, i * 2 + 1);
      pos = this.insertKeys(pos + 1, LF, i * 2);
      pos++;
      i++;
    }
    this.lineStart[i] = pos;
    if (i !== this.places) throw new Error(`gazetteer index holds ${i} places, header says ${this.places}`);
    for (const c of capitals) this.noteCapital(c, this.countryCodes[this.countryOf[c]!]!);
  }

  private noteCapital(place: number, country: string): void {
    const have = this.capitals.get(country);
    if (have === undefined || this.parsePlace(have).population < this.parsePlace(place).population) this.capitals.set(country, place);
  }

  private insertKeys(pos: number, stop: number, ref: number): number {
    const buf = this.buf;
    let start = pos;
    while (pos < buf.length) {
      const b = buf[pos]!;
      if (b === BAR || b === stop || b === LF) {
        if (pos > start) this.insert(fnv(buf, start, pos, false), ref);
        if (b !== BAR) return pos;
        start = pos + 1;
      }
      pos++;
    }
    if (pos > start) this.insert(fnv(buf, start, pos, false), ref);
    return pos;
  }

  private insert(h: number, ref: number): void {
    let s = h & this.mask;
    while (this.slotRef[s] !== 0) s = (s + 1) & this.mask;
    this.slotHash[s] = h;
    this.slotRef[s] = ref + 1;
  }

  /** True when `key` is really one of the place's keys of that kind (rules out hash collisions). */
  private files(place: number, key: Buffer, primary: boolean): boolean {
    const buf = this.buf;
    let pos = this.lineStart[place]!;
    for (let field = 0; field < (primary ? 7 : 8); field++) pos = buf.indexOf(TAB, pos) + 1;
    const end = primary ? buf.indexOf(TAB, pos) : lineEnd(buf, pos);
    if (primary && pos === end) {
      const nameStart = buf.indexOf(TAB, this.lineStart[place]!) + 1;
      const name = buf.toString('latin1', nameStart, buf.indexOf(TAB, nameStart)).toLowerCase();
      return name === key.toString('latin1');
    }
    let start = pos;
    for (let p = pos; p <= end; p++) {
      if (p === end || buf[p] === BAR) {
        if (p - start === key.length && buf.compare(key, 0, key.length, start, p) === 0) return true;
        start = p + 1;
      }
    }
    return false;
  }
}

/** FNV-1a over bytes; `lower` folds ASCII capitals (for keys derived from plain names). */
function fnv(buf: Buffer, start: number, end: number, lower: boolean): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let b = buf[i]!;
    if (lower && b >= 65 && b <= 90) b += 32;
    h = Math.imul(h ^ b, 0x01000193);
  }
  return h | 0;
}

function lineEnd(buf: Buffer, from: number): number {
  const e = buf.indexOf(LF, from);
  return e === -1 ? buf.length : e;
}

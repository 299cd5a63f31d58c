import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeBytes, detectCharset, normaliseCharset } from './charset.js';
import { isCorroborateError } from '../core/errors.js';

const RU =
  'Городской совет Новоградска вчера вечером утвердил бюджет на следующий год. ' +
  'По словам мэра Ивана Белозёрова, расходы на ремонт мостов вырастут почти вдвое, ' +
  'а новые автобусы выйдут на линии уже весной. Жители района Заречье обещают прийти на слушания.';
const FR = "Le maire de Villeneuve-sur-Orge a déclaré que l'école élémentaire rouvrirait après les fêtes de Noël.";

const htmlDoc = (head: string, body: string): string => `<!DOCTYPE html><html><head>${head}<title>Новости</title></head><body><p>${body}</p></body></html>`;

test('a BOM decides first and is stripped', () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RU)]);
  const { text, charset } = decodeBytes(bytes, { markup: 'none', input: 'x' });
  assert.deepEqual(charset, { name: 'utf-8', from: 'bom' });
  assert.equal(text, RU);
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FR, 'utf16le')]);
  assert.deepEqual(decodeBytes(le, { markup: 'none', input: 'x' }), { text: FR, charset: { name: 'utf-16le', from: 'bom' } });
});

test('an HTTP charset beats a meta declaration', () => {
  const bytes = iconv.encode(htmlDoc('<meta charset="koi8-r">', RU), 'windows-1251');
  const { text, charset } = decodeBytes(bytes, { markup: 'html', http: 'windows-1251', input: 'x' });
  assert.deepEqual(charset, { name: 'windows-1251', from: 'http' });
  assert.ok(text.includes(RU));
});

test('<meta charset> and http-equiv declarations are read', () => {
  const a = iconv.encode(htmlDoc('<meta charset="windows-1251">', RU), 'windows-1251');
  assert.deepEqual(detectCharset(a, { markup: 'html', input: 'x' }), { name: 'windows-1251', from: 'meta' });
  const b = iconv.encode(htmlDoc('<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">', RU), 'koi8-r');
  const decoded = decodeBytes(b, { markup: 'html', input: 'x' });
  assert.deepEqual(decoded.charset, { name: 'koi8-r', from: 'meta' });
  assert.ok(decoded.text.includes(RU));
});

test('UTF-16 without a BOM is recognised by its NUL pattern', () => {
  const { text, charset } = decodeBytes(Buffer.from(FR, 'utf16le'), { markup: 'none', input: 'x' });
  assert.deepEqual(charset, { name: 'utf-16le', from: 'sniffed' });
  assert.equal(text, FR);
});

test('a meta tag inside a comment is ignored', () => {
  const bytes = iconv.encode(htmlDoc('<!-- <meta charset="koi8-r"> -->', RU), 'windows-1251');
  const cs = detectCharset(bytes, { markup: 'html', input: 'x' });
  assert.equal(cs.from, 'sniffed');
  assert.equal(cs.name, 'windows-1251');
});

test('an XML declaration is read for XML', () => {
  const xml = `<?xml version="1.0" encoding="KOI8-R"?><rss><channel><title>${RU}</title></channel></rss>`;
  const { text, charset } = decodeBytes(iconv.encode(xml, 'koi8-r'), { markup: 'xml', input: 'x' });
  assert.deepEqual(charset, { name: 'koi8-r', from: 'xml' });
  assert.ok(text.includes(RU));
});

test('undeclared valid UTF-8 is recognised as such', () => {
  assert.deepEqual(detectCharset(Buffer.from(RU), { markup: 'none', input: 'x' }), { name: 'utf-8', from: 'utf8-valid' });
});

test('undeclared Windows-1251 and KOI8-R Russian text is sniffed and decoded right', () => {
  for (const enc of ['windows-1251', 'koi8-r']) {
    const { text, charset } = decodeBytes(iconv.encode(RU, enc), { markup: 'none', input: 'x' });
    assert.deepEqual(charset, { name: enc, from: 'sniffed' }, enc);
    assert.equal(text, RU, enc);
  }
});

test('undeclared Windows-1252 French is sniffed as a Latin encoding and decoded right', () => {
  const { text, charset } = decodeBytes(iconv.encode(FR, 'windows-1252'), { markup: 'none', input: 'x' });
  assert.equal(charset.from, 'sniffed');
  assert.equal(text, FR);
});

test('a UTF-8 label on Windows-1251 bytes falls through to sniffing', () => {
  const bytes = iconv.encode(htmlDoc('<meta charset="utf-8">', RU), 'windows-1251');
  const { text, charset } = decodeBytes(bytes, { markup: 'html', input: 'x' });
  assert.deepEqual(charset, { name: 'windows-1251', from: 'sniffed' });
  assert.ok(text.includes(RU));
});

test('a single-byte label on bytes that are valid multi-byte UTF-8 yields to UTF-8', () => {
  const bytes = Buffer.from(htmlDoc('<meta charset="iso-8859-1">', FR));
  const { text, charset } = decodeBytes(bytes, { markup: 'html', input: 'x' });
  assert.deepEqual(charset, { name: 'utf-8', from: 'utf8-valid' });
  assert.ok(text.includes(FR));
});

test('UTF-8 with one stray byte keeps UTF-8 and marks the byte with U+FFFD', () => {
  const bytes = Buffer.concat([Buffer.from(RU), Buffer.from([0xff]), Buffer.from(' Конец.')]);
  const { text, charset } = decodeBytes(bytes, { markup: 'none', input: 'x' });
  assert.deepEqual(charset, { name: 'utf-8', from: 'sniffed' });
  assert.ok(text.startsWith(RU));
  assert.equal([...text].filter((c) => c === '\ufffd').length, 1);
});

test('bytes that decode to garbage in every encoding are an encoding error', () => {
  // Continuation bytes with no lead byte: invalid UTF-8, and chardet finds no language in them.
  const junk = Buffer.alloc(3000);
  for (let i = 0; i < junk.length; i++) junk[i] = 0x80 + ((i * 37) % 64);
  assert.throws(
    () => decodeBytes(junk, { markup: 'none', input: 'junk.txt' }),
    (e: unknown) => isCorroborateError(e) && e.code === 'CRB_ERR_INGEST_ENCODING' && e.input === 'junk.txt',
  );
});

test('labels are normalised the way browsers read them', () => {
  assert.equal(normaliseCharset('ISO-8859-1'), 'windows-1252');
  assert.equal(normaliseCharset(' UTF8 '), 'utf-8');
  assert.equal(normaliseCharset('cp1251'), 'windows-1251');
  assert.equal(normaliseCharset('no-such-charset'), undefined);
  assert.equal(normaliseCharset(''), undefined);
});

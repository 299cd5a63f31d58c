import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './extract-html.js';
import { markFurniture, pruneArticle, wordCount } from './prune-article.js';
import { parseHtml } from './parse-html.js';

const para = (i: number) => `<p>Paragraph ${i}: the water board in Fenwick confirmed that the reservoir level had dropped below the summer average again.</p>`;
const paras = (n: number) => Array.from({ length: n }, (_, i) => para(i + 1)).join('');

test('a container whose name sounds like furniture but holds the article is kept', () => {
  const html = `<html><body><div class="content-with-sidebar social-share-wrapper">${paras(6)}</div><div class="sidebar"><p>Weather: sunny</p></div></body></html>`;
  const text = extractHtml(html).text;
  assert.equal(text.split('\n\n').length, 6);
  assert.ok(!text.includes('Weather'));
});

test('a caption whose element Readability rebuilds without its class is still dropped', () => {
  // Readability turns <div class="caption">text</div> into a bare <p>; the mark rides on a span.
  const html = `<html><body><div class="article-body">${paras(3)}<div class="inline-image"><img src="a.jpg"><div class="InlineImage-caption">The reservoir at dawn on Monday, seen from the dam wall.</div><div class="image-credit">Ada Orme | Fenwick Weekly</div></div>${paras(3)}</div></body></html>`;
  const text = extractHtml(html).text;
  assert.ok(!text.includes('reservoir at dawn') && !text.includes('Ada Orme'));
  assert.equal(text.split('\n\n').length, 6);
});

test('story cards after the article go, live-blog entries stay', () => {
  const card = (i: number) => `<article class="card"><h2><a href="/s${i}">Another story number ${i}</a></h2><p>A short teaser for another story about something else entirely, number ${i}.</p></article>`;
  const cards = `<article class="story"><div class="body">${paras(6)}</div></article>${card(1)}${card(2)}${card(3)}`;
  const text = extractHtml(`<html><body><main>${cards}</main></body></html>`).text;
  assert.ok(!text.includes('Another story') && !text.includes('short teaser'));
  const entry = (i: number) => `<article class="entry"><h3>${10 + i}:00</h3><p>Update ${i}: pumping resumed at the north intake and the level rose by two centimetres overnight, officials said.</p></article>`;
  const live = `<div class="live">${paras(1)}${Array.from({ length: 5 }, (_, i) => entry(i)).join('')}</div>`;
  const liveText = extractHtml(`<html><body>${live}</body></html>`).text;
  for (let i = 0; i < 5; i++) assert.ok(liveText.includes(`Update ${i}: pumping resumed`), `entry ${i}`);
});

test('header bylines and date stamps are cut and kept aside; a related section goes with its links', () => {
  const doc = parseHtml(`<html><body><div id="story"><p>By Ada Orme | 3 June 2024</p><p>Updated 3 June 2024, 09:15</p>${paras(4)}<h3>More stories</h3><p><a href="/a">Dam repairs finished early this year</a></p><p><a href="/b">Fenwick council approves new budget</a></p>${para(9)}</div></body></html>`);
  markFurniture(doc.body!);
  const pruned = pruneArticle(doc.querySelector('#story')!);
  const texts = pruned.blocks.map((b) => b.text);
  assert.equal(texts.length, 5);
  assert.ok(texts.every((t) => t.startsWith('Paragraph')));
  assert.deepEqual(pruned.bylines, ['By Ada Orme | 3 June 2024']);
  assert.deepEqual(pruned.datelines, ['Updated 3 June 2024, 09:15', 'By Ada Orme | 3 June 2024']);
});

test('word counts take runs of letters and digits, and half of the CJK characters', () => {
  const reference = (t: string) =>
    (t.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) + Math.floor((t.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0) / 2);
  const samples = [
    'Drones were shot down over Velmorsk on Tuesday, the mayor said.',
    '無人機が首都上空で撃墜された',
    '드론이 수도 상공에서 격추되었다',
    'В Вельморске погиб мужчина — 𝐀𝐁𝐂 e\u0301te 3.5',
    '',
  ];
  assert.deepEqual(samples.map(wordCount), samples.map(reference));
  assert.equal(wordCount('Drones were shot down over Velmorsk on Tuesday, the mayor said.'), 11);
  assert.equal(wordCount('無人機が首都上空で撃墜された'), 1 + 7);
});

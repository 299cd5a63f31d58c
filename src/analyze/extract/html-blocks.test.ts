import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocksToText, collectBlocks } from './html-blocks.js';
import { parseHtml } from './parse-html.js';

const blocksOf = (body: string, skip?: (tag: string) => boolean) => {
  const doc = parseHtml(`<html><body>${body}</body></html>`);
  return collectBlocks(doc.body!, skip ? (el) => skip(el.tagName) : undefined);
};

test('each block element gives one block of collapsed text, in document order', () => {
  const blocks = blocksOf(`<div>Lead text <b>bold</b>
      and more<p>  A   paragraph\twith\nbreaks </p>tail text</div><h3>Sub <i>head</i></h3><ul><li>one</li><li>two <a href="/x">linked</a></li></ul>`);
  assert.deepEqual(blocks.map((b) => [b.kind, b.text]), [
    ['paragraph', 'Lead text bold and more'],
    ['paragraph', 'A paragraph with breaks'],
    ['paragraph', 'tail text'],
    ['heading', 'Sub head'],
    ['list-item', 'one'],
    ['list-item', 'two linked'],
  ]);
  assert.equal(blocks[5]!.linkChars, 'linked'.length);
  assert.equal(blocksToText(blocks.slice(0, 2)), 'Lead text bold and more\n\nA paragraph with breaks');
});

test('line breaks, non-breaking spaces, quotes and skipped elements', () => {
  const blocks = blocksOf('<p>first line<br>second&nbsp;line<br><br><br>after gap</p><blockquote><p>quoted</p></blockquote><aside><p>skipped</p></aside><script>never()</script>', (tag) => tag === 'ASIDE');
  assert.equal(blocks[0]!.text, 'first line\nsecond\u00a0line\n\nafter gap');
  assert.equal(blocks[1]!.quoted, true);
  assert.deepEqual(blocks.map((b) => b.text).slice(1), ['quoted']);
});

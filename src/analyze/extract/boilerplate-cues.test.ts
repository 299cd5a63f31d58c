import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bylineNames, isByline, isDateLine, isFurnitureLine, isFurnitureName, sourceLineName } from './boilerplate-cues.js';

test('class and id names of page furniture are recognised, article containers are not', () => {
  const furniture = [
    'share-buttons', 'socialIcon facebook', 'article__image-caption', 'caption-text', 'InlineImage-imageEmbedCredit',
    'story-body__share', 'related-stories', 'newsletter-signup', 'comments', 'breadcrumbs', 'sr-only', 'off-screen',
    'byline-date', 'rollover-people-block', 'ad-slot', 'post-tags', 'story-standfirst',
  ];
  const content = [
    'story-body', 'article-body', 'entry-content', 'entry-content entry-content-read-more', 'text-copy bodyCopy auto',
    'article__paragraph--left', 'post-entry', 'field-item even', 'field field-name-body field-label-hidden',
    'hidden-xs main-column', 'shadow', 'adaptive-layout', 'commentary', 'header-standard', 'head', 'social-media-embed',
  ];
  for (const name of furniture) assert.equal(isFurnitureName(name), true, name);
  for (const name of content) assert.equal(isFurnitureName(name), false, name);
});

test('furniture lines: pointers, promos, stamps, credits and labels', () => {
  const furniture = [
    'Read more: Cracks found in Estuary Bridge piers', 'SEE MORE: Harbour protests continue', '[Related: Toll rise approved]',
    'Also on northfield.example Council votes on parking', 'You may also like...', 'Related stories', 'Click here for the full results',
    'Sign up for our morning newsletter', 'There is plenty more. Sign up for the Daily Dock today to get the newsletter in your inbox.',
    'Follow Northfield Post on Instagram, Facebook and YouTube.', 'Follow the Fenwick Weekly on Kestrin for live updates.', 'Updated: 10:02 AM EST Nov 19, 2019', 'Published 3 hours ago',
    'Photo: Ada Orme/Northfield Post', '(Image: © Port Authority)', 'Image copyright Getty Images', '[사진=부두 통신]', 'Credit...Ada Orme',
    'Advertisement', 'Anzeige', 'Iklan', 'Continue reading below', '12 comments', 'Post Comment (+)', '______',
    '(Reporting by Ada Orme; Editing by Piet Vos)', 'Piet Vos contributed reporting.', 'This slideshow requires JavaScript.',
    '[button link="/submit" type="big"] Send us your review[/button]', 'This post may contain affiliate links.', '© 2024 Northfield Post',
    'Filed under: Harbour, Transport', 'Tell us what YOU think...',
  ];
  const body = [
    'Published reports suggest the council knew about the cracks in January.',
    'Updated figures from the port show traffic fell by a third.',
    'More than 2,500 people have signed the petition: the council will debate it next week.',
    'Also, the ferry will be free.',
    'Millions follow the singer on Instagram, where she posts daily.',
    'Readers who subscribe to the paper get the newsletter too, the editor said.',
    'Sources said the inspection had found no further damage.',
    'Photographers gathered at the pier before dawn.',
    'Share prices fell by 4 percent.',
    'Comments made by the mayor on Monday angered residents.',
    'Copyright law experts said the ruling would be appealed.',
    'You might be surprised by the result.',
    'What do you think happened to the missing barge?',
    '[Update] The minister later said the port would reopen on Friday.',
    'Get ready: the new mail app sorts your inbox for you.',
  ];
  for (const line of furniture) assert.equal(isFurnitureLine(line), true, line);
  for (const line of body) assert.equal(isFurnitureLine(line), false, line);
});

test('date lines hold nothing but a date, a time or a reading time', () => {
  for (const line of ['18 NOV 2019', 'November 20, 2019 | 4:10pm', 'sexta-feira, 22 de outubro de 2010 às 20:13', '15:23 2019', 'Tempo de leitura: 2 minutos', '12. März 2024, 08:15 Uhr']) {
    assert.equal(isDateLine(line), true, line);
  }
  for (const line of ['Nov 19: council meets', 'Top 10 ferries of 2019', 'The 2019 season', 'Monday']) assert.equal(isDateLine(line), false, line);
});

test('bylines and their names', () => {
  assert.equal(isByline('By Ada Orme'), true);
  assert.equal(isByline('By Ada Orme and Piet Vos - 11/18/19 11:04 PM EST'), true);
  assert.equal(isByline('By most accounts, the law worked.'), false);
  assert.equal(bylineNames('By Ada Orme and Piet Vos | 11 Feb 2024'), 'Ada Orme and Piet Vos');
  assert.equal(bylineNames('By Ada Orme, Published 10:02 AM'), 'Ada Orme');
  assert.equal(bylineNames('By 2024'), undefined);
});

test('"Source:" lines name the credited origin', () => {
  assert.equal(sourceLineName('SOURCE: News agencies'), 'News agencies');
  assert.equal(sourceLineName('Quelle: dpa.'), 'dpa');
  assert.equal(sourceLineName('Sources said the talks had failed.'), undefined);
});

/**
 * Cues that mark page furniture inside an article container: class/id words of share bars,
 * captions, bylines, related-link boxes, newsletter promos and comment sections, and the
 * stock phrases such blocks are written in. Word lists, not site rules.
 */

/**
 * Class/id words naming page furniture. Matched against whole words of the attribute (split on
 * punctuation and camelCase), so `article__image-caption` and `socialIcon` match while
 * `captioned-video-player-story` does too but `commentary` does not.
 */
const FURNITURE_WORDS = new Set([
  // captions and credits
  'caption', 'captions', 'credit', 'credits', 'copyright', 'photographer', 'imagecredit',
  // bylines and datelines
  'byline', 'bylines', 'dateline', 'timestamp', 'timestamps', 'pubdate', 'postinfo', 'postmeta', 'meta',
  'metadata', 'authors', 'author', 'writer', 'bio', 'biography', 'avatar', 'readtime',
  // sharing and social
  'share', 'shares', 'sharing', 'sharebar', 'social', 'sociallinks', 'socialicon', 'addthis', 'sharethis',
  'email', 'print', 'toolbar', 'tools',
  // related and recommended content
  'related', 'recommended', 'recommendations', 'recirc', 'recirculation', 'popular', 'trending',
  'mostread', 'morestories', 'readmore', 'readnext', 'upnext', 'outbrain', 'taboola',
  // promos, ads, newsletters
  'promo', 'promotion', 'advert', 'advertisement', 'advertising', 'ad', 'ads', 'adslot', 'adunit', 'sponsor',
  'sponsored', 'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'paywall', 'cta',
  // comments and reactions
  'comment', 'comments', 'disqus', 'reactions', 'rating', 'ratings', 'vote', 'poll',
  // navigation and chrome
  'breadcrumb', 'breadcrumbs', 'nav', 'navbar', 'navigation', 'menu', 'submenu', 'sidebar', 'widget',
  'masthead', 'banner', 'pagination', 'pager', 'footer', 'skip', 'tags', 'tag', 'tagcloud', 'topics',
  'categories', 'label', 'labels', 'kicker', 'eyebrow', 'flyout', 'modal', 'popup', 'overlay', 'tooltip',
  'rollover', 'hovercard', 'popover', 'callout', 'pullquote',
  // headline furniture repeated above the body: headline, standfirst/dek
  'headline', 'headlines', 'subheadline', 'standfirst', 'dek', 'strapline',
  'cookie', 'cookies', 'consent', 'gdpr', 'disclaimer', 'disclosure', 'login',
  // visually hidden helpers (screen-reader prefixes such as "Image copyright")
  'hidden', 'hide', 'offscreen', 'sronly', 'visuallyhidden', 'screenreader', 'invisible',
]);

/** Compound class names worth matching whole, after their parts are joined. */
const FURNITURE_JOINED = /^(sr-?only|off-?screen|visually-?hidden|screen-?reader(-text)?|read-?more|up-?next|most-?read|more-?stories|read-?time|image-?credit)$/;

/** Trailing words that only say "part of": `caption-text`, `share-wrapper`, `byline__inner`. */
const GENERIC_WORDS = new Set([
  'text', 'wrapper', 'wrap', 'wrp', 'container', 'inner', 'outer', 'box', 'block', 'item', 'items', 'area',
  'holder', 'section', 'module', 'component', 'region', 'el', 'element', 'group', 'row', 'col', 'list',
  'link', 'links', 'icon', 'icons', 'bar', 'panel', 'top', 'bottom', 'left', 'right', 'small', 'large',
]);

/**
 * Words that say an attribute names the article itself (or a post embedded in it, such as
 * `social-media-embed`), so furniture words in it count only in last place.
 */
const CONTENT_WORDS = new Set(['body', 'content', 'text', 'story', 'article', 'entry', 'post', 'main', 'paragraph', 'embed', 'embedded']);

const RESPONSIVE_OR_LABEL = /^((hidden|visible|hide|show)-(xs|sm|md|lg|xl|xxl|mobile|tablet|desktop|phone|print|small|medium|large)\b.*|.*label-(hidden|above|inline|visually-hidden))$/i;

/** Splits an attribute into lower-case words: `article__image-caption` → article, image, caption. */
export function attributeWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * Whether a class/id value names page furniture. A value that also names content
 * (`story-body__share` is furniture, `story-body` is not) counts as furniture only when the
 * furniture word comes last, since BEM-style names put the specific part at the end.
 */
export function isFurnitureName(value: string): boolean {
  if (!value) return false;
  for (const token of value.split(/\s+/)) {
    // Responsive helpers hide an element on some screens only; "label-hidden" hides a label.
    if (!token || RESPONSIVE_OR_LABEL.test(token)) continue;
    if (FURNITURE_JOINED.test(token.toLowerCase())) return true;
    const words = attributeWords(token);
    while (words.length > 1 && GENERIC_WORDS.has(words[words.length - 1]!)) words.pop();
    const last = words[words.length - 1];
    const hasContent = words.some((w) => CONTENT_WORDS.has(w));
    if (hasContent) {
      if (last !== undefined && FURNITURE_WORDS.has(last)) return true;
      continue;
    }
    if (words.some((w) => FURNITURE_WORDS.has(w))) return true;
  }
  return false;
}

const MONTHS =
  'jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?';
const WEEKDAYS = 'mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(r(s(day)?)?)?|fri(day)?|sat(urday)?|sun(day)?';

/**
 * Lines that are furniture wherever they stand: "read more" pointers, promos, ad labels,
 * comment-section headers, copyright notices, wire credits. Anchored, and meant for short blocks.
 */
const FURNITURE_LINES: readonly RegExp[] = [
  // publication stamps: the keyword must be followed by something date-like
  new RegExp(`^(first |last )?(published|updated|posted|modified|last updated|last modified)\\b\\s*(:|on\\b|at\\b)?\\s*(\\d|${MONTHS}|${WEEKDAYS}|yesterday|today|an? (hour|minute|day))`, 'i'),
  // image credits, in several languages
  /^[([]?(photo|image|picture|foto|fotos|credit|illustration|main image|bild|фото|写真|照片|图片|사진)s?( credit)?\s*[:©=]/i,
  /^(image copyright|image caption|copyright\s*(©|ⓒ|\(c\)|\d{4}|by\b)|©|ⓒ|\(c\)\s)/i,
  /^credit\.{2,}/i,
  // pointers to other stories
  /^[([]?(read|see|watch|listen|also read|also see|also watch|read also|see also)( more| also| next| now| this| here)?\s*(:|»|›|>|\|)/i,
  /^[([]?(more|related|recommended|also|more on this|related (story|stories|article|articles|links?|content|coverage|reading)|editor'?s'? picks?)\s*(:|»|›|>|\|)/i,
  /^also on \S+\.[a-z]{2,}\b/i,
  /^\[?(related|read more|more|see also|also read|recommended|you may also like|you might also like|more from|more on this|most read|most popular|trending|what to read next|further reading)( stories| articles| news| content| coverage| links| reading)?\]?\s*(:|\.{3}|…)?$/i,
  /^(you (may|might) (also )?(like|enjoy|be interested)|we think you'll like|don'?t miss|do not miss)\b.{0,40}$/i,
  /^(click|tap) (here|for)\b/i,
  // a short block asking for a click is a call to action, wherever the words stand
  /^.{0,160}\bclick here\b.{0,80}$/i,
  // promos and sign-ups
  /^follow\b.{0,80}\bfor (live |the latest |more |breaking )?(updates|news|coverage|stories)\b.{0,40}$/i,
  /^(sign up|subscribe|register|join us|download (our|the)|follow us|like us|get (our|the latest|breaking)|start your day)\b.{0,160}\b(newsletters?|inbox|subscribe|subscription|app|email alerts|updates|free trial|podcast|letterbox)\b.{0,120}$/i,
  /^(subscribe|sign up|sign in|log in|register|advertisement|advert|advertising|sponsored|sponsored content|paid content|continue reading( below)?|story continues below( advertisement)?|article continues below( advertisement)?|skip to (main )?content|skip advertisement|share this( article| story)?|share|tweet|email|print|comments?|post comment( \(\+\))?|\d+ comments?|leave a (comment|reply)|add a comment|show comments|view comments|loading( comments)?|close|open|caption|previous|next|back to top|menu|search)\W*$/i,
  /\b(this (website|site) uses cookies|we use cookies|accept (all )?cookies)\b/i,
  /^(sign up|subscribe)\b.{0,150}$/i,
  // promo sentences inside a short block: they open a sentence
  /(^|[.!?…]\s+)(sign up|subscribe|get (our|the latest|breaking))\b.{0,200}\b(newsletters?|inbox)\b/i,
  /(^|[.!?…]\s+)[Ff]ollow (us|him|her|me|them|\p{Lu}\p{L}+)\b.{0,40}\b(on )?([Tt]witter|[Ff]acebook|[Ii]nstagram|YouTube|[Yy]ou[Tt]ube|TikTok|[Ll]inked[Ii]n)\b/u,
  /\b(requires|enable|turn on) javascript\b|\bjavascript (is )?(disabled|required)\b/i,
  /^this (post|article|page|story) (may )?contains? (affiliate|sponsored|referral)/i,
  // ad labels in several languages
  /^(advertisement|advertising|advert|ad|ads|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|реклама|iklan|advertentie|reklama|mainos|annons|광고|广告|広告)$/i,
  // a WordPress-style shortcode the site failed to render
  /^\[[a-z_-]+(\s+[a-z_-]+\s*=\s*\S+)+\s*\]/i,
  // wire credits at the end of a story
  /^\(?(additional )?reporting by\b.*(edit(ing|ed) by|writing by)\b/i,
  /^\(?(writing|editing|edited|compiled) by\b.{0,150}$/i,
  /\b(contributed (reporting|to this (report|story|article)))\b[^.]{0,40}\.?\)?$/i,
  /^(tell us what you think|have your say|join the (conversation|discussion)|what do you think)\W{0,5}$/i,
  /^(filed under|tagged( with)?|tags|topics|categories)\s*:/i,
  /^(the views and opinions expressed|the views expressed|opinions expressed)\b/i,
  /^(all rights reserved|copyright ©|©\s*\d{4})/i,
];

/** Whether a short block reads as page furniture. */
export function isFurnitureLine(text: string): boolean {
  const t = text.trim();
  // Separators and ornaments: no letter or digit at all.
  if (!/[\p{L}\p{N}]/u.test(t)) return true;
  if (t.length > 320) return false;
  return FURNITURE_LINES.some((re) => re.test(t));
}

/** A byline: "By Jane Doe", "By Jane Doe and John Roe - 11/18/19 11:04 PM EST", "Jane Doe, Reporter". */
const BYLINE =
  /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Оо]т|[Аа]втор)\s*:?\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,3}\s*(?:(?:,|-|–|—|\||and|&|und|et|y|e)\s*.{0,80})?$/u;

/** Words a date line may consist of, besides numbers and punctuation. */
const DATE_WORDS = new RegExp(
  `^(${MONTHS}|${WEEKDAYS}|am|pm|a\\.m|p\\.m|at|on|of|de|del|do|da|le|la|el|à|às|um|am|et|est|edt|pst|pdt|cst|cdt|gmt|utc|bst|cet|cest|ist|jst|msk|ist|h|hrs|uhr|published|updated|posted|modified|first|last|date|time|ago|hours?|minutes?|days?|weeks?|months?|years?|read|min|mins|minute|minuto|minutos|minuten|lecture|leitura|lettura|tempo|temps|tiempo|lesezeit|letture|reading|views|\\d+(st|nd|rd|th)?)$`,
  'i',
);

/** Localised month and weekday names not covered by the English list above. */
const OTHER_DATE_WORDS =
  /^(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|januar|februar|märz|maerz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta|feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)$/i;

/**
 * Whether a short block is only a date, time or reading-time stamp: every word is a number or
 * a date word, and there is at least one number.
 */
export function isDateLine(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 80 || !/\d/.test(t)) return false;
  const words = t.split(/[\s,.;:/|()\-–—]+/u).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 12) return false;
  return words.every((w) => /^\d+([:h.]\d+)*(st|nd|rd|th|h|am|pm)?$/i.test(w) || DATE_WORDS.test(w) || OTHER_DATE_WORDS.test(w));
}

/** Whether a short block is a byline: "By Jana Vok", "By Jana Vok and Ed Roe | 11 Feb 2024". */
export function isByline(text: string): boolean {
  const t = text.trim();
  return t.length <= 160 && BYLINE.test(t);
}

/** Job titles that follow a name in a byline: "Marek Dunsby, City Editor". */
const ROLE_WORDS =
  /\b(editor|reporter|correspondent|writer|staff|journalist|contributor|columnist|producer|analyst|photographer|bureau|chief|desk|redakteur|redakteurin|korrespondent|korrespondentin|корреспондент|редактор|journaliste|rédacteur|rédactrice|periodista|redactor|redattore|giornalista)\b/i;

/** The names of a byline: "By Jana Vok | 11 Feb 2024" → "Jana Vok", "Автор: Олег Брусницын" → "Олег Брусницын". */
export function bylineNames(text: string): string | undefined {
  let names = text
    .trim()
    .replace(/^(by|von|par|por|di|door|av|от|автор|author|autor|auteur|autore)\s*:?\s+/i, '')
    // Stop at a separator, a date or time, or a publication stamp.
    .split(/\s+[|–—•·-]\s+|\s*[|•·]\s*|,?\s+\b(?:updated|published|posted|on)\b|,?\s+\d/i)[0]
    ?.replace(/[\s,;:]+$/, '')
    .trim();
  if (!names) return undefined;
  // "Name, City Editor": drop the job title.
  const comma = names.indexOf(',');
  if (comma > 0 && ROLE_WORDS.test(names.slice(comma))) names = names.slice(0, comma).trim();
  return names.length > 1 && names.length <= 100 && !/\d/.test(names) && /^\p{L}/u.test(names) ? names : undefined;
}

/** Whether a short block is a byline or a date stamp: header and footer material. */
export function isBylineOrDate(text: string): boolean {
  return isByline(text) || isDateLine(text);
}

/**
 * Headings that introduce a list of links to other stories or a comment section. The whole
 * heading must be the cue ("More stories", "Related: …"), so body subheadings such as "Share of
 * the vote" or "Latest developments" are not taken for one.
 */
export const RELATED_HEADING =
  /^(related|related (stories|articles|posts?|content|coverage|links|news|reading|topics)|more|more (stories|news|articles|videos|coverage)|more (from|on|in|about) .{1,40}|more great .{1,40} stories|see also|also read|read (more|next|also)|recommended( for you| stories| reading| articles)?|popular( now| stories)?|most (read|popular|viewed|shared|commented)|trending( now| stories)?|latest (news|stories|articles|headlines|videos)|recent (posts|articles|stories|news)|top stories|you (may|might) (also )?like|what to read next|further reading|comments?|\d+ comments?|leave a (comment|reply)|discussion|join the (discussion|conversation)|share( this( article| story| post)?)?|follow us|newsletters?|sponsored( content| stories| links)?|from the web|around the web|editors'? picks?|related (post|article|story) ?:.{0,80})\s*[:.…]*$/i;

/** A "Source: …" credit line naming where a story came from. */
const SOURCE_LINE = /^(source|sources|quelle|quellen|fuente|fuentes|fonte|source de l'article|источник)\s*:\s*(.{1,80})$/i;

/** The credited name of a "Source: …" line, or undefined. */
export function sourceLineName(text: string): string | undefined {
  const m = SOURCE_LINE.exec(text.trim());
  return m?.[2]?.trim().replace(/[.\s]+$/, '') || undefined;
}

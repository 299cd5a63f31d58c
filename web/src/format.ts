/** Small formatting helpers shared by the views. */

/** An ISO date or instant as people scan it in a table: `2026-03-14 06:40 +02:00`. */
export function shortDate(iso: string | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(iso);
  if (!m) return iso;
  const [, day, time, zone] = m;
  if (!time) return day ?? iso;
  return `${day} ${time}${zone ? (zone === 'Z' ? ' UTC' : ` ${zone}`) : ''}`;
}

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return undefined;
  }
})();

/** `de` → `German`; unknown or undetermined codes as given. */
export function languageName(code: string | undefined): string {
  if (!code || code === 'und') return 'undetermined';
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** `1234` → `1,234`. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** `1 cut`, `3 cuts`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** Shortens a string for a table cell or a button, keeping its start. */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** Where a metadata value was read, in words. */
export const ORIGIN_TEXT: Readonly<Record<string, string>> = {
  given: 'given with the input',
  'meta-tag': 'HTML meta tag',
  'json-ld': 'JSON-LD',
  'time-element': 'HTML <time> element',
  dateline: 'dateline in the text',
  'site-chrome': 'page furniture (cut)',
  url: 'the URL',
  'title-tag': 'HTML <title>',
  heading: 'heading in the page',
  byline: 'byline',
  domain: 'the domain',
  'first-line': 'first line of the text',
  'source-line': '"Source:" line',
  'wire-dateline': 'wire-service dateline',
  'according-to': '"according to"',
  'translated-from': '"translated from"',
  language: 'language detection over the paragraphs',
};

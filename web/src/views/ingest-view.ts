/**
 * The ingest form: paste a report (text or HTML, with its metadata), give a URL, or upload
 * files. The server's token is kept in this tab's sessionStorage only, and sent as a bearer
 * header with each request.
 */
import { ApiFailure, getHealth, getReport, ingest, type IngestInput } from '../api.js';
import { h } from '../dom.js';
import { plural } from '../format.js';
import { routePath } from '../router.js';
import type { Health, IngestFailure, IngestResult } from '../types.js';
import { errorBox, pageHead } from './common.js';

const TOKEN_KEY = 'corroborate.token';

/** Fired on window when an ingest stored something, so the header's count can follow. */
export const STORE_CHANGED = 'corroborate:store-changed';

function readToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

function saveToken(v: string): void {
  try {
    if (v) sessionStorage.setItem(TOKEN_KEY, v);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage can be disabled; the token then lives only in the field.
  }
}

function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  return h('label', { class: 'field' }, h('span', { class: 'field-label' }, label), control, hint ? h('span', { class: 'hint' }, hint) : null);
}

function failuresTable(failures: readonly IngestFailure[]): HTMLElement {
  return h(
    'table',
    { class: 'grid compact failures' },
    h('thead', null, h('tr', null, h('th', null, 'Input'), h('th', null, 'Code'), h('th', null, 'Message'))),
    h('tbody', null, failures.map((f) => h('tr', null, h('td', { class: 'mono' }, f.input, f.line ? `:${f.line}` : ''), h('td', null, h('code', null, f.code)), h('td', null, f.message)))),
  );
}

function resultBox(status: number, r: IngestResult): HTMLElement {
  const stored = new Set(r.stored);
  const headline = status === 201 ? `Stored ${plural(r.stored.length, 'new report')}` : 'Already stored: nothing new';
  return h(
    'div',
    { class: `result-box ${status === 201 ? 'ok' : 'same'}`, role: 'status' },
    h('strong', null, headline),
    r.existing.length ? h('span', { class: 'muted' }, ` · ${r.existing.length} already stored`) : null,
    r.failures.length ? h('span', { class: 'warn' }, ` · ${plural(r.failures.length, 'input')} failed`) : null,
    h('span', { class: 'muted' }, ` · run ${r.run}`),
    h(
      'ul',
      { class: 'plain ids' },
      r.ids.map((id) => {
        const headline = h('span', { class: 'stored-headline' });
        // The answer carries ids only; the headlines follow from the reports themselves.
        getReport(id).then(
          (doc) => headline.replaceChildren(' ', doc.meta.headline?.value ?? '(no headline)'),
          () => undefined,
        );
        return h('li', null, h('a', { href: routePath({ name: 'report', id }), class: 'mono' }, id), stored.has(id) ? h('span', { class: 'tag new' }, 'new') : h('span', { class: 'tag' }, 'existing'), headline);
      }),
    ),
    r.failures.length ? failuresTable(r.failures) : null,
  );
}

function failureBox(e: unknown): HTMLElement {
  if (!(e instanceof ApiFailure)) return errorBox(e, 'Ingest failed');
  const hint =
    e.code === 'CRB_ERR_API_UNAUTHORIZED'
      ? 'Check the token: it is the one the server was started with (--token or CORROBORATE_TOKEN).'
      : e.code === 'CRB_ERR_API_RATE_LIMITED'
        ? `Too many ingest requests; try again in ${e.retryAfter ?? 'a few'} seconds.`
        : e.code === 'CRB_ERR_API_READ_ONLY'
          ? 'This server does not take new reports.'
          : undefined;
  return h('div', { class: 'error-box', role: 'alert' }, h('strong', null, `Not stored (${e.status})`), h('div', null, h('code', null, e.code), ' ', e.message), hint ? h('div', { class: 'hint' }, hint) : null, e.failures.length ? failuresTable(e.failures) : null);
}

type Tab = 'paste' | 'url' | 'files';

/** The ingest view. */
export async function ingestView(): Promise<HTMLElement> {
  let health: Health | undefined;
  try {
    health = await getHealth();
  } catch {
    health = undefined;
  }
  const readOnly = health?.readOnly === true;

  const token = h('input', { type: 'password', name: 'token', autocomplete: 'off', spellcheck: 'false', value: readToken(), placeholder: 'the server\'s bearer token', class: 'mono' });
  token.addEventListener('input', () => saveToken(token.value.trim()));

  // Paste
  const format = h('select', { name: 'format' }, h('option', { value: 'text' }, 'Plain text'), h('option', { value: 'html' }, 'HTML'));
  const body = h('textarea', { name: 'body', rows: 12, placeholder: 'The report: plain text (headline on the first line) or a whole HTML page', spellcheck: 'false' });
  const title = h('input', { type: 'text', name: 'title', placeholder: 'optional' });
  const outlet = h('input', { type: 'text', name: 'outlet', placeholder: 'optional' });
  const published = h('input', { type: 'text', name: 'published', placeholder: '2026-03-14 or 2026-03-14T07:25Z' });
  const author = h('input', { type: 'text', name: 'author', placeholder: 'optional' });
  const url = h('input', { type: 'url', name: 'url', placeholder: 'https://… where it was published (optional)' });
  const pasteForm = h(
    'form',
    { class: 'ingest-form', 'data-tab': 'paste' },
    h('div', { class: 'row' }, field('Format', format), field('Headline', title), field('Outlet', outlet)),
    field('Text or HTML', body),
    h('div', { class: 'row' }, field('Published', published, 'ISO 8601 preferred'), field('Author', author), field('Address', url)),
  );

  // URL
  const fetchUrl = h('input', { type: 'url', name: 'fetch-url', placeholder: 'https://news.example/2026/03/14/story or a feed URL', required: true });
  const urlForm = h('form', { class: 'ingest-form', 'data-tab': 'url', hidden: true }, field('Page or RSS/Atom feed', fetchUrl, 'The server fetches it; private and loopback addresses are refused. A feed gives one report per item.'));

  // Files
  const files = h('input', { type: 'file', name: 'file', multiple: true, accept: '.txt,.html,.htm,.jsonl,.warc,.gz,.rss,.atom,.xml' });
  const filesForm = h('form', { class: 'ingest-form', 'data-tab': 'files', hidden: true }, field('Files', files, '.txt, .html, .jsonl, .warc, .warc.gz, .rss, .atom, .xml, or .gz of these; up to 100 at once.'));

  const forms: Record<Tab, HTMLFormElement> = { paste: pasteForm, url: urlForm, files: filesForm };
  let tab: Tab = 'paste';
  const tabButtons = (['paste', 'url', 'files'] as const).map((t) => {
    const b = h('button', { type: 'button', role: 'tab', class: 'tab', 'data-tab': t, 'aria-selected': String(t === tab) }, t === 'paste' ? 'Paste' : t === 'url' ? 'From a URL' : 'Upload files');
    b.addEventListener('click', () => {
      tab = t;
      for (const x of tabButtons) x.setAttribute('aria-selected', String(x.dataset.tab === t));
      for (const [k, f] of Object.entries(forms)) f.hidden = k !== t;
    });
    return b;
  });

  const out = h('div', { class: 'ingest-out', 'aria-live': 'polite' });
  const submit = h('button', { type: 'button', class: 'btn primary', disabled: readOnly }, 'Analyse and store');

  const input = (): IngestInput | string => {
    if (tab === 'url') return fetchUrl.value.trim() ? { kind: 'url', url: fetchUrl.value.trim() } : 'Give the address of a page or feed.';
    if (tab === 'files') return files.files && files.files.length ? { kind: 'files', files: [...files.files] } : 'Choose one or more files.';
    if (!body.value.trim()) return 'Paste the text or HTML of the report.';
    const record: Record<string, string> = { [format.value === 'html' ? 'html' : 'text']: body.value };
    for (const [k, el] of [['title', title], ['outlet', outlet], ['published', published], ['author', author], ['url', url]] as const) {
      if (el.value.trim()) record[k] = el.value.trim();
    }
    return { kind: 'record', record };
  };

  const run = async (): Promise<void> => {
    const what = input();
    if (typeof what === 'string') {
      out.replaceChildren(h('p', { class: 'warn' }, what));
      return;
    }
    const t = token.value.trim();
    if (!t) {
      out.replaceChildren(h('p', { class: 'warn' }, 'Enter the server\'s token first.'));
      token.focus();
      return;
    }
    submit.disabled = true;
    out.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Reading, cleaning and analysing…'));
    try {
      const { status, result } = await ingest(what, t);
      out.replaceChildren(resultBox(status, result));
      window.dispatchEvent(new CustomEvent(STORE_CHANGED));
    } catch (e) {
      out.replaceChildren(failureBox(e));
    } finally {
      submit.disabled = readOnly;
    }
  };
  submit.addEventListener('click', () => void run());
  for (const f of Object.values(forms)) {
    f.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void run();
    });
  }

  return h(
    'section',
    { class: 'view ingest' },
    pageHead('Ingest', ['Add reports: each is read, cleaned and analysed as ', h('code', null, 'corroborate analyze'), ' does, then stored. The same content twice is one report.']),
    readOnly ? h('div', { class: 'error-box' }, h('strong', null, 'This server is read-only.'), h('div', null, 'It was started without a token or with --read-only; new reports cannot be added here.')) : null,
    h('div', { class: 'card' }, field('Token', token, 'Kept in this browser tab only (sessionStorage) and sent as "Authorization: Bearer …".')),
    h('div', { class: 'card' }, h('div', { class: 'tabs', role: 'tablist' }, tabButtons), pasteForm, urlForm, filesForm, h('div', { class: 'submit-row' }, submit)),
    out,
  );
}

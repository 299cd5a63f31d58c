/**
 * The cleaned text with its highlights and cuts. Every character of the report reaches the page
 * as a text node; highlights are spans around those nodes, cuts are buttons that unfold the cut
 * text (also as text) with the reason cleaning gave.
 */
import { h } from '../dom.js';
import { count } from '../format.js';
import type { Mark } from '../text/marks.js';
import { segmentText } from '../text/segments.js';
import type { Removal } from '../types.js';

/** The rendered text and the handles the rest of the report view needs. */
export interface RenderedText {
  element: HTMLElement;
  /** The runs each mark covers, by mark key. */
  runsOf(key: string): HTMLElement[];
  /** The marks over a run, or undefined for plain text. */
  marksOf(run: Element): readonly Mark[] | undefined;
  /** Unfolds cut `i` (index into `removed`) and returns its marker. */
  openCut(i: number): HTMLElement | undefined;
}

const token = (s: string): string => s.toLowerCase().replace(/[^a-z0-9-]+/g, '-').slice(0, 40);

function cutMarker(r: Removal, i: number): { wrap: HTMLElement; open(): void } {
  const body = h(
    'span',
    { class: 'cut-body', hidden: true },
    h('span', { class: 'cut-why' }, `Cut by cleaning: ${r.reason}`, r.detail ? ` · ${r.detail}` : '', ` · ${count(r.text.length)} characters`),
    h('span', { class: 'cut-text' }, r.text),
  );
  const btn = h(
    'button',
    { type: 'button', class: 'cut-toggle', 'aria-expanded': 'false', title: `Cut by cleaning: ${r.reason} (${r.detail}). Click to show what was cut.` },
    `✂ ${r.reason}`,
  );
  const wrap = h('span', { class: 'cut', id: `cut-${i}`, 'data-reason': r.reason }, btn, body);
  const set = (open: boolean): void => {
    body.hidden = !open;
    btn.setAttribute('aria-expanded', String(open));
    wrap.classList.toggle('open', open);
  };
  btn.addEventListener('click', () => set(body.hidden));
  return { wrap, open: () => set(true) };
}

/** Renders `text` with `marks` drawn over it and the cuts of `removed` at their places. */
export function renderText(text: string, marks: readonly Mark[], removed: readonly Removal[], lang: string | undefined): RenderedText {
  const pieces = segmentText(text.length, marks, removed.map((r) => r.at));
  const runs = new Map<string, HTMLElement[]>();
  const runMarks = new WeakMap<Element, readonly Mark[]>();
  const cuts = new Map<number, { wrap: HTMLElement; open(): void }>();
  const el = h('div', { class: 'text', lang: lang && lang !== 'und' ? lang : null });

  for (const p of pieces) {
    if (p.kind === 'cut') {
      for (const i of p.cuts) {
        const r = removed[i];
        if (!r) continue;
        const c = cutMarker(r, i);
        cuts.set(i, c);
        el.appendChild(c.wrap);
      }
      continue;
    }
    const s = text.slice(p.start, p.end);
    if (p.marks.length === 0) {
      el.appendChild(document.createTextNode(s));
      continue;
    }
    const classes = new Set<string>(['r']);
    const titles: string[] = [];
    const evidence: string[] = [];
    for (const m of p.marks) {
      if (m.layer === 'ref') continue;
      classes.add(`l-${m.layer}`);
      classes.add(`k-${m.layer}-${token(m.kind)}`);
      if (m.layer !== 'claim') titles.push(m.title);
      if (m.layer === 'evidence') evidence.push(m.key);
    }
    const span = h('span', { class: [...classes].join(' '), title: titles.length ? titles.join('\n') : null, 'data-ev': evidence.length ? evidence.join(' ') : null }, s);
    runMarks.set(span, p.marks);
    for (const m of p.marks) {
      const list = runs.get(m.key);
      if (list) list.push(span);
      else runs.set(m.key, [span]);
    }
    el.appendChild(span);
  }

  return {
    element: el,
    runsOf: (key) => runs.get(key) ?? [],
    marksOf: (run) => runMarks.get(run),
    openCut(i) {
      const c = cuts.get(i);
      c?.open();
      return c?.wrap;
    },
  };
}

import type { CleanDocument, Removal } from '../model/document.js';

export interface PrettyOptions {
  color?: boolean;
  /** Show the full text of each cut instead of its first words. */
  fullCuts?: boolean;
}

const paint = (on: boolean, code: string) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

function preview(r: Removal, full: boolean): string {
  const flat = r.text.replace(/\s+/g, ' ').trim();
  return full || flat.length <= 60 ? flat : `${flat.slice(0, 57)}…`;
}

/**
 * Renders a report for a terminal: metadata, then the cleaned text with each cut marked where it
 * was (`⟦cut: reason …⟧`) and foreign-language spans tagged, so a reader sees what was removed and why.
 */
export function prettyReport(doc: CleanDocument, opts: PrettyOptions = {}): string {
  const dim = paint(!!opts.color, '2');
  const bold = paint(!!opts.color, '1');
  const cut = paint(!!opts.color, '33');
  const foreign = paint(!!opts.color, '36');
  const m = doc.meta;
  const lines: string[] = [];
  lines.push(bold(m.headline?.value ?? '(no headline)'));
  const field = (k: string, v: string | undefined, from?: string) => {
    if (v) lines.push(`${dim(k.padEnd(10))} ${v}${from ? dim(` (${from})`) : ''}`);
  };
  field('id', doc.id);
  field('source', `${doc.source.location}${doc.source.line ? `:${doc.source.line}` : ''}${doc.source.url && doc.source.url !== doc.source.location ? ` ${doc.source.url}` : ''}`);
  field('outlet', m.outlet?.value, m.outlet?.from);
  field('author', m.author?.value, m.author?.from);
  field('published', m.published && `${m.published.value} [${m.published.precision}]`, m.published?.from);
  field('credited', m.creditedOrigin && `${m.creditedOrigin.name}`, m.creditedOrigin?.cue);
  field('url', m.canonicalUrl);
  field('language', m.language);
  field('encoding', doc.source.charset && `${doc.source.charset.name}`, doc.source.charset?.from);
  field('cuts', `${doc.removed.length}${doc.removed.length ? ` (${[...new Set(doc.removed.map((r) => r.reason))].join(', ')})` : ''}`);
  lines.push('');

  // Marks to insert into the text: cuts at their `at` offset, foreign spans around their range.
  type Mark = { at: number; order: number; s: string };
  const marks: Mark[] = [];
  for (const r of doc.removed) marks.push({ at: r.at, order: 1, s: cut(`⟦cut: ${r.reason} — ${preview(r, !!opts.fullCuts)}⟧`) });
  for (const p of doc.paragraphs) {
    for (const f of p.foreign) {
      marks.push({ at: f.range[0], order: 2, s: foreign(`⟦${f.lang}:`) });
      marks.push({ at: f.range[1], order: 0, s: foreign('⟧') });
    }
  }
  marks.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = '';
  let pos = 0;
  for (const mk of marks) {
    out += doc.text.slice(pos, mk.at);
    // A cut that stood between paragraphs gets its own line.
    const before = mk.at === 0 || doc.text[mk.at - 1] === '\n';
    const after = mk.at === doc.text.length || doc.text[mk.at] === '\n';
    if (mk.order === 1 && before) out += `${mk.s}\n`;
    else if (mk.order === 1 && after) out += `\n${mk.s}`;
    else out += mk.s;
    pos = mk.at;
  }
  out += doc.text.slice(pos);
  lines.push(out.replace(/\n+$/, ''));
  return lines.join('\n');
}

/**
 * Turns a stored report into marks over its cleaned text: one per entity mention, quote, numeric
 * fact, time expression, hedge, foreign-language span, claim and piece of finding evidence. The
 * reading stages' data is read defensively: a field of an unexpected shape is skipped, and a
 * range outside the text is dropped and counted, never drawn in the wrong place.
 */
import type { Finding, Range, Report } from '../types.js';
import type { Layer } from './layers.js';

/** One highlight over the text, with what the inspector shows about it. */
export interface Mark {
  /** Unique within the report, stable across renders: `ev-2-0`, `ent-e1-3`, … */
  key: string;
  layer: Layer;
  /** Sub-kind for styling: the entity type, quote kind, hedge kind, finding severity, language. */
  kind: string;
  range: Range;
  /** One line: what this is. */
  title: string;
  /** Label and value pairs for the inspector. */
  details: Array<[string, string]>;
  /** For evidence marks: which finding and which of its evidence. */
  finding?: { index: number; evidence: number };
}

/** The marks, and how many spans were skipped for pointing outside the text. */
export interface MarkSet {
  marks: Mark[];
  skipped: number;
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** A well-formed range inside a text of `length`, or undefined. */
export function asRange(v: unknown, length: number): Range | undefined {
  if (!Array.isArray(v) || v.length !== 2) return undefined;
  const [s, e] = v as unknown[];
  if (!Number.isInteger(s) || !Number.isInteger(e)) return undefined;
  const start = s as number;
  const end = e as number;
  return start >= 0 && start <= end && end <= length ? [start, end] : undefined;
}

function pairs(entries: Array<[string, unknown]>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [k, v] of entries) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) out.push([k, v.map(String).join(', ')]);
    } else out.push([k, String(v)]);
  }
  return out;
}

/** "e.g. 48.208, 16.372 (Vienna, AT)" from an entity's `geo`. */
function geoText(geo: unknown): string | undefined {
  if (!isObj(geo)) return undefined;
  const lat = num(geo.lat);
  const lon = num(geo.lon);
  const where = [str(geo.name), str(geo.country)].filter(Boolean).join(', ');
  if (lat === undefined || lon === undefined) return where || undefined;
  return `${lat.toFixed(3)}, ${lon.toFixed(3)}${where ? ` (${where})` : ''}`;
}

function intervalText(iv: unknown): string | undefined {
  if (!isObj(iv)) return undefined;
  const s = str(iv.start);
  const e = str(iv.end);
  return s && e ? `${s} → ${e}` : s ?? e;
}

/**
 * Collects every mark of a report; marks come in document order within each layer. With the
 * report's `id`, evidence that names another report is left out.
 */
export function collectMarks(report: Pick<Report, 'text' | 'data' | 'paragraphs' | 'findings' | 'meta'> & { id?: string }): MarkSet {
  const length = report.text.length;
  const marks: Mark[] = [];
  let skipped = 0;
  const add = (m: Omit<Mark, 'range'>, raw: unknown): void => {
    const range = asRange(raw, length);
    if (range === undefined) {
      skipped++;
      return;
    }
    marks.push({ ...m, range });
  };
  const data = isObj(report.data) ? report.data : {};

  report.findings.forEach((f: Finding, i) => {
    arr(f.evidence).forEach((ev, j) => {
      // Evidence in another report (a cross-report finding's) is not drawn over this text.
      if (!isObj(ev) || (report.id !== undefined && typeof ev.docId === 'string' && ev.docId !== report.id)) return;
      add(
        {
          key: `ev-${i}-${j}`,
          layer: 'evidence',
          kind: f.severity,
          title: `${f.ruleId}: ${f.message}`,
          details: pairs([
            ['rule', `${f.ruleId} / ${f.messageId}`],
            ['severity', f.severity],
            ['message', f.message],
          ]),
          finding: { index: i, evidence: j },
        },
        ev.range,
      );
    });
  });

  for (const e of arr(data.entities)) {
    if (!isObj(e)) continue;
    const type = str(e.type) ?? 'entity';
    const canonical = str(e.canonical) ?? '';
    arr(e.mentions).forEach((m, j) => {
      if (!isObj(m)) return;
      add(
        {
          key: `ent-${str(e.id) ?? canonical}-${j}`,
          layer: 'entity',
          kind: type,
          title: `${type}: ${canonical}`,
          details: pairs([
            ['entity', canonical],
            ['type', type],
            ['mention', str(m.kind)],
            ['roles', arr(e.roles)],
            ['aliases', arr(e.aliases)],
            ['place', geoText(e.geo)],
          ]),
        },
        m.range,
      );
    });
  }

  arr(data.quotes).forEach((q, i) => {
    if (!isObj(q)) return;
    const sp = isObj(q.speaker) ? q.speaker : {};
    const speaker = str(sp.name) ?? str(sp.description) ?? (str(sp.kind) === 'none' ? 'no speaker' : 'unnamed');
    const role = str(sp.role);
    const verb = isObj(q.verb) ? str(q.verb.lemma) : undefined;
    const via = isObj(q.via) ? str(q.via.text) : undefined;
    add(
      {
        key: `q-${str(q.id) ?? i}`,
        layer: 'quote',
        kind: str(q.kind) ?? 'quote',
        title: `${str(q.kind) ?? ''} quote — ${speaker}${role ? ` (${role})` : ''}`.trim(),
        details: pairs([
          ['speaker', speaker],
          ['speaker kind', str(sp.kind)],
          ['role', role],
          ['verb', verb],
          ['via', via],
          ['quote kind', str(q.kind)],
        ]),
      },
      q.range,
    );
  });

  arr(data.numbers).forEach((n, i) => {
    if (!isObj(n)) return;
    const source = isObj(n.source) ? str(n.source.name) ?? str(n.source.text) : undefined;
    add(
      {
        key: `n-${i}`,
        layer: 'number',
        kind: str(n.category) ?? 'number',
        title: `${num(n.value) ?? str(n.text) ?? ''} ${str(n.counted) ?? ''} — ${str(n.category) ?? 'number'}`.replace(/\s+/g, ' ').trim(),
        details: pairs([
          ['value', num(n.value)],
          ['approximation', str(n.approx)],
          ['counted', str(n.counted)],
          ['class', str(n.countedClass)],
          ['category', str(n.category)],
          ['whose figure', source],
        ]),
      },
      n.range,
    );
  });

  arr(data.times).forEach((t, i) => {
    if (!isObj(t)) return;
    add(
      {
        key: `t-${i}`,
        layer: 'time',
        kind: str(t.resolution) ?? 'time',
        title: `time: ${intervalText(t.interval) ?? str(t.resolution) ?? 'unresolved'}`,
        details: pairs([
          ['interval', intervalText(t.interval)],
          ['kind', str(t.kind)],
          ['precision', str(t.precision)],
          ['resolution', str(t.resolution)],
          ['anchor', str(t.anchor)],
          ['role', str(t.role)],
          ['note', str(t.note)],
        ]),
      },
      t.range,
    );
  });

  arr(data.claims).forEach((c, i) => {
    if (!isObj(c)) return;
    const worth = num(c.checkWorthiness);
    arr(c.hedges).forEach((hd, j) => {
      if (!isObj(hd)) return;
      add(
        {
          key: `h-${i}-${j}`,
          layer: 'hedge',
          kind: str(hd.kind) ?? 'hedge',
          title: `hedge: ${str(hd.kind) ?? ''}`.trim(),
          details: pairs([
            ['hedge kind', str(hd.kind)],
            ['in a claim of kind', str(c.kind)],
          ]),
        },
        hd.range,
      );
    });
    add(
      {
        key: `c-${i}`,
        layer: 'claim',
        kind: worth !== undefined && worth >= 0.5 ? 'check-worthy' : 'other',
        title: `claim: ${str(c.kind) ?? 'other'}${worth !== undefined ? ` · check-worthiness ${worth.toFixed(2)}` : ''}`,
        details: pairs([
          ['claim kind', str(c.kind)],
          ['check-worthiness', worth?.toFixed(2)],
          ['cues', arr(c.cues).map((x) => (isObj(x) ? str(x.text) ?? str(x.kind) : x))],
        ]),
      },
      c.range,
    );
  });

  report.paragraphs.forEach((p, i) => {
    arr(p.foreign).forEach((f, j) => {
      if (!isObj(f)) return;
      const lang = str(f.lang) ?? 'und';
      add(
        {
          key: `fl-${i}-${j}`,
          layer: 'foreign',
          kind: lang,
          title: `in ${lang} (paragraph in ${p.lang})`,
          details: pairs([
            ['language', lang],
            ['confidence', num(f.confidence)?.toFixed(2)],
            ['paragraph language', p.lang],
          ]),
        },
        f.range,
      );
    });
  });

  // Spans that metadata and incidents point at: outlined on demand, not drawn.
  const meta = isObj(report.meta) ? report.meta : {};
  for (const field of ['headline', 'outlet', 'author', 'creditedOrigin'] as const) {
    const v = meta[field];
    if (isObj(v) && v.range !== undefined) add({ key: `ref-${field}`, layer: 'ref', kind: field, title: `${field} (metadata)`, details: [] }, v.range);
  }
  arr(data.incidents).forEach((inc, i) => {
    if (!isObj(inc)) return;
    for (const part of ['date', 'location'] as const) {
      const p = inc[part];
      const first = isObj(p) ? arr(p.evidence)[0] : undefined;
      if (first !== undefined) add({ key: `ref-inc-${i}-${part}`, layer: 'ref', kind: part, title: `incident ${part}`, details: [] }, first);
    }
  });

  return { marks, skipped };
}

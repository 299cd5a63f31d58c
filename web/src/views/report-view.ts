/**
 * One report: the cleaned text with highlights by type and cuts in place, and beside it the
 * findings (each linking to its evidence), the stories it is in and the cross-report findings on
 * it (linking to its own words and to the other reports' words), the credibility profile, where
 * each metadata value was read, the cuts, the incidents and who says what. Clicking highlighted
 * text opens the inspector.
 */
import { getReport, getReportStories } from '../api.js';
import { cls, h, type Child } from '../dom.js';
import { clip, count, languageName, ORIGIN_TEXT, plural, shortDate } from '../format.js';
import { readProfile } from '../profile.js';
import { routePath, spanOfFocus, spanPath } from '../router.js';
import { externalHref } from '../safe-url.js';
import { LAYERS, type Layer } from '../text/layers.js';
import { collectMarks, type Mark } from '../text/marks.js';
import type { Finding, Range, Report, ReportStories } from '../types.js';
import { defTable, errorBox, langBadge, loading, severityTag } from './common.js';
import { statusChips, storyCounts } from './story-common.js';
import { renderText, type RenderedText } from './report-text.js';

/** The inspector's tag for each kind of mark. */
const LAYER_TAG: Readonly<Record<Layer, string>> = {
  evidence: 'Finding',
  entity: 'Entity',
  quote: 'Quote',
  number: 'Number',
  time: 'Time',
  hedge: 'Hedge',
  foreign: 'Language',
  claim: 'Claim',
  ref: 'Span',
};

const SEVERITY_ORDER: Readonly<Record<string, number>> = { error: 0, warning: 1, info: 2 };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** A collapsible side panel. */
function panel(id: string, title: string, badge: Child, body: Child, open = true): HTMLElement {
  return h('details', { class: 'panel', id: `panel-${id}`, open }, h('summary', null, h('span', { class: 'panel-title' }, title), badge === null ? null : h('span', { class: 'count' }, badge)), h('div', { class: 'panel-body' }, body));
}

/** An external link when the URL is http(s); otherwise the URL as plain text. */
function maybeLink(url: string): HTMLElement {
  const href = externalHref(url);
  return href ? h('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'ext' }, url) : h('span', { class: 'mono' }, url);
}

class ReportPage {
  readonly root: HTMLElement;
  private readonly layers = new Set<Layer>(LAYERS.filter((l) => l.on).map((l) => l.layer));
  private readonly marks: Mark[];
  private readonly skipped: number;
  private readonly text: RenderedText;
  private readonly inspector = h('div', { class: 'inspector-body' });
  private readonly legendBoxes = new Map<Layer, HTMLInputElement>();
  private focused: HTMLElement[] = [];
  private selected: HTMLElement[] = [];

  /** Cross-report findings come after the report's own, so `ev-<i>-<j>` keys of its own stay put. */
  private readonly ownFindings: number;

  constructor(
    private readonly report: Report,
    private readonly across?: ReportStories,
    linked?: { key: string; range: Range },
  ) {
    this.ownFindings = report.findings.length;
    const set = collectMarks(across ? { ...report, findings: [...report.findings, ...across.findings] } : report);
    // Words another page linked to (`#span-<start>-<end>`): outlined when focused, not drawn.
    if (linked && linked.range[1] <= report.text.length && linked.range[0] < linked.range[1]) {
      set.marks.push({ key: linked.key, layer: 'ref', kind: 'linked', range: linked.range, title: 'The words linked to this report', details: [] });
    }
    this.marks = set.marks;
    this.skipped = set.skipped;
    this.text = renderText(report.text, this.marks, report.removed, report.meta.language);
    this.text.element.addEventListener('click', (ev) => {
      const run = (ev.target as Element | null)?.closest?.('.r');
      if (run) this.inspect(run);
    });
    this.root = h(
      'section',
      { class: 'view report' },
      this.head(),
      h(
        'div',
        { class: 'report-grid' },
        h('article', { class: 'reader' }, this.legend(), this.text.element, this.skipped ? h('p', { class: 'note' }, `${plural(this.skipped, 'span')} pointed outside the text and are not drawn.`) : null),
        h(
          'aside',
          { class: 'side' },
          panel('inspector', 'Inspector', null, this.inspector),
          this.findingsPanel(),
          this.acrossPanel(),
          this.storiesPanel(),
          this.profilePanel(),
          this.metaPanel(),
          this.cutsPanel(),
          this.incidentsPanel(),
          this.quotesPanel(),
        ),
      ),
    );
    this.applyLayers();
    this.inspector.replaceChildren(h('p', { class: 'muted' }, 'Click highlighted text to see what each highlight says: entity, quote and speaker, figure, time, hedge, claim, finding.'));
  }

  private head(): HTMLElement {
    const { meta, source } = this.report;
    const headline = meta.headline?.value;
    const facts: Child[] = [];
    if (meta.outlet) facts.push(h('span', { class: 'outlet' }, meta.outlet.value));
    if (meta.author) facts.push(h('span', null, 'by ', meta.author.value));
    if (meta.published) facts.push(h('span', { title: `precision: ${meta.published.precision}` }, shortDate(meta.published.value)));
    facts.push(h('span', null, langBadge(meta.language), ' ', languageName(meta.language)));
    facts.push(h('span', null, `${count(this.report.text.length)} characters`));
    facts.push(h('span', null, plural(this.report.removed.length, 'cut')));
    facts.push(h('span', null, plural(this.report.findings.length, 'finding')));
    if (this.across) {
      facts.push(h('span', { class: 'across-count' }, plural(this.across.findings.length, 'cross-report finding')));
      facts.push(h('span', null, plural(this.across.stories.length, 'story', 'stories')));
    }
    return h(
      'header',
      { class: 'report-head' },
      h('nav', { class: 'crumbs' }, h('a', { href: '/reports' }, 'Reports'), ' / ', h('span', { class: 'mono' }, this.report.id)),
      h('h1', { class: 'headline' }, headline ?? h('span', { class: 'muted' }, '(no headline)')),
      h('div', { class: 'facts' }, facts),
      h('div', { class: 'source-line' }, `${source.kind}: `, source.url ? maybeLink(source.url) : h('span', { class: 'mono' }, source.location)),
    );
  }

  private legend(): HTMLElement {
    const counts = new Map<Layer, number>();
    const entityTypes = new Map<string, number>();
    for (const m of this.marks) {
      if (m.layer === 'claim' && m.kind !== 'check-worthy') continue;
      counts.set(m.layer, (counts.get(m.layer) ?? 0) + 1);
      if (m.layer === 'entity') entityTypes.set(m.kind, (entityTypes.get(m.kind) ?? 0) + 1);
    }
    const items = LAYERS.map((l) => {
      const n = counts.get(l.layer) ?? 0;
      const box = h('input', { type: 'checkbox', checked: this.layers.has(l.layer), disabled: n === 0, 'data-layer': l.layer });
      box.addEventListener('change', () => {
        if (box.checked) this.layers.add(l.layer);
        else this.layers.delete(l.layer);
        this.applyLayers();
      });
      this.legendBoxes.set(l.layer, box);
      return h('label', { class: `chip chip-${l.layer}${n === 0 ? ' empty' : ''}`, title: l.hint }, box, h('span', { class: 'swatch' }), l.label, h('span', { class: 'count' }, String(n)));
    });
    const types = [...entityTypes.entries()].sort((a, b) => b[1] - a[1]);
    return h(
      'div',
      { class: 'legend' },
      h('div', { class: 'chips' }, items),
      types.length ? h('div', { class: 'entity-types' }, 'Entities: ', types.map(([t, n]) => h('span', { class: `etype k-entity-${t.replace(/[^a-z0-9-]/gi, '-').toLowerCase()}` }, `${t} ${n}`))) : null,
    );
  }

  private applyLayers(): void {
    for (const l of LAYERS) {
      this.text.element.classList.toggle(`show-${l.layer}`, this.layers.has(l.layer));
      const box = this.legendBoxes.get(l.layer);
      if (box) box.checked = this.layers.has(l.layer);
    }
  }

  /** Scrolls to a mark's text and outlines it; evidence of a hidden layer turns the layer on. */
  focus(key: string): boolean {
    const runs = this.text.runsOf(key);
    if (runs.length === 0) return false;
    const mark = this.marks.find((m) => m.key === key);
    if (mark && mark.layer !== 'ref' && !this.layers.has(mark.layer)) {
      this.layers.add(mark.layer);
      this.applyLayers();
    }
    for (const r of this.focused) r.classList.remove('focus', 'flash');
    this.focused = runs;
    for (const r of runs) {
      r.classList.add('focus');
      // Restart the flash animation even when the same span is focused twice.
      r.classList.remove('flash');
      void r.offsetWidth;
      r.classList.add('flash');
    }
    runs[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (mark) this.showMarks([mark]);
    if (/^ev-\d+-\d+$/.test(key)) history.replaceState(history.state, '', `${location.pathname}${location.search}#${key}`);
    return true;
  }

  private inspect(run: Element): void {
    const marks = (this.text.marksOf(run) ?? []).filter((m) => m.layer !== 'ref' && (m.layer === 'claim' || this.layers.has(m.layer)));
    for (const r of this.selected) r.classList.remove('selected');
    this.selected = marks.filter((m) => m.layer !== 'claim').flatMap((m) => this.text.runsOf(m.key));
    for (const r of this.selected) r.classList.add('selected');
    this.showMarks(marks);
    const details = this.root.querySelector<HTMLDetailsElement>('#panel-inspector');
    if (details) details.open = true;
  }

  private showMarks(marks: readonly Mark[]): void {
    if (marks.length === 0) {
      this.inspector.replaceChildren(h('p', { class: 'muted' }, 'Nothing is marked here.'));
      return;
    }
    const order: Layer[] = ['evidence', 'quote', 'entity', 'number', 'time', 'hedge', 'foreign', 'claim', 'ref'];
    const sorted = [...marks].sort((a, b) => order.indexOf(a.layer) - order.indexOf(b.layer));
    this.inspector.replaceChildren(
      ...sorted.map((m) =>
        h(
          'div',
          { class: `inspect inspect-${m.layer}` },
          h('div', { class: 'inspect-title' }, h('span', { class: `layer-tag tag-${m.layer}` }, LAYER_TAG[m.layer]), ' ', m.title),
          h('blockquote', { class: 'inspect-text' }, clip(this.report.text.slice(m.range[0], m.range[1]), 400)),
          m.details.length ? defTable(m.details, 'kv small') : null,
          m.finding ? h('a', { href: `#finding-${m.finding.index}`, class: 'small', onclick: (ev: Event) => this.toFinding(ev, m.finding?.index ?? 0) }, 'Go to the finding') : null,
          h('div', { class: 'range muted small' }, `characters ${m.range[0]}–${m.range[1]}`),
        ),
      ),
    );
  }

  private toFinding(ev: Event, i: number): void {
    ev.preventDefault();
    const el = this.root.querySelector(`#finding-${i}`);
    const details = el?.closest<HTMLDetailsElement>('details.panel');
    if (details) details.open = true;
    el?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    el?.classList.add('flash-box');
    setTimeout(() => el?.classList.remove('flash-box'), 1600);
  }

  private showButton(key: string, label = 'show'): HTMLElement | null {
    if (this.text.runsOf(key).length === 0) return null;
    return h('button', { type: 'button', class: 'link-btn', onclick: () => this.focus(key) }, label);
  }

  private findingCard(f: Finding, i: number): HTMLElement {
    const evidence = f.evidence.map((ev, j) => {
      const key = `ev-${i}-${j}`;
      const drawn = this.text.runsOf(key).length > 0;
      return h(
        'li',
        null,
        drawn
          ? h('button', { type: 'button', class: 'evidence-link', 'data-ev': key, title: 'Show in the text', onclick: () => this.focus(key) }, `“${clip(ev.quote, 160)}”`)
          : h('span', { class: 'muted', title: 'this span does not match the text' }, `“${clip(ev.quote, 160)}”`),
      );
    });
    const related = (f.related ?? []).map((ev) =>
      h('li', null, h('a', { href: spanPath(ev.docId, ev.range), class: 'related', 'data-doc': ev.docId }, h('span', { class: 'related-name' }, this.reportName(ev.docId)), ' ', `“${clip(ev.quote, 120)}”`)),
    );
    return h(
      'div',
      { class: `finding sev-border-${f.severity}`, id: `finding-${i}` },
      h('div', { class: 'finding-head' }, severityTag(f.severity), h('code', { class: 'rule' }, f.ruleId), h('span', { class: 'muted small' }, f.messageId)),
      h('p', { class: 'finding-message' }, f.message),
      evidence.length ? h('ol', { class: 'evidence' }, evidence) : h('p', { class: 'muted small' }, 'About the report as a whole: no span in the text.'),
      related.length ? h('div', { class: 'small' }, 'In other reports:', h('ul', { class: 'related-list' }, related)) : null,
    );
  }

  /** Another report as links name it: its outlet or headline when known, else its short id. */
  private reportName(docId: string): string {
    const r = this.across?.reports.find((x) => x.docId === docId);
    return r?.outlet ?? (r?.headline ? clip(r.headline, 40) : docId.slice(0, 8));
  }

  private acrossPanel(): HTMLElement | null {
    if (!this.across) return null;
    const fs = this.across.findings.map((f, k) => ({ f, i: this.ownFindings + k })).sort((a, b) => (SEVERITY_ORDER[a.f.severity] ?? 3) - (SEVERITY_ORDER[b.f.severity] ?? 3) || a.i - b.i);
    const body = fs.length
      ? fs.map(({ f, i }) => this.findingCard(f, i))
      : h('p', { class: 'muted' }, 'No cross-report findings: nothing here is contradicted, only this report says it, or it copies another.');
    return panel('across', 'Across reports', String(fs.length), body, fs.length > 0);
  }

  private storiesPanel(): HTMLElement | null {
    if (!this.across) return null;
    const { stories } = this.across;
    const body = stories.length
      ? h(
          'ul',
          { class: 'plain report-stories' },
          stories.map((s) =>
            h(
              'li',
              { 'data-story': s.id },
              h('a', { href: routePath({ name: 'story', id: s.id }), class: 'story-link' }, s.title || s.id),
              h('span', { class: 'tag', title: s.role === 'member' ? 'the story is what this report is about' : 'this report also tells of the story\'s incident' }, s.role === 'member' ? 'about it' : 'linked'),
              h('div', { class: 'muted small' }, s.label),
              h('div', { class: 'small' }, storyCounts(s.counts)),
              s.counts.facets > 0 ? h('div', { class: 'small' }, statusChips(s.counts)) : null,
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'In no story yet: the cross-report layer has not taken this report in.');
    return panel('stories', 'Stories', String(stories.length), body);
  }

  private findingsPanel(): HTMLElement {
    const fs = this.report.findings.map((f, i) => ({ f, i })).sort((a, b) => (SEVERITY_ORDER[a.f.severity] ?? 3) - (SEVERITY_ORDER[b.f.severity] ?? 3) || a.i - b.i);
    const body = fs.length ? fs.map(({ f, i }) => this.findingCard(f, i)) : h('p', { class: 'muted' }, 'No findings on this report.');
    return panel('findings', 'Findings', String(fs.length), body);
  }

  private profilePanel(): HTMLElement {
    // Across reports, the profile also counts the cross-report findings (server-built, same ids order).
    const profile = this.across?.profile !== undefined ? readProfile(this.across.profile, [...this.report.findings, ...this.across.findings]) : readProfile(this.report.data.profile, this.report.findings);
    if (profile === undefined) {
      return panel('profile', 'Credibility profile', null, h('p', { class: 'muted' }, 'No profile: the credibility signals have not run on this report.'), false);
    }
    const withFindings = profile.categories.filter((c) => c.count > 0).length;
    const rows = profile.categories.map((c) => {
      const concern = c.score === undefined ? null : c.scoreMax ? Math.max(0, Math.min(1, c.score / c.scoreMax)) : null;
      return h(
        'tr',
        { class: cls(!c.checked && 'unchecked', c.count === 0 && 'quiet') },
        h('th', { scope: 'row', title: c.category }, c.label),
        h('td', { class: 'num' }, c.checked ? String(c.count) : '—'),
        h(
          'td',
          { class: 'concern' },
          c.score === undefined || !c.checked
            ? h('span', { class: 'muted' }, c.checked ? '—' : 'not checked')
            : h(
                'span',
                { class: 'meter', title: `concern ${c.score} of ${c.scoreMax ?? '?'}` },
                h('span', { class: cls('meter-bar', concern !== null && concern >= 0.5 && 'high', concern !== null && concern > 0 && concern < 0.5 && 'some'), 'data-fill': String(Math.round((concern ?? 0) * 10)) }),
                h('span', { class: 'meter-num' }, `${c.score}${c.scoreMax !== undefined ? `/${c.scoreMax}` : ''}`),
              ),
        ),
      );
    });
    const details = profile.categories
      .filter((c) => c.findings.length > 0)
      .map((c) =>
        h(
          'div',
          { class: 'profile-cat' },
          h('div', { class: 'profile-cat-head' }, c.label),
          c.summary ? h('p', { class: 'small' }, c.summary) : null,
          h(
            'ul',
            { class: 'plain small' },
            c.findings.map((f) =>
              h('li', null, h('a', { href: `#finding-${f.index}`, class: 'finding-ref', onclick: (ev: Event) => this.toFinding(ev, f.index) }, f.id), f.points !== undefined ? h('span', { class: 'muted' }, ` +${f.points}`) : null),
            ),
          ),
        ),
      );
    return panel(
      'profile',
      'Credibility profile',
      `${withFindings} of ${profile.categories.filter((c) => c.checked).length}`,
      h(
        'div',
        null,
        profile.summary ? h('p', { class: 'profile-summary' }, profile.summary) : null,
        h('table', { class: 'profile-table' }, h('thead', null, h('tr', null, h('th', null, 'Category'), h('th', { class: 'num' }, 'Findings'), h('th', null, 'Concern'))), h('tbody', null, rows)),
        details,
        profile.notes.length ? h('div', { class: 'small' }, h('div', { class: 'profile-cat-head' }, 'Notes'), h('ul', { class: 'notes' }, profile.notes.map((n) => h('li', null, n)))) : null,
        profile.formula ? h('p', { class: 'formula muted small' }, 'Score: ', profile.formula, '.') : null,
      ),
      withFindings > 0,
    );
  }

  private metaPanel(): HTMLElement {
    const { meta, source, given } = this.report;
    const from = (f: string | undefined): HTMLElement => h('span', { class: 'from', title: f ?? '' }, f ? ORIGIN_TEXT[f] ?? f : '');
    const rows: Array<[string, Child, Child]> = [];
    if (meta.headline) rows.push(['Headline', meta.headline.value, [from(meta.headline.from), ' ', this.showButton('ref-headline')]]);
    if (meta.outlet) rows.push(['Outlet', meta.outlet.value, [from(meta.outlet.from), ' ', this.showButton('ref-outlet')]]);
    if (meta.author) rows.push(['Author', meta.author.value, [from(meta.author.from), ' ', this.showButton('ref-author')]]);
    if (meta.published) {
      rows.push([
        'Published',
        [shortDate(meta.published.value), h('span', { class: 'muted' }, ` (${meta.published.precision})`)],
        [from(meta.published.from), meta.published.quote ? h('span', { class: 'muted' }, ` “${clip(meta.published.quote, 60)}”`) : null],
      ]);
    }
    if (meta.creditedOrigin) {
      rows.push(['Credited origin', [meta.creditedOrigin.name, h('div', { class: 'muted small' }, `“${clip(meta.creditedOrigin.quote, 100)}”`)], [from(meta.creditedOrigin.cue), ' ', this.showButton('ref-creditedOrigin')]]);
    }
    if (meta.canonicalUrl) rows.push(['Canonical URL', maybeLink(meta.canonicalUrl), '']);
    rows.push(['Language', [langBadge(meta.language), ' ', languageName(meta.language)], from('language')]);
    rows.push(['Input', [`${source.kind} `, h('span', { class: 'mono' }, source.location), source.line ? ` line ${source.line}` : ''], '']);
    if (source.url) rows.push(['Address', maybeLink(source.url), '']);
    if (source.recordId) rows.push(['Record id', h('span', { class: 'mono' }, source.recordId), '']);
    rows.push(['Fetched', shortDate(source.fetchedAt.replace(/\.\d+Z$/, 'Z')), '']);
    if (source.contentType) rows.push(['Content type', source.contentType, '']);
    if (source.charset) rows.push(['Charset', source.charset.name, from(source.charset.from)]);
    rows.push(['Format', this.report.format, '']);
    for (const [k, v] of Object.entries(given ?? {})) rows.push([`Given ${k}`, clip(String(v), 200), from('given')]);
    return panel(
      'meta',
      'Metadata',
      null,
      h(
        'table',
        { class: 'kv meta' },
        h(
          'tbody',
          null,
          rows.map(([k, v, f]) =>
            h('tr', null, h('th', { scope: 'row' }, k), h('td', null, h('div', { class: 'meta-value' }, v), f === '' || f === null ? null : h('div', { class: 'from-line' }, 'read from: ', f))),
          ),
        ),
      ),
    );
  }

  private cutsPanel(): HTMLElement {
    const { removed } = this.report;
    const items = removed.map((r, i) =>
      h(
        'li',
        null,
        h('button', {
          type: 'button',
          class: 'link-btn',
          onclick: () => {
            const el = this.text.openCut(i);
            el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
          },
        }, r.reason),
        h('span', { class: 'muted' }, ` ${r.detail} · ${count(r.text.length)} chars at ${r.at}`),
        h('div', { class: 'cut-preview' }, clip(r.text.replace(/\s+/g, ' '), 140)),
      ),
    );
    return panel('cuts', 'Cuts', String(removed.length), items.length ? h('ul', { class: 'plain' }, items) : h('p', { class: 'muted' }, 'Cleaning cut nothing from this report.'), removed.length > 0);
  }

  private incidentsPanel(): HTMLElement | null {
    const incidents = arr(this.report.data.incidents).filter(isObj);
    if (incidents.length === 0) return null;
    const cards = incidents.map((inc, i) => {
      const date = isObj(inc.date) ? inc.date : {};
      const loc = isObj(inc.location) ? inc.location : {};
      const cas = isObj(inc.casualties) ? inc.casualties : {};
      const rangeOf = (v: unknown): string | undefined => {
        if (!isObj(v)) return undefined;
        const low = num(v.low);
        const high = num(v.high);
        if (low === undefined && high === undefined) return undefined;
        return low === high || high === undefined ? String(low) : low === undefined ? `up to ${high}` : `${low}–${high}`;
      };
      const killed = rangeOf(cas.killed);
      const injured = rangeOf(cas.injured);
      const iv = isObj(date.interval) ? `${str(date.interval.start) ?? ''} → ${str(date.interval.end) ?? ''}` : undefined;
      const sites = arr(loc.sites).map((s) => (isObj(s) ? str(s.name) : undefined)).filter(Boolean);
      const who = arr(inc.attacker).filter(isObj).map((a) => `${str(a.name) ?? '?'} ${str(a.stance) ?? ''}${str(a.by) ? ` by ${str(a.by)}` : ''}`);
      const rows: Array<[string, Child]> = [];
      if (str(date.text)) rows.push(['When', [`“${str(date.text)}”`, iv ? h('div', { class: 'muted small' }, iv) : null, ' ', this.showButton(`ref-inc-${i}-date`)]]);
      if (str(loc.name)) rows.push(['Where', [str(loc.name), sites.length ? h('span', { class: 'muted' }, ` (${sites.join(', ')})`) : null, ' ', this.showButton(`ref-inc-${i}-location`)]]);
      if (killed || injured) rows.push(['Casualties', [killed ? `${killed} killed` : '', killed && injured ? ', ' : '', injured ? `${injured} injured` : '']]);
      if (who.length) rows.push(['Attribution', who.join('; ')]);
      const target = isObj(inc.target) ? str(inc.target.text) : undefined;
      if (target) rows.push(['Target', target]);
      return h(
        'div',
        { class: 'incident' },
        h('div', { class: 'incident-head' }, h('strong', null, str(inc.eventType) ?? 'incident'), str(inc.subEventType) ? h('span', { class: 'muted' }, ` · ${str(inc.subEventType)}`) : null),
        defTable(rows, 'kv small'),
      );
    });
    return panel('incidents', 'Incidents', String(incidents.length), cards, true);
  }

  private quotesPanel(): HTMLElement | null {
    const quotes = this.marks.filter((m) => m.layer === 'quote');
    if (quotes.length === 0) return null;
    const items = quotes.map((m) => {
      const speaker = m.details.find(([k]) => k === 'speaker')?.[1] ?? '';
      const verb = m.details.find(([k]) => k === 'verb')?.[1];
      return h(
        'li',
        null,
        h('strong', null, speaker),
        verb ? h('span', { class: 'muted' }, ` ${verb}: `) : ': ',
        h('button', { type: 'button', class: 'evidence-link quiet', onclick: () => this.focus(m.key) }, `“${clip(this.report.text.slice(m.range[0], m.range[1]), 140)}”`),
      );
    });
    return panel('quotes', 'Who says what', String(quotes.length), h('ul', { class: 'plain quotes' }, items), false);
  }
}

/** The report view for a report id (or a prefix), optionally focused on a mark (`#ev-0-1`). */
export async function reportView(id: string, focus: string | undefined, signal: { stale(): boolean }): Promise<HTMLElement> {
  const wrap = h('section', { class: 'view' }, loading('the report'));
  let report: Report;
  // Stories and cross-report findings are a panel of their own: the report reads without them.
  const across = getReportStories(id).catch(() => undefined);
  try {
    report = await getReport(id);
  } catch (e) {
    wrap.replaceChildren(h('nav', { class: 'crumbs' }, h('a', { href: '/reports' }, 'Reports')), errorBox(e, `Could not open report ${id}`));
    return wrap;
  }
  const stories = await across;
  if (signal.stale()) return wrap;
  const span = spanOfFocus(focus);
  const page = new ReportPage(report, stories, span && focus ? { key: focus, range: span } : undefined);
  document.title = `${clip(report.meta.headline?.value ?? report.id, 80)} · corroborate`;
  if (focus) {
    // Focus once the page is in the document, so scrolling has somewhere to go.
    const tryFocus = (): void => {
      if (page.root.isConnected) page.focus(focus);
      else requestAnimationFrame(tryFocus);
    };
    requestAnimationFrame(tryFocus);
  }
  return page.root;
}

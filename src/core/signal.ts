import type { CleanDocument } from '../model/document.js';
import type { Finding, Severity } from '../model/finding.js';
import { evidenceOf, type Evidence, type Range } from '../model/span.js';

/**
 * Credibility-signal categories, named after the W3C Credible Web Community Group's
 * "credibility signals" where one fits (title representativeness, originality, sourcing, …).
 */
export type SignalCategory =
  | 'title-representativeness'
  | 'sourcing'
  | 'verification'
  | 'time-consistency'
  | 'language'
  | 'originality'
  | 'content-farm'
  | 'rhetoric'
  | 'corroboration';

export interface SignalMeta {
  /** kebab-case, equal to the signal's folder name and its doc slug. */
  id: string;
  category: SignalCategory;
  /** What it detects and why it matters, in a sentence or two. */
  rationale: string;
  /** Literature or datasets behind it. */
  references: string[];
  /** Message templates by id; `{name}` placeholders are filled from `data`. */
  messages: Record<string, string>;
  /** Default options; a caller's options are merged over these. */
  defaults?: Record<string, unknown>;
  /** Document fields or data slots the signal reads, checked against the pipeline. */
  requires: string[];
}

export interface SignalContext<O> {
  doc: CleanDocument;
  options: O;
  /** Reports a finding with evidence spans into `doc.text`. */
  report(f: { messageId: string; severity?: Severity; ranges: readonly Range[]; data?: Record<string, unknown>; related?: Evidence[] }): void;
}

export interface Signal<O = Record<string, unknown>> {
  meta: SignalMeta;
  run(ctx: SignalContext<O>): void;
}

/** Fills `{name}` placeholders; a missing value is left visible rather than silently dropped. */
export function formatMessage(template: string, data: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (all, k: string) => (k in data ? String(data[k]) : all));
}

export function defineSignal<O = Record<string, unknown>>(signal: Signal<O>): Signal<O> {
  const { id, messages } = signal.meta;
  if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new Error(`signal id "${id}" must be kebab-case`);
  if (Object.keys(messages).length === 0) throw new Error(`signal "${id}" has no messages`);
  return Object.freeze(signal);
}

/** Runs one signal on a document and returns its findings (the document is not changed). */
export function runSignal<O>(signal: Signal<O>, doc: CleanDocument, options: Partial<O> = {}): Finding[] {
  const findings: Finding[] = [];
  const merged = { ...(signal.meta.defaults ?? {}), ...options } as O;
  signal.run({
    doc,
    options: merged,
    report({ messageId, severity = 'warning', ranges, data, related }) {
      const template = signal.meta.messages[messageId];
      if (template === undefined) throw new Error(`signal "${signal.meta.id}" has no message "${messageId}"`);
      const f: Finding = {
        ruleId: signal.meta.id,
        messageId,
        message: formatMessage(template, data),
        severity,
        docId: doc.id,
        evidence: ranges.map(([s, e]) => evidenceOf(doc.id, doc.text, s, e)),
      };
      if (related && related.length) f.related = related;
      if (data) f.data = data;
      findings.push(f);
    },
  });
  return findings;
}

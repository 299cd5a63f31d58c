/**
 * Cross-report signals: rules with the same kind of metadata as a per-report signal (id,
 * category, rationale, references, messages, defaults) and one function that reports findings,
 * but whose input is what the corroboration layer worked out across a story's reports — the
 * facet verdicts, or the origin index's links — rather than one document. Their evidence is
 * already spans of the reports (the verdicts and links carry them), so a rule reports evidence,
 * not ranges; each finding is on the report its `evidence` quotes, the other reports' words in
 * `related`.
 */
import { formatMessage, type SignalMeta } from '../core/signal.js';
import type { FacetVerdict } from '../corpus/corroborate/verdict-types.js';
import type { OriginLink, ReportLabel } from '../corpus/origins/origin-types.js';
import type { Finding, Severity } from '../model/finding.js';
import type { Evidence } from '../model/span.js';

/** What a cross-report signal reads: a story's facet verdicts, or the origin links among its reports. */
export type CrossSignalReads = 'facet-verdicts' | 'origin-links';

/** Metadata of a cross-report signal: a per-report signal's, with what it reads instead of document fields. */
export interface CrossSignalMeta extends Omit<SignalMeta, 'requires'> {
  reads: CrossSignalReads;
}

/** Input of the rules that read facet verdicts: one story's verdicts, and the story's id (stored in each finding's data). */
export interface StoryVerdicts {
  verdicts: readonly FacetVerdict[];
  storyId: string;
}

/** Input of the rules that read origin links: links whose dependent report is in the story, and how to name an origin report. */
export interface StoryLinks {
  links: readonly OriginLink[];
  describe?: (docId: string) => ReportLabel | undefined;
}

/** One finding as a cross-report rule reports it. */
export interface CrossReport {
  /** The report the finding is on; `evidence` quotes its text. */
  docId: string;
  messageId: string;
  severity?: Severity;
  evidence: Evidence[];
  /** The other reports' words; set as given (an empty list stays), left out when undefined. */
  related?: Evidence[];
  /** Stored with the finding and used to fill the message. */
  data: Record<string, unknown>;
  /** Further message placeholders that are not stored ("2 independent reports"). */
  fill?: Record<string, unknown>;
}

/** What a cross-report rule is given. */
export interface CrossSignalContext<I, O> {
  input: I;
  options: O;
  report(f: CrossReport): void;
}

/** A cross-report signal: metadata plus one function. */
export interface CrossSignal<I, O = Record<string, unknown>> {
  meta: CrossSignalMeta;
  run(ctx: CrossSignalContext<I, O>): void;
}

/** Checks a cross-report signal's metadata (kebab-case id, at least one message) and freezes it. */
export function defineCrossSignal<I, O = Record<string, unknown>>(signal: CrossSignal<I, O>): CrossSignal<I, O> {
  const { id, messages } = signal.meta;
  if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new Error(`signal id "${id}" must be kebab-case`);
  if (Object.keys(messages).length === 0) throw new Error(`signal "${id}" has no messages`);
  return Object.freeze(signal);
}

/** Runs a cross-report signal on its input and returns its findings, in the order it reported them. */
export function runCrossSignal<I, O>(signal: CrossSignal<I, O>, input: I, options: Partial<O> = {}): Finding[] {
  const findings: Finding[] = [];
  const merged = { ...(signal.meta.defaults ?? {}), ...options } as O;
  signal.run({
    input,
    options: merged,
    report({ docId, messageId, severity = 'warning', evidence, related, data, fill }) {
      const template = signal.meta.messages[messageId];
      if (template === undefined) throw new Error(`signal "${signal.meta.id}" has no message "${messageId}"`);
      const message = formatMessage(template, fill ? { ...data, ...fill } : data);
      findings.push({ ruleId: signal.meta.id, messageId, message, severity, docId, evidence, ...(related !== undefined ? { related } : {}), data });
    },
  });
  return findings;
}

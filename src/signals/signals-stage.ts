/**
 * The signals stage: runs every per-report credibility signal on the read document, appends
 * their findings to `doc.findings` and sets `doc.data.profile` (see `profile.ts`).
 *
 * A signal that throws on one report does not stop the others or the batch: its failure
 * becomes an info finding of this stage (`signals-stage/signal-failed`, no evidence) that the
 * profile lists as a note.
 *
 * Options (from `StageContext.options.signals`): per signal id, an options object merged over
 * the signal's defaults, or `false` to skip it — `{ signals: { 'date-inconsistency':
 * { maxAgeDays: 90 }, 'machine-text-markers': false } }`.
 */
import { defineStage, type Stage } from '../core/stage.js';
import { runSignal, type Signal } from '../core/signal.js';
import { isClean } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { SIGNALS } from './index.js';
import { buildProfile } from './profile.js';

/** Per-signal options: an options object, or false to skip the signal. */
export type SignalsStageOptions = Readonly<Record<string, Record<string, unknown> | false>>;

function optionsFor(all: unknown, id: string): Record<string, unknown> | false {
  if (typeof all !== 'object' || all === null) return {};
  const o = (all as Record<string, unknown>)[id];
  if (o === false) return false;
  return typeof o === 'object' && o !== null ? (o as Record<string, unknown>) : {};
}

/** A stage running `signals` (default: every registered signal), in order. */
export function createSignalsStage(signals: readonly Signal[] = SIGNALS): Stage {
  // What the signals read is what the stage needs; the pipeline checks it at construction.
  const requires = [...new Set(signals.flatMap((s) => s.meta.requires))];
  return defineStage({
    id: 'signals',
    requires,
    provides: ['findings', 'profile'],
    run(doc, ctx) {
      if (!isClean(doc)) throw new Error(`signals stage reached report ${doc.id} before cleaning finished`);
      const all = ctx.options.signals;
      const found: Finding[] = [];
      for (const signal of signals) {
        const options = optionsFor(all, signal.meta.id);
        if (options === false) continue;
        try {
          found.push(...runSignal(signal, doc, options));
        } catch (e) {
          const error = e instanceof Error ? e.message : String(e);
          found.push({
            ruleId: 'signals-stage',
            messageId: 'signal-failed',
            message: `the ${signal.meta.id} signal could not run on this report (${error}); its category is incomplete`,
            severity: 'info',
            docId: doc.id,
            evidence: [],
            data: { signal: signal.meta.id, error },
          });
        }
      }
      doc.findings.push(...found);
      doc.data.profile = buildProfile(doc.findings, doc, { signals });
    },
  });
}

/** The stage over every registered signal. */
export const signalsStage = createSignalsStage();

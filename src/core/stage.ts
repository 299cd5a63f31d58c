import type { ReportDocument } from '../model/document.js';

/**
 * What a stage can need or add. `raw` is there from ingest; each other key names a field of
 * `ReportDocument` (or a `data.<key>` slot of a later reading stage).
 */
export type Capability = string;

export interface StageContext {
  /** Options handed to every stage (from the CLI or API), read-only. */
  readonly options: Readonly<Record<string, unknown>>;
}

/** One per-report step: pure, data in and data out, no IO. */
export interface Stage {
  readonly id: string;
  readonly requires: readonly Capability[];
  readonly provides: readonly Capability[];
  run(doc: ReportDocument, ctx: StageContext): void;
}

export function defineStage(stage: Stage): Stage {
  if (!/^[a-z][a-z0-9-]*$/.test(stage.id)) throw new Error(`stage id "${stage.id}" must be kebab-case`);
  if (stage.provides.length === 0) throw new Error(`stage "${stage.id}" provides nothing`);
  return Object.freeze({ ...stage, requires: Object.freeze([...stage.requires]), provides: Object.freeze([...stage.provides]) });
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Every capability the pipeline leaves on a document. */
  readonly provides: readonly Capability[];
  run(doc: ReportDocument, ctx?: StageContext): ReportDocument;
}

/** What ingest puts on every document before the first stage. */
export const INITIAL_CAPABILITIES: readonly Capability[] = ['raw', 'source', 'given'];

/**
 * Checks the order once, at construction: each stage's needs are met by an earlier stage and no
 * two stages claim the same output. A broken pipeline is a programmer error, so it throws.
 */
export function createPipeline(stages: readonly Stage[], initial: readonly Capability[] = INITIAL_CAPABILITIES): Pipeline {
  const have = new Map<Capability, string>(initial.map((c) => [c, 'ingest']));
  const ids = new Set<string>();
  for (const stage of stages) {
    if (ids.has(stage.id)) throw new Error(`stage "${stage.id}" appears twice in the pipeline`);
    ids.add(stage.id);
    for (const need of stage.requires) {
      if (!have.has(need)) {
        throw new Error(`stage "${stage.id}" requires "${need}", which no earlier stage provides`);
      }
    }
    for (const out of stage.provides) {
      const by = have.get(out);
      if (by) throw new Error(`stage "${stage.id}" provides "${out}", already provided by "${by}"`);
      have.set(out, stage.id);
    }
  }
  const frozen = Object.freeze([...stages]);
  const empty: StageContext = { options: {} };
  return Object.freeze({
    stages: frozen,
    provides: Object.freeze([...have.keys()]),
    run(doc: ReportDocument, ctx: StageContext = empty): ReportDocument {
      for (const stage of frozen) stage.run(doc, ctx);
      return doc;
    },
  });
}

/**
 * What an export covers. Without ids: every stored report and every story. Each id names a story
 * (`story-4`: the story and all its reports) or a report (full id or a prefix of 6+ characters:
 * the report and the stories it is in). Every id is checked before anything is written.
 */
import { CorroborateError } from '../core/errors.js';
import type { StoryRecord } from '../corpus/stories/story-types.js';
import type { CleanDocument } from '../model/document.js';
import type { Store } from '../store/store.js';
import { storedReports } from './json-export.js';
import { reportRef, type ReportRef } from './report-ref.js';
import { crossFindingsOn } from '../store/cross-findings-on.js';

/** The reports and stories an export covers. */
export interface ExportSelection {
  /** True when no id was named: every report and story, read page by page. */
  all: boolean;
  /** Full report ids, in the order named, each once (empty when `all`). */
  reportIds: string[];
  /** Story ids, in the order named or met, each once (empty when `all`). */
  storyIds: string[];
}

/** Resolves ids to reports and stories; fails with CRB_ERR_STORE_NOT_FOUND, naming the id, when one is unknown. */
export async function selectForExport(store: Store, ids: readonly string[] = []): Promise<ExportSelection> {
  if (ids.length === 0) return { all: true, reportIds: [], storyIds: [] };
  const reports = new Set<string>();
  const stories = new Set<string>();
  for (const id of ids) {
    const story = await store.getStory(id);
    if (story) {
      stories.add(story.id);
      for (const r of story.reports) reports.add(r.docId);
      continue;
    }
    const doc = await store.getReport(id);
    if (!doc) throw new CorroborateError('CRB_ERR_STORE_NOT_FOUND', `no stored report or story has id "${id}"`);
    reports.add(doc.id);
    for (const m of await store.storiesOfReport(doc.id)) stories.add(m.storyId);
  }
  return { all: false, reportIds: [...reports], storyIds: [...stories] };
}

/** The selected reports, one at a time, so a large store is never held whole. */
export async function* selectedReports(store: Store, sel: ExportSelection): AsyncGenerator<CleanDocument> {
  if (sel.all) {
    yield* storedReports(store);
    return;
  }
  for (const id of sel.reportIds) {
    const doc = await store.getReport(id);
    if (doc) yield doc;
  }
}

/** Ids of the selected stories, most independent origins first when all are selected. */
export async function selectedStoryIds(store: Store, sel: ExportSelection, pageSize = 200): Promise<string[]> {
  if (!sel.all) return sel.storyIds;
  const ids: string[] = [];
  const seen = new Set<string>();
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.listStories({ limit: pageSize, offset });
    for (const s of page) if (!seen.has(s.id)) (seen.add(s.id), ids.push(s.id));
    if (page.length < pageSize) return ids;
  }
}

/**
 * Reads shared by the writers of one export: stories and report references, each fetched from the
 * store once.
 */
export class ExportLookup {
  private readonly stories = new Map<string, StoryRecord | undefined>();
  private readonly refs = new Map<string, ReportRef | undefined>();

  constructor(private readonly store: Store) {}

  /** A story, whole. */
  async story(id: string): Promise<StoryRecord | undefined> {
    if (!this.stories.has(id)) this.stories.set(id, await this.store.getStory(id));
    return this.stories.get(id);
  }

  /** How to point at a report; from the document itself when the caller has it at hand. */
  async ref(id: string, doc?: CleanDocument): Promise<ReportRef | undefined> {
    if (doc && !this.refs.has(id)) this.refs.set(id, reportRef(doc));
    if (!this.refs.has(id)) {
      const d = await this.store.getReport(id);
      this.refs.set(id, d ? reportRef(d) : undefined);
    }
    return this.refs.get(id);
  }

  /** The stories a report is in, whole, members first. */
  async storiesOf(docId: string): Promise<StoryRecord[]> {
    const out: StoryRecord[] = [];
    for (const m of await this.store.storiesOfReport(docId)) {
      const s = await this.story(m.storyId);
      if (s) out.push(s);
    }
    return out;
  }

  /** Cross-report findings on a report, each once. */
  crossFindings(docId: string) {
    return crossFindingsOn(this.store, docId);
  }
}

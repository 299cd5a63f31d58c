/**
 * `GET /api/reports/:id/stories`: a report's place across reports — the stories it is in and the
 * cross-report findings on it, with the headline and outlet of every report those findings point
 * into. Kept apart from `GET /api/reports/:id` because a stored report never changes while these
 * do, as later reports join its stories.
 */
import type { Finding } from '../model/finding.js';
import { summaryOf, type StorySummary } from '../corpus/stories/story-types.js';
import type { Store } from '../store/store.js';
import { crossFindingsOn } from '../store/cross-findings-on.js';
import { buildProfile, type Profile } from '../signals/profile.js';
import { CROSS_REPORT_CATEGORIES } from '../signals/cross-report-categories.js';

/** A story a report is in, as listings show it, with the report's part in it. */
export interface ReportStory extends StorySummary {
  role: 'member' | 'linked';
}

/** A report that a cross-report finding points into. */
export interface RelatedReport {
  docId: string;
  headline?: string;
  outlet?: string;
  published?: string;
}

/** The answer of `GET /api/reports/:id/stories`. */
export interface ReportStories {
  id: string;
  stories: ReportStory[];
  findings: Finding[];
  /** Reports named in the findings' evidence, for labelling links to them. */
  reports: RelatedReport[];
  /**
   * The report's profile with the cross-report findings counted in (corroboration, originality,
   * time consistency) — the stored profile cannot hold them, as they change while stories grow.
   */
  profile?: Profile;
}

/** The stories of a stored report (full id) and the cross-report findings on it. */
export async function reportStories(store: Store, id: string): Promise<ReportStories> {
  const [memberships, findings] = await Promise.all([store.storiesOfReport(id), crossFindingsOn(store, id)]);
  const stories: ReportStory[] = [];
  const known = new Map<string, RelatedReport>();
  for (const m of memberships) {
    const record = await store.getStory(m.storyId);
    if (record === undefined) continue; // removed between the two reads
    stories.push({ ...summaryOf(record), role: m.role });
    for (const r of record.reports) {
      known.set(r.docId, {
        docId: r.docId,
        ...(r.headline ? { headline: r.headline } : {}),
        ...(r.outlet ? { outlet: r.outlet } : {}),
        ...(r.published ? { published: r.published } : {}),
      });
    }
  }
  const named = new Set<string>();
  for (const f of findings) for (const ev of [...f.evidence, ...(f.related ?? [])]) if (ev.docId !== id) named.add(ev.docId);
  const reports = [...named].sort().map((docId) => known.get(docId) ?? { docId });
  const doc = await store.getReport(id);
  // Only a report in a story has been checked across reports.
  const profile = doc && stories.length > 0 ? buildProfile([...doc.findings, ...findings], doc, { categories: CROSS_REPORT_CATEGORIES }) : undefined;
  return { id, stories, findings, reports, ...(profile ? { profile } : {}) };
}

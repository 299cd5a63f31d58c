/**
 * The per-report profile: a report's findings grouped by credibility-signal category, each
 * category with a count, a one-line summary and a transparent *concern* score, plus an overall
 * line. It describes what the report's own words give reason to check; it never says whether
 * the report is true, and there is no overall score on purpose.
 *
 * **Score formula** (also in docs/signals.md). Each finding earns points by severity —
 * `info` 10, `warning` 25, `error` 50 ({@link SEVERITY_POINTS}) — and a category's concern score
 * (`score`, out of `scoreMax` = 100) is `min(100, Σ points of its findings)`. Every point is listed under the finding that earned it
 * (`findings[].points`), with the finding's id, so a score can be traced back to the words.
 *
 * **Finding ids.** `<ruleId>/<messageId>#<n>`, n counting from 1 over the findings with that
 * rule and message in the order they sit in `doc.findings`: `anonymous-sourcing/anonymous-share#1`.
 *
 * Findings that are not credibility signals — a reading stage saying it only read English cues
 * (`stage-coverage`), a signal that failed on this report (`signals-stage`) — become `notes`
 * and earn no points; so does a credit to another outlet (`meta.creditedOrigin`), which is
 * worth knowing but no cause for concern.
 */
import type { Signal, SignalCategory } from '../core/signal.js';
import type { CleanDocument } from '../model/document.js';
import type { Finding, Severity } from '../model/finding.js';
import { SIGNALS } from './index.js';

/** Points a finding earns its category, by severity. */
export const SEVERITY_POINTS: Readonly<Record<Severity, number>> = Object.freeze({ info: 10, warning: 25, error: 50 });

/** The highest concern a category can reach. */
export const MAX_CONCERN = 100;

/** Category names for people, in the order the profile lists them. */
export const CATEGORY_LABELS: Readonly<Record<SignalCategory, string>> = Object.freeze({
  'title-representativeness': 'Title representativeness',
  sourcing: 'Sourcing',
  verification: 'Verification',
  'time-consistency': 'Dates',
  language: 'Language',
  originality: 'Originality',
  'content-farm': 'Page template',
  rhetoric: 'Rhetoric and style',
  corroboration: 'Corroboration',
});

const CATEGORIES = Object.keys(CATEGORY_LABELS) as SignalCategory[];

/** A finding as the profile lists it: its id, what it says and the points it earned. */
export interface ProfileFinding {
  id: string;
  /** Position in the findings the profile was built from (`doc.findings` in the signals stage). */
  index: number;
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  points: number;
}

/** One category of the profile. */
export interface CategoryProfile {
  category: SignalCategory;
  label: string;
  /** Whether any signal of this category ran on the report (cross-report categories are filled later). */
  checked: boolean;
  count: number;
  /** The category's concern, 0–100: `min(100, Σ points)`. */
  score: number;
  /** The top of the scale: {@link MAX_CONCERN}. */
  scoreMax: number;
  summary: string;
  findings: ProfileFinding[];
}

/** What the profile says about one report. */
export interface Profile {
  version: 1;
  docId: string;
  /** The score formula in words, so a stored profile explains itself. */
  formula: string;
  categories: CategoryProfile[];
  /** One line over all categories. */
  summary: string;
  /** Things worth knowing that are not findings of concern (credits, reading coverage, failures). */
  notes: string[];
  findingCount: number;
}

/** What {@link buildProfile} can be told beyond the findings. */
export interface ProfileOptions {
  /** The signals whose categories are known; default {@link SIGNALS}. */
  signals?: readonly Signal[];
  /** Categories of rules that are not in `signals` (cross-report signals); given, they count as checked. */
  categories?: Readonly<Record<string, SignalCategory>>;
}

/** The formula, as stored with each profile. */
export const PROFILE_FORMULA = `concern per category = min(${MAX_CONCERN}, sum of finding points); points by severity: info ${SEVERITY_POINTS.info}, warning ${SEVERITY_POINTS.warning}, error ${SEVERITY_POINTS.error}`;

/** Ids of findings, in order: `<ruleId>/<messageId>#<n>`. */
export function findingIds(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = `${f.ruleId}/${f.messageId}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${key}#${n}`;
  });
}

function clip(s: string, max = 140): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

function categorySummary(c: Omit<CategoryProfile, 'summary'>, ruleIds: readonly string[]): string {
  if (c.count === 0) {
    if (!c.checked) return 'not checked on a single report';
    return `nothing found (${ruleIds.join(', ')})`;
  }
  const [first, ...rest] = c.findings;
  const more = rest.length === 0 ? '' : ` (and ${rest.length} more: ${[...new Set(rest.map((f) => f.ruleId))].join(', ')})`;
  return `${c.count === 1 ? '1 finding' : `${c.count} findings`}, concern ${c.score}/${c.scoreMax}: ${clip(first!.message)}${more}`;
}

function overallSummary(categories: readonly CategoryProfile[], total: number): string {
  const checked = categories.filter((c) => c.checked).length;
  const withFindings = categories.filter((c) => c.count > 0).sort((a, b) => b.score - a.score);
  if (total === 0 || withFindings.length === 0) {
    return `no findings in the ${checked} categories checked; that is not a confirmation of the report, only that these signals found nothing to point at`;
  }
  const top = withFindings.map((c) => `${c.label.toLowerCase()} ${c.score}`).join(', ');
  return `${total === 1 ? '1 finding' : `${total} findings`} in ${withFindings.length} of ${checked} categories checked; concern by category: ${top}. Scores say how much the report's own words give reason to check it, not whether it is true.`;
}

/**
 * Groups findings by category and scores each category (see the module doc). Findings of rules
 * with no known category become notes.
 */
export function buildProfile(findings: readonly Finding[], doc: CleanDocument, options: ProfileOptions = {}): Profile {
  const signals = options.signals ?? SIGNALS;
  const categoryOf = new Map<string, SignalCategory>(Object.entries(options.categories ?? {}));
  for (const s of signals) categoryOf.set(s.meta.id, s.meta.category);
  const rulesOf = new Map<SignalCategory, string[]>();
  for (const s of signals) rulesOf.set(s.meta.category, [...(rulesOf.get(s.meta.category) ?? []), s.meta.id]);

  const crossChecked = new Set<SignalCategory>(Object.values(options.categories ?? {}));
  const ids = findingIds(findings);
  const grouped = new Map<SignalCategory, ProfileFinding[]>();
  const notes: string[] = [];
  const credit = doc.meta.creditedOrigin;
  if (credit) notes.push(`the report credits ${credit.name} as its origin ("${clip(credit.quote, 80)}")`);
  let scored = 0;
  findings.forEach((f, i) => {
    const category = categoryOf.get(f.ruleId);
    if (category === undefined) {
      notes.push(f.message);
      return;
    }
    scored++;
    const list = grouped.get(category) ?? [];
    list.push({ id: ids[i]!, index: i, ruleId: f.ruleId, messageId: f.messageId, severity: f.severity, message: f.message, points: SEVERITY_POINTS[f.severity] });
    grouped.set(category, list);
  });

  const categories = CATEGORIES.map((category): CategoryProfile => {
    const list = grouped.get(category) ?? [];
    const base = {
      category,
      label: CATEGORY_LABELS[category],
      // A category given for cross-report rules was checked once those rules ran, findings or not.
      checked: rulesOf.has(category) || list.length > 0 || crossChecked.has(category),
      count: list.length,
      score: Math.min(MAX_CONCERN, list.reduce((n, f) => n + f.points, 0)),
      scoreMax: MAX_CONCERN,
      findings: list,
    };
    return { ...base, summary: categorySummary(base, rulesOf.get(category) ?? []) };
  });
  return { version: 1, docId: doc.id, formula: PROFILE_FORMULA, categories, summary: overallSummary(categories, scored), notes, findingCount: scored };
}

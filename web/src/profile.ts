/**
 * The credibility profile (`data.profile`, written by the signals stage) read for display: the
 * findings grouped by category, each category with a count, a summary line and a concern score
 * whose points are listed under the findings that earned them. Read defensively: a field of an
 * unexpected shape is left out rather than breaking the report view.
 */
import type { Finding } from './types.js';

/** A finding as the profile lists it, with the points it earned its category. */
export interface ProfileFindingRef {
  /** Index into the report's `findings`. */
  index: number;
  /** The profile's id for it: `<ruleId>/<messageId>#<n>`. */
  id: string;
  points?: number;
}

/** One category of the profile as the report view shows it. */
export interface ProfileCategory {
  category: string;
  label: string;
  /** False when no signal of this category runs on a single report. */
  checked: boolean;
  count: number;
  score?: number;
  scoreMax?: number;
  summary?: string;
  findings: ProfileFindingRef[];
}

/** The profile as the report view shows it. */
export interface ProfileView {
  categories: ProfileCategory[];
  summary?: string;
  formula?: string;
  notes: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The profile finding's place in `findings`: its `index` when that finding has the same rule, else the first of that rule and message. */
function refOf(v: unknown, findings: readonly Finding[]): ProfileFindingRef | undefined {
  if (!isObj(v)) return undefined;
  const ruleId = str(v.ruleId);
  const i = num(v.index);
  let index = i !== undefined && Number.isInteger(i) && findings[i] !== undefined && (ruleId === undefined || findings[i]?.ruleId === ruleId) ? i : undefined;
  if (index === undefined && ruleId !== undefined) {
    const found = findings.findIndex((f) => f.ruleId === ruleId && (v.messageId === undefined || f.messageId === v.messageId));
    if (found >= 0) index = found;
  }
  if (index === undefined) return undefined;
  const ref: ProfileFindingRef = { index, id: str(v.id) ?? `${findings[index]?.ruleId}/${findings[index]?.messageId}` };
  const points = num(v.points);
  if (points !== undefined) ref.points = points;
  return ref;
}

/** The profile of a report, or undefined when it has none (the signals stage has not run on it). */
export function readProfile(profile: unknown, findings: readonly Finding[]): ProfileView | undefined {
  if (!isObj(profile)) return undefined;
  const categories: ProfileCategory[] = [];
  for (const c of Array.isArray(profile.categories) ? profile.categories : []) {
    if (!isObj(c)) continue;
    const category = str(c.category);
    if (category === undefined) continue;
    const refs = (Array.isArray(c.findings) ? c.findings : []).map((f) => refOf(f, findings)).filter((r): r is ProfileFindingRef => r !== undefined);
    const view: ProfileCategory = { category, label: str(c.label) ?? category, checked: c.checked !== false, count: num(c.count) ?? refs.length, findings: refs };
    const score = num(c.score);
    if (score !== undefined) view.score = score;
    const max = num(c.scoreMax);
    if (max !== undefined) view.scoreMax = max;
    const summary = str(c.summary);
    if (summary !== undefined) view.summary = summary;
    categories.push(view);
  }
  const out: ProfileView = { categories, notes: (Array.isArray(profile.notes) ? profile.notes : []).filter((n): n is string => typeof n === 'string' && n !== '') };
  const summary = str(profile.summary);
  if (summary !== undefined) out.summary = summary;
  const formula = str(profile.formula);
  if (formula !== undefined) out.formula = formula;
  return out;
}

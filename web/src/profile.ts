/**
 * The credibility profile (`data.profile`, written by the signals stage) read for display: the
 * findings grouped by category with a count, a summary line and a score. The reader accepts the
 * categories as an array or as an object keyed by category, and findings referred to by index,
 * by rule id, or as finding objects, so the view keeps working while the profile's shape settles.
 */
import type { Finding } from './types.js';

/** One category of the profile as the report view shows it. */
export interface ProfileCategory {
  category: string;
  count: number;
  score?: number;
  /** The score's scale, when the profile gives one. */
  scoreMax?: number;
  summary?: string;
  /** Indexes into the report's `findings`. */
  findings: number[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function findingIndexes(refs: unknown, findings: readonly Finding[]): number[] {
  if (!Array.isArray(refs)) return [];
  const out = new Set<number>();
  for (const r of refs) {
    if (typeof r === 'number' && Number.isInteger(r) && r >= 0 && r < findings.length) out.add(r);
    else if (typeof r === 'string') findings.forEach((f, i) => f.ruleId === r && out.add(i));
    else if (isObj(r)) {
      findings.forEach((f, i) => {
        if (f.ruleId === r.ruleId && (r.messageId === undefined || f.messageId === r.messageId)) out.add(i);
      });
    }
  }
  return [...out].sort((a, b) => a - b);
}

function category(name: string | undefined, v: unknown, findings: readonly Finding[]): ProfileCategory | undefined {
  if (!isObj(v)) return undefined;
  const cat = str(v.category) ?? str(v.name) ?? str(v.id) ?? name;
  if (cat === undefined) return undefined;
  const idx = findingIndexes(v.findings ?? v.findingIndexes ?? v.ruleIds, findings);
  const c: ProfileCategory = { category: cat, count: num(v.count) ?? num(v.findingCount) ?? idx.length, findings: idx };
  const score = num(v.score);
  if (score !== undefined) c.score = score;
  const max = num(v.scoreMax) ?? num(v.max) ?? num(v.outOf);
  if (max !== undefined) c.scoreMax = max;
  const summary = str(v.summary) ?? str(v.line) ?? str(v.message);
  if (summary !== undefined) c.summary = summary;
  return c;
}

/** The profile's categories, or undefined when the report has no profile (the signals stage has not run). */
export function readProfile(profile: unknown, findings: readonly Finding[]): ProfileCategory[] | undefined {
  if (profile === undefined || profile === null) return undefined;
  const holder = isObj(profile) ? (profile.categories ?? profile.byCategory ?? profile) : profile;
  const out: ProfileCategory[] = [];
  if (Array.isArray(holder)) {
    for (const v of holder) {
      const c = category(undefined, v, findings);
      if (c) out.push(c);
    }
  } else if (isObj(holder)) {
    for (const [k, v] of Object.entries(holder)) {
      const c = category(k, v, findings);
      if (c) out.push(c);
    }
  }
  return out;
}

/** The profile's own summary line, when it has one. */
export function profileSummary(profile: unknown): string | undefined {
  return isObj(profile) ? str(profile.summary) : undefined;
}

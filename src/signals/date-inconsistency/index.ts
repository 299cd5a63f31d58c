/**
 * # date-inconsistency
 *
 * **What it detects.** Event dates that cannot all be right, read from the time stage's
 * resolved expressions and the page's own publication date:
 * - `year-conflict`: the report dates an event with an explicit year and dates what followed
 *   it (a day or two later in the story) in another year — seed 004 says the drones hit Kazan
 *   "On December 21, 2023" and that Putin answered "on December 22", on a page dated 23
 *   December 2024. Evidence: the dated expression and the conflicting one(s).
 * - `stale-event`: an event dated with an explicit year more than `maxAgeDays` before the
 *   publication date, in a report that reads as news of the last days (another of its dates
 *   lies within `recentDays` of publication), and either in the lead or at the same time of
 *   year as the publication (within `nearDays`), which is what a wrong year looks like.
 *   Evidence: the date.
 * - `future-event`: an event dated with an explicit year more than `futureToleranceDays`
 *   after the publication date, in a sentence that does not look ahead ("will", "due",
 *   "scheduled", …). Evidence: the date.
 *
 * **Why it matters.** The W3C Credible Web Community Group's credibility signals include
 * *date of publication* and the consistency of a report's dates with it: a recycled story
 * with a new date, a stale report presented as breaking, or a typing slip in the year all
 * mislead a reader about when something happened — and in cross-report checking, a wrong
 * date makes a report look like it tells of another event. Old news republished as new is a
 * known misinformation pattern (First Draft's "false context").
 *
 * **Limits.**
 * - Only dates with a written year are checked against the page date; "December 22" gets its
 *   year from the publication date in the time stage and is only used as the other side of a
 *   conflict. A page without a day-precise publication date gets only `year-conflict`
 *   between two dates that both carry a year.
 * - Anniversary and retrospective pieces ("On March 14, 2025, a year before today's talks…")
 *   can trip `stale-event` or `year-conflict`; the finding says which dates disagree, not
 *   which one is wrong.
 * - The publication date is the one metadata reading decided; a wrong page date (site chrome
 *   showing today's date on an old article) makes the body's correct date look stale. That is
 *   still an inconsistency worth showing, which is why the message names both.
 * - English and the other languages the time stage reads; relative dates ("last Tuesday")
 *   are trusted as the time stage resolved them.
 *
 * **Examples.**
 * - Seed 004 → `year-conflict` quoting "December 21, 2023" and "December 22".
 * - "On March 14, 2025, the capital came under a drone attack…" on a page dated 15 March
 *   2026 that says talks resume "on March 19" → `stale-event` quoting "March 14, 2025".
 * - "The dam was built in 1962" in a report of last night's flood → nothing (a year alone
 *   is background, and precision must be a day).
 *
 * References: W3C Credible Web CG, "Credibility Signals" (credweb.org/signals), date of
 * publication; Wardle, "Fake news. It's complicated", First Draft, 2017 (false context);
 * Strötgen & Gertz, "Multilingual and cross-domain temporal tagging", LRE 47(2), 2013
 * (document creation time as the anchor of temporal expressions).
 */
import { defineSignal } from '../../core/signal.js';
import type { TimeExpression } from '../../analyze/time/time-types.js';
import type { Range } from '../../model/span.js';
import { bodyStart, claimAt, claimsOf, countWords, timesOf } from '../signal-inputs.js';
import { dayNumber, daysApartIgnoringYear, isoDay, yearOf } from './day-numbers.js';

/** Options of {@link dateInconsistency}. */
export type DateInconsistencyOptions = {
  /** An event dated more than this many days before publication is stale. */
  maxAgeDays: number;
  /** Another date within this many days of publication makes the report read as news of the day. */
  recentDays: number;
  /** Days apart (ignoring the year) within which two dates belong to one run of events. */
  nearDays: number;
  /** Days after publication an event date may lie before it is reported (time zones, late pages). */
  futureToleranceDays: number;
  /** Fewest words of the first body paragraph that counts as the lead. */
  leadMinWords: number;
};

/** How a checked date was read, with its first day. */
interface Dated {
  t: TimeExpression;
  day: number;
  explicitYear: boolean;
}

const FINE = new Set(['day', 'part-of-day', 'hour', 'minute']);
const WRITTEN_YEAR = /\b(?:1[89]|20)\d\d\b/;
/** A sentence that looks ahead: a future date in it is a plan, not a slip. */
const LOOKS_AHEAD = /\b(?:will|shall|due|scheduled|expected|set to|plans?|planned|planning|upcoming|next|until|deadline|intends?|would)\b/i;

function datedExpressions(times: readonly TimeExpression[]): Dated[] {
  const out: Dated[] = [];
  for (const t of times) {
    if (!t.interval || !FINE.has(t.precision)) continue;
    const day = dayNumber(t.interval.start);
    if (day === undefined) continue;
    out.push({ t, day, explicitYear: t.anchor === 'absolute' && t.resolution === 'resolved' && WRITTEN_YEAR.test(t.text) });
  }
  return out;
}

/** The publication day, when known to the day. */
function publicationDay(value: string | undefined, precision: string | undefined): number | undefined {
  if (!value || !precision || precision === 'year' || precision === 'month') return undefined;
  return dayNumber(value);
}

/** The date-inconsistency signal (see the module doc). */
export const dateInconsistency = defineSignal<DateInconsistencyOptions>({
  meta: {
    id: 'date-inconsistency',
    category: 'time-consistency',
    rationale:
      "Finds event dates that conflict with the page's own date or with each other (a wrong year, old news presented as new, an event after the page's date); a reader cannot tell when it happened.",
    references: [
      'W3C Credible Web Community Group, Credibility Signals: date of publication (https://credweb.org/signals)',
      "Wardle, Fake news. It's complicated, First Draft, 2017 (false context)",
      'Strötgen & Gertz, Multilingual and cross-domain temporal tagging, Language Resources and Evaluation 47(2), 2013',
    ],
    messages: {
      'year-conflict': 'the report dates events to "{date}" ({day}) and "{other}" ({otherDay}): {gap} apart in the story but in different years{page}',
      'stale-event': '"{date}" dates the news {days} days before the page\'s own date ({published}), in a report that otherwise reads as news of the last days',
      'future-event': '"{date}" dates an event {days} days after the page\'s own date ({published})',
    },
    defaults: { maxAgeDays: 180, recentDays: 7, nearDays: 3, futureToleranceDays: 1, leadMinWords: 20 },
    requires: ['text', 'meta', 'paragraphs', 'times', 'claims'],
  },
  run({ doc, options, report }) {
    const dated = datedExpressions(timesOf(doc).filter((t) => t.role === 'event' || t.role === 'publication'));
    if (dated.length === 0) return;
    const pub = publicationDay(doc.meta.published?.value, doc.meta.published?.precision);
    const published = pub === undefined ? undefined : isoDay(pub);
    const claims = claimsOf(doc);
    const start = bodyStart(doc);
    const lead = doc.paragraphs.find((p) => p.range[0] >= start && countWords(doc.text.slice(p.range[0], p.range[1])) >= options.leadMinWords);
    // Anchored to the page date (not to another expression, which may chain off the wrong one).
    const recent = pub === undefined ? [] : dated.filter((d) => d.t.anchor !== 'previous-expression' && Math.abs(d.day - pub) <= options.recentDays);
    const used = new Set<TimeExpression>();

    for (const e of dated) {
      if (!e.explicitYear || e.t.role !== 'event' || used.has(e.t)) continue;
      // Another date of the same run of events, a year apart: either one carries the wrong year.
      const others = dated.filter(
        (o) =>
          o !== e &&
          !used.has(o.t) &&
          (o.explicitYear || (pub !== undefined && o.t.anchor === 'publication')) &&
          yearOf(o.day) !== yearOf(e.day) &&
          daysApartIgnoringYear(e.day, o.day) <= options.nearDays,
      );
      if (others.length > 0) {
        const shown = others.slice(0, 2);
        const first = shown[0]!;
        for (const o of shown) used.add(o.t);
        used.add(e.t);
        const gap = daysApartIgnoringYear(e.day, first.day);
        report({
          messageId: 'year-conflict',
          ranges: [e.t.range, ...shown.map((o) => o.t.range)].sort((a, b) => a[0] - b[0]) as Range[],
          data: {
            date: e.t.text,
            day: isoDay(e.day),
            other: first.t.text,
            otherDay: first.explicitYear ? isoDay(first.day) : `read as ${isoDay(first.day)}`,
            gap: gap === 0 ? 'the same day' : gap === 1 ? 'a day' : `${gap} days`,
            page: published === undefined ? '' : `; the page is dated ${published}`,
            published: published ?? null,
            conflicting: shown.map((o) => ({ text: o.t.text, day: isoDay(o.day), yearWritten: o.explicitYear })),
          },
        });
        continue;
      }
      if (pub === undefined) continue;
      const age = pub - e.day;
      if (age > options.maxAgeDays) {
        const inLead = lead !== undefined && e.t.range[0] < lead.range[1];
        const sameTimeOfYear = daysApartIgnoringYear(e.day, pub) <= options.nearDays;
        const cue = recent.find((d) => d !== e);
        if (cue && (inLead || sameTimeOfYear)) {
          used.add(e.t);
          report({
            messageId: 'stale-event',
            ranges: [e.t.range],
            data: { date: e.t.text, day: isoDay(e.day), days: age, published, inLead, sameTimeOfYear, recentCue: cue.t.text },
          });
        }
        continue;
      }
      if (-age > options.futureToleranceDays) {
        const sentence = claimAt(claims, e.t.range[0]);
        const ahead = sentence !== undefined && (LOOKS_AHEAD.test(sentence.text) || sentence.kind === 'prediction' || sentence.cues.some((c) => c.kind === 'future'));
        if (!ahead) {
          used.add(e.t);
          report({ messageId: 'future-event', ranges: [e.t.range], data: { date: e.t.text, day: isoDay(e.day), days: -age, published } });
        }
      }
    }
  },
});

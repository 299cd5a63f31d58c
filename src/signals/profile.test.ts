import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSignal } from '../core/signal.js';
import type { Finding } from '../model/finding.js';
import { readText } from './test-documents.js';
import { SIGNALS } from './index.js';
import { anonymousSourcing } from './anonymous-sourcing/index.js';
import { hedgedUnverified } from './hedged-unverified/index.js';
import { missingAttribution } from './missing-attribution/index.js';
import { buildProfile, findingIds, MAX_CONCERN, PROFILE_FORMULA, SEVERITY_POINTS } from './profile.js';

const DOC = await readText(
  'Port of Talmer fire: investigators look at wiring\n\n' +
    'A fire destroyed a warehouse at the port of Talmer on Tuesday night. Three workers were injured when the roof collapsed.\n\n' +
    '"The wiring in that building was decades old," said a senior port official who spoke on condition of anonymity because he was not authorised to speak to the press. ' +
    'Two firefighters familiar with the investigation said the blaze began in the loading bay. ' +
    'Insurance analysts say the losses could run into millions, though the figure could not be independently verified. ' +
    'Harbour master Ilse Verhoven said the port would reopen on Thursday.',
);
const findings = [...runSignal(anonymousSourcing, DOC), ...runSignal(missingAttribution, DOC), ...runSignal(hedgedUnverified, DOC)];

test('the findings under test are the real ones of three signals', () => {
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.severity]),
    [
      ['anonymous-sourcing', 'warning'],
      ['missing-attribution', 'info'],
      ['hedged-unverified', 'info'],
    ],
  );
});

test('findings are grouped by category; each point is traced to a finding id', () => {
  const p = buildProfile(findings, DOC);
  const sourcing = p.categories.find((c) => c.category === 'sourcing')!;
  assert.equal(sourcing.count, 2);
  assert.deepEqual(
    sourcing.findings.map((f) => [f.id, f.points]),
    [
      ['anonymous-sourcing/anonymous-share#1', SEVERITY_POINTS.warning],
      ['missing-attribution/unattributed#1', SEVERITY_POINTS.info],
    ],
  );
  assert.equal(sourcing.score, 35);
  assert.equal(sourcing.score, sourcing.findings.reduce((n, f) => n + f.points, 0));
  assert.match(sourcing.summary, /^2 findings, concern 35\/100: 3 of 4 attributions rest on unnamed sources .* \(and 1 more: missing-attribution\)$/);
  const verification = p.categories.find((c) => c.category === 'verification')!;
  assert.equal(verification.score, 10);
  assert.equal(p.findingCount, 3);
  assert.equal(p.formula, PROFILE_FORMULA);
  assert.match(p.summary, /^3 findings in 2 of \d categories checked; concern by category: sourcing 35, verification 10\./);
});

test('every category is listed; those without a per-report signal say so', () => {
  const p = buildProfile([], DOC);
  assert.equal(p.categories.length, 9);
  const originality = p.categories.find((c) => c.category === 'originality')!;
  assert.equal(originality.checked, false);
  assert.equal(originality.summary, 'not checked on a single report');
  const dates = p.categories.find((c) => c.category === 'time-consistency')!;
  assert.equal(dates.summary, 'nothing found (date-inconsistency)');
  assert.match(p.summary, /^no findings in the \d categories checked; that is not a confirmation of the report/);
  assert.equal(p.categories.filter((c) => c.checked).length, new Set(SIGNALS.map((s) => s.meta.category)).size);
});

test('a category is capped at 100 however many findings it has', () => {
  const many: Finding[] = Array.from({ length: 6 }, () => ({ ...findings[0]!, severity: 'error' as const }));
  const p = buildProfile(many, DOC);
  const sourcing = p.categories.find((c) => c.category === 'sourcing')!;
  assert.equal(sourcing.score, MAX_CONCERN);
  assert.deepEqual(findingIds(many).slice(0, 3), ['anonymous-sourcing/anonymous-share#1', 'anonymous-sourcing/anonymous-share#2', 'anonymous-sourcing/anonymous-share#3']);
});

test('stage notes, failed signals and credits are notes, not points; cross-report rules take a given category', () => {
  const coverage: Finding = { ruleId: 'stage-coverage', messageId: 'claims-english-only', message: 'read with English cues only', severity: 'info', docId: DOC.id, evidence: [] };
  const copied: Finding = { ruleId: 'copied-content', messageId: 'copy', message: 'copies another report', severity: 'warning', docId: DOC.id, evidence: [] };
  const credited = { ...DOC, meta: { ...DOC.meta, creditedOrigin: { name: 'Talmer Courier', cue: 'source-line' as const, quote: 'Source: Talmer Courier' } } };
  const p = buildProfile([coverage, copied], credited, { categories: { 'copied-content': 'originality' } });
  assert.deepEqual(p.notes, ['the report credits Talmer Courier as its origin ("Source: Talmer Courier")', 'read with English cues only']);
  assert.equal(p.categories.find((c) => c.category === 'originality')!.score, 25);
  assert.equal(p.findingCount, 1);
});

test('the profile never gives a verdict', () => {
  const text = JSON.stringify(buildProfile(findings, DOC));
  assert.doesNotMatch(text, /\b(fake|real news|false news|verdict|trustworthy|untrustworthy|reliable)\b/i);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCorroborateError } from '../core/errors.js';
import { parseBodies, parseCsv, parseStances } from './stance-data.js';
import { fnc1Points, scoreStances } from './stance-metrics.js';
import type { Stance } from '../signals/headline-body-stance/stance-labels.js';

test('FNC-1 points: a quarter for related-vs-unrelated, three quarters more for the exact stance', () => {
  assert.equal(fnc1Points('unrelated', 'unrelated'), 0.25);
  assert.equal(fnc1Points('unrelated', 'discuss'), 0);
  assert.equal(fnc1Points('agree', 'agree'), 1);
  assert.equal(fnc1Points('agree', 'disagree'), 0.25);
  assert.equal(fnc1Points('disagree', 'unrelated'), 0);
});

test('scores, relative score, per-class F1 and confusion of a small run', () => {
  const gold: Stance[] = ['agree', 'agree', 'disagree', 'discuss', 'unrelated', 'unrelated', 'unrelated', 'discuss'];
  const pred: Stance[] = ['agree', 'discuss', 'disagree', 'discuss', 'unrelated', 'unrelated', 'agree', 'unrelated'];
  const s = scoreStances(gold, pred);
  // 1 + 0.25 + 1 + 1 + 0.25 + 0.25 + 0 + 0
  assert.equal(s.score, 3.75);
  // 5 related × 1 + 3 unrelated × 0.25
  assert.equal(s.maxScore, 5.75);
  assert.equal(s.nullScore, 0.75);
  assert.equal(s.relativeScore, 3.75 / 5.75);
  assert.equal(s.accuracy, 5 / 8);
  assert.deepEqual(s.confusion, [
    [1, 0, 1, 0],
    [0, 1, 0, 0],
    [0, 0, 1, 1],
    [1, 0, 0, 2],
  ]);
  // agree: P = 1/2, R = 1/2; discuss: P = 1/2, R = 1/2; disagree: 1; unrelated: P = 2/3, R = 2/3.
  assert.equal(s.perClass.agree.f1, 0.5);
  assert.equal(s.perClass.disagree.f1, 1);
  assert.equal(s.perClass.discuss.f1, 0.5);
  assert.ok(Math.abs(s.perClass.unrelated.f1 - 2 / 3) < 1e-12);
  assert.ok(Math.abs(s.macroF1 - (0.5 + 1 + 0.5 + 2 / 3) / 4) < 1e-12);
  assert.throws(() => scoreStances(gold, pred.slice(1)), RangeError);
});

test('CSV fields may hold commas, doubled quotes and line breaks', () => {
  const text = 'Body ID,articleBody\r\n7,"First line, with a comma\n""Quoted"" second line"\n8,plain body\n';
  assert.deepEqual(parseCsv(text), [
    ['Body ID', 'articleBody'],
    ['7', 'First line, with a comma\n"Quoted" second line'],
    ['8', 'plain body'],
  ]);
  const bodies = parseBodies(text);
  assert.equal(bodies.get('7'), 'First line, with a comma\n"Quoted" second line');
  assert.equal(bodies.size, 2);
  assert.throws(() => parseCsv('a,"open\n'), (e: unknown) => isCorroborateError(e) && e.code === 'CRB_ERR_EVAL_DATA');
});

test('stance files: labels are checked, and an unlabelled file is read without them', () => {
  const pairs = parseStances('Headline,Body ID,Stance\n"Harbor bridge closes, ferries added",7,discuss\nMayor resigns,8,unrelated\n');
  assert.deepEqual(pairs, [
    { headline: 'Harbor bridge closes, ferries added', bodyId: '7', stance: 'discuss' },
    { headline: 'Mayor resigns', bodyId: '8', stance: 'unrelated' },
  ]);
  assert.deepEqual(parseStances('Headline,Body ID\nMayor resigns,8\n'), [{ headline: 'Mayor resigns', bodyId: '8' }]);
  assert.throws(() => parseStances('Headline,Body ID,Stance\nMayor resigns,8,maybe\n'), (e: unknown) => isCorroborateError(e) && e.code === 'CRB_ERR_EVAL_DATA');
  assert.throws(() => parseStances('Title,Body ID\nx,1\n'), /lacks the column "Headline"/);
});

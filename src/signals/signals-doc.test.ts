import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CROSS_SIGNALS, SIGNALS } from './index.js';
import { MAX_CONCERN, SEVERITY_POINTS } from './profile.js';

const DOC = readFileSync(fileURLToPath(new URL('../../docs/signals.md', import.meta.url)), 'utf8');

/** Per-report and cross-report signals alike: each has a folder, metadata and a doc section. */
const ALL = [...SIGNALS, ...CROSS_SIGNALS];

/** The section of docs/signals.md under `### <id>`, up to the next heading. */
function section(id: string): string | undefined {
  const at = DOC.indexOf(`\n### ${id}\n`);
  if (at === -1) return undefined;
  const next = DOC.slice(at + 1).search(/\n#{2,3} /);
  return next === -1 ? DOC.slice(at) : DOC.slice(at, at + 1 + next);
}

test('every registered signal is documented, with its category and every message id', () => {
  for (const s of ALL) {
    const text = section(s.meta.id);
    assert.ok(text, `docs/signals.md has no "### ${s.meta.id}" section`);
    assert.ok(text.includes(`**Category:** \`${s.meta.category}\``), `${s.meta.id}: category ${s.meta.category} not stated`);
    for (const m of Object.keys(s.meta.messages)) assert.ok(text.includes(`\`${m}\``), `${s.meta.id}: message ${m} not named`);
    for (const part of ['**What:**', '**Why:**', '**Limits:**']) assert.ok(text.includes(part), `${s.meta.id}: no ${part}`);
  }
});

test('no section documents a signal that is not registered', () => {
  const ids = new Set(ALL.map((s) => s.meta.id));
  for (const m of DOC.matchAll(/^### ([a-z0-9-]+)$/gm)) assert.ok(ids.has(m[1]!), `docs/signals.md documents unknown signal ${m[1]}`);
});

test('the documented formula is the one the profile uses', () => {
  assert.ok(DOC.includes(`info ${SEVERITY_POINTS.info}, warning ${SEVERITY_POINTS.warning}, error ${SEVERITY_POINTS.error}`));
  assert.ok(DOC.includes(`min(${MAX_CONCERN}, Σ points of its findings)`));
});

test('every signal id is kebab-case and equal to its folder, whose main file opens with the user doc', () => {
  for (const s of ALL) {
    const dir = fileURLToPath(new URL(`./${s.meta.id}/`, import.meta.url));
    const main = [`${dir}index.ts`, `${dir}${s.meta.id}.ts`].find((p) => {
      try {
        return readFileSync(p, 'utf8').startsWith(`/**\n * # ${s.meta.id}\n`);
      } catch {
        return false;
      }
    });
    assert.ok(main, `src/signals/${s.meta.id}/ has no main file opening with "# ${s.meta.id}"`);
  }
});

test('the cross-report signals are documented as such, and each cites its literature in code and in its user doc', () => {
  const cross = DOC.slice(DOC.indexOf('\n## Cross-report signals\n'), DOC.indexOf('\n## Notes that are not signals\n'));
  for (const s of CROSS_SIGNALS) {
    assert.ok(cross.includes(`\n### ${s.meta.id}\n`), `${s.meta.id} is documented under "Cross-report signals"`);
    assert.ok(s.meta.references.length > 0, `${s.meta.id} has references`);
    const main = readFileSync(fileURLToPath(new URL(`./${s.meta.id}/index.ts`, import.meta.url)), 'utf8');
    for (const part of ['**What it detects.**', '**Why it matters.**', '**Limits.**', '**Examples.**', 'References:']) assert.ok(main.includes(part), `${s.meta.id}: user doc has no ${part}`);
    for (const key of Object.keys(s.meta.defaults ?? {})) assert.ok(section(s.meta.id)!.includes(`\`${key}\``), `${s.meta.id}: option ${key} not documented`);
  }
});

test('the categories table names every signal in its category', () => {
  const table = DOC.slice(DOC.indexOf('\n## Categories\n'), DOC.indexOf('\n## Signals\n'));
  for (const s of ALL) {
    const row = table.split('\n').find((l) => l.startsWith(`| \`${s.meta.category}\` |`));
    assert.ok(row, `no categories row for ${s.meta.category}`);
    assert.match(row, new RegExp(`[ |,;]${s.meta.id}[ ,;|]`), `${s.meta.id} is not in the ${s.meta.category} row`);
  }
});

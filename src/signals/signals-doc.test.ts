import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SIGNALS } from './index.js';
import { MAX_CONCERN, SEVERITY_POINTS } from './profile.js';

const DOC = readFileSync(fileURLToPath(new URL('../../docs/signals.md', import.meta.url)), 'utf8');

/** The section of docs/signals.md under `### <id>`, up to the next heading. */
function section(id: string): string | undefined {
  const at = DOC.indexOf(`\n### ${id}\n`);
  if (at === -1) return undefined;
  const next = DOC.slice(at + 1).search(/\n#{2,3} /);
  return next === -1 ? DOC.slice(at) : DOC.slice(at, at + 1 + next);
}

test('every registered signal is documented, with its category and every message id', () => {
  for (const s of SIGNALS) {
    const text = section(s.meta.id);
    assert.ok(text, `docs/signals.md has no "### ${s.meta.id}" section`);
    assert.ok(text.includes(`**Category:** \`${s.meta.category}\``), `${s.meta.id}: category ${s.meta.category} not stated`);
    for (const m of Object.keys(s.meta.messages)) assert.ok(text.includes(`\`${m}\``), `${s.meta.id}: message ${m} not named`);
    for (const part of ['**What:**', '**Why:**', '**Limits:**']) assert.ok(text.includes(part), `${s.meta.id}: no ${part}`);
  }
});

test('no section documents a signal that is not registered', () => {
  const ids = new Set(SIGNALS.map((s) => s.meta.id));
  for (const m of DOC.matchAll(/^### ([a-z0-9-]+)$/gm)) assert.ok(ids.has(m[1]!), `docs/signals.md documents unknown signal ${m[1]}`);
});

test('the documented formula is the one the profile uses', () => {
  assert.ok(DOC.includes(`info ${SEVERITY_POINTS.info}, warning ${SEVERITY_POINTS.warning}, error ${SEVERITY_POINTS.error}`));
  assert.ok(DOC.includes(`min(${MAX_CONCERN}, Σ points of its findings)`));
});

test('every signal id is kebab-case and equal to its folder, whose main file opens with the user doc', () => {
  for (const s of SIGNALS) {
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

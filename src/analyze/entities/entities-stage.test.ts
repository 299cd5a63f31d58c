import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReportDocument } from '../../model/document.js';
import { entitiesStage } from './entities-stage.js';
import type { Entity } from './entity-types.js';

function doc(text: string, lang: string): ReportDocument {
  return {
    id: 'doc-1',
    source: { kind: 'stdin', location: '-', fetchedAt: '2024-05-02T10:00:00Z' },
    format: 'text',
    given: {},
    raw: text,
    extracted: text,
    text,
    removed: [],
    paragraphs: [{ range: [0, text.length], lang, confidence: 0.99, foreign: [] }],
    data: {},
    findings: [],
  };
}

test('the stage declares its contract', () => {
  assert.equal(entitiesStage.id, 'entities');
  assert.deepEqual(entitiesStage.requires, ['text', 'paragraphs']);
  assert.deepEqual(entitiesStage.provides, ['entities']);
});

test('an English report gets entities and no coverage note', () => {
  const d = doc('Governor Ilse Varga said two drones fell near Kharkiv. The governor spoke on Telegram.', 'en');
  entitiesStage.run(d, { options: {} });
  const ents = d.data.entities as Entity[];
  assert.deepEqual(
    ents.map((e) => [e.type, e.canonical]),
    [
      ['person', 'Ilse Varga'],
      ['place', 'Kharkiv'],
      ['organisation', 'Telegram'],
    ],
  );
  assert.deepEqual(d.findings, []);
  assert.equal(d.text, 'Governor Ilse Varga said two drones fell near Kharkiv. The governor spoke on Telegram.');
});

test('a report in another language is read as far as lexicons go, and says so', () => {
  const d = doc('Präsident Wolodymyr Selenskyj besuchte Charkiw.', 'de');
  entitiesStage.run(d, { options: {} });
  const ents = d.data.entities as Entity[];
  assert.deepEqual(ents.map((e) => e.canonical), ['Volodymyr Zelenskyy', 'Kharkiv']);
  assert.equal(d.findings.length, 1);
  assert.equal(d.findings[0]!.messageId, 'entities-english-only');
  assert.equal(d.findings[0]!.severity, 'info');
});

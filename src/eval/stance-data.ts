/**
 * Reads the FNC-1 files (`*_bodies.csv`: `Body ID`,`articleBody`; `*_stances.csv`:
 * `Headline`,`Body ID`,`Stance`) and the baseline's body-id split lists.
 */
import { readFile } from 'node:fs/promises';
import { CorroborateError } from '../core/errors.js';
import { STANCES, type Stance } from '../signals/headline-body-stance/stance-labels.js';

/** One headline/body pair with its gold stance (absent in unlabelled files). */
export interface StancePair {
  headline: string;
  bodyId: string;
  stance?: Stance;
}

/** A stance data set: bodies by id and the pairs that refer to them. */
export interface StanceData {
  bodies: Map<string, string>;
  pairs: StancePair[];
}

/**
 * RFC-4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. Returns rows of
 * fields; a trailing empty line yields no row. `input` names the file in errors.
 */
export function parseCsv(text: string, input = 'csv'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let line = 1;
  let fieldStarted = false;
  const n = text.length;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      i++;
      continue;
    }
    if (c === ',') {
      endField();
      i++;
      continue;
    }
    if (c === '\r' && text[i + 1] === '\n') {
      i++;
      continue;
    }
    if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
      line++;
      i++;
      continue;
    }
    field += c;
    fieldStarted = true;
    i++;
  }
  if (quoted) throw new CorroborateError('CRB_ERR_EVAL_DATA', 'a quoted CSV field is not closed', { input, line });
  if (fieldStarted || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

function columns(rows: string[][], wanted: readonly string[], input: string): number[] {
  const header = rows[0];
  if (!header) throw new CorroborateError('CRB_ERR_EVAL_DATA', 'the CSV file is empty', { input });
  const clean = header.map((h) => h.replace(/^\uFEFF/, '').trim());
  return wanted.map((w) => {
    const at = clean.indexOf(w);
    if (at === -1) throw new CorroborateError('CRB_ERR_EVAL_DATA', `the CSV header lacks the column "${w}"`, { input, line: 1 });
    return at;
  });
}

/** Parses a bodies CSV text into a map from body id to text. */
export function parseBodies(text: string, input = 'bodies.csv'): Map<string, string> {
  const rows = parseCsv(text, input);
  const [idCol, bodyCol] = columns(rows, ['Body ID', 'articleBody'], input) as [number, number];
  const out = new Map<string, string>();
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.length === 1 && row[0] === '') continue;
    const id = row[idCol]?.trim();
    const body = row[bodyCol];
    if (id === undefined || body === undefined) throw new CorroborateError('CRB_ERR_EVAL_DATA', 'a bodies row has too few fields', { input });
    out.set(id, body);
  }
  return out;
}

/** Parses a stances CSV text; the `Stance` column is optional (unlabelled test files lack it). */
export function parseStances(text: string, input = 'stances.csv'): StancePair[] {
  const rows = parseCsv(text, input);
  const [hCol, idCol] = columns(rows, ['Headline', 'Body ID'], input) as [number, number];
  const sCol = (rows[0] ?? []).map((h) => h.trim()).indexOf('Stance');
  const out: StancePair[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.length === 1 && row[0] === '') continue;
    const headline = row[hCol];
    const bodyId = row[idCol]?.trim();
    if (headline === undefined || bodyId === undefined) throw new CorroborateError('CRB_ERR_EVAL_DATA', 'a stances row has too few fields', { input });
    const pair: StancePair = { headline, bodyId };
    if (sCol !== -1) {
      const s = row[sCol]?.trim().toLowerCase();
      if (!s || !(STANCES as readonly string[]).includes(s)) {
        throw new CorroborateError('CRB_ERR_EVAL_DATA', `unknown stance "${row[sCol] ?? ''}"`, { input });
      }
      pair.stance = s as Stance;
    }
    out.push(pair);
  }
  return out;
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    throw new CorroborateError('CRB_ERR_EVAL_DATA', 'the file cannot be read', { input: path, cause });
  }
}

/** Loads a bodies CSV and a stances CSV; every pair's body must exist. */
export async function loadStanceData(bodiesFile: string, stancesFile: string): Promise<StanceData> {
  const bodies = parseBodies(await readText(bodiesFile), bodiesFile);
  const pairs = parseStances(await readText(stancesFile), stancesFile);
  for (const p of pairs) {
    if (!bodies.has(p.bodyId)) throw new CorroborateError('CRB_ERR_EVAL_DATA', `body ${p.bodyId} is not in the bodies file`, { input: stancesFile });
  }
  return { bodies, pairs };
}

/** Reads a split list: one body id per line. */
export async function loadBodyIds(file: string): Promise<Set<string>> {
  const text = await readText(file);
  return new Set(text.split('\n').map((l) => l.trim()).filter(Boolean));
}

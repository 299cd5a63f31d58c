/**
 * Reads the clickbait headline file (JSONL: `{"headline", "label": "clickbait" | "not-clickbait"}`)
 * and splits it into our training and held-out parts.
 *
 * Held-out rule (ours; the data's own 80/20 test split already sits outside this file): for each
 * headline `h` exactly as in the file, `x = int(sha256(utf8(h)).hex()[8:16], 16)`; the headline
 * is held out when `x % 100 < 20`. It uses other hex digits than the data's own split rule
 * (`[0:8]`), so the two draws are independent.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { CorroborateError } from '../core/errors.js';

/** One labelled headline. */
export interface ClickbaitRow {
  headline: string;
  clickbait: boolean;
}

/** Parses the JSONL text; `input` names the file in errors. */
export function parseClickbaitJsonl(text: string, input = 'clickbait.jsonl'): ClickbaitRow[] {
  const out: ClickbaitRow[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let r: unknown;
    try {
      r = JSON.parse(line);
    } catch (cause) {
      throw new CorroborateError('CRB_ERR_EVAL_DATA', 'a line is not valid JSON', { input, line: i + 1, cause });
    }
    const rec = r as { headline?: unknown; label?: unknown };
    if (typeof rec.headline !== 'string' || (rec.label !== 'clickbait' && rec.label !== 'not-clickbait')) {
      throw new CorroborateError('CRB_ERR_EVAL_DATA', 'a record lacks a string `headline` or a `label` of clickbait/not-clickbait', { input, line: i + 1 });
    }
    out.push({ headline: rec.headline, clickbait: rec.label === 'clickbait' });
  });
  return out;
}

/** Reads and parses a clickbait JSONL file. */
export async function loadClickbaitData(file: string): Promise<ClickbaitRow[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new CorroborateError('CRB_ERR_EVAL_DATA', 'the file cannot be read', { input: file, cause });
  }
  return parseClickbaitJsonl(text, file);
}

/** True when a headline belongs to our held-out part (see the module doc for the rule). */
export function isHeldOut(headline: string): boolean {
  const hex = createHash('sha256').update(headline, 'utf8').digest('hex');
  return parseInt(hex.slice(8, 16), 16) % 100 < 20;
}

import { createHash } from 'node:crypto';
import type { RawReport } from '../model/document.js';

/** Unicode NFC, every run of whitespace (any Unicode space) to one space, trimmed. */
export function normaliseForId(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * The report id: sha256 of `format + "\n" + normalised input`, hex, first 16 characters (64 bits,
 * plenty for a news corpus). Re-wrapping or re-indenting a file does not change it; a different
 * format (the same string read as HTML vs text) does.
 */
export function reportId(format: RawReport['format'], raw: string): string {
  return createHash('sha256').update(`${format}\n${normaliseForId(raw)}`, 'utf8').digest('hex').slice(0, 16);
}

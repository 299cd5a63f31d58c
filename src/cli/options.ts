import { existsSync } from 'node:fs';
import { CorroborateError } from '../core/errors.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';

export const DEFAULT_DB = './corroborate.db';

/** `--db <file>`, which every command that touches the store takes. */
export const dbOption = { db: { type: 'string' as const, default: DEFAULT_DB } };
/** `--json`, for commands that print results. */
export const jsonOption = { json: { type: 'boolean' as const } };
/** `--quiet`: nothing but results and errors. Every command takes it (see COMMON in main.ts). */
export const quietOption = { quiet: { type: 'boolean' as const, short: 'q' } };

/**
 * Opens the store named by `--db`. Commands that only read refuse a path with no database behind
 * it (CRB_ERR_STORE_MISSING): a mistyped `--db` must not look like an empty corpus, nor leave an
 * empty file behind. Commands that write pass `create`.
 */
export function openStore(values: Record<string, unknown>, opts: { create?: boolean } = {}): Store {
  const path = String(values.db ?? DEFAULT_DB);
  if (!opts.create && path !== ':memory:' && !path.startsWith('file:') && !existsSync(path)) {
    throw new CorroborateError('CRB_ERR_STORE_MISSING', 'no database here (corroborate analyze <inputs> --db <file> makes one)', { input: path });
  }
  return openSqliteStore(path);
}

/** A whole number option (`--limit 20`), or `fallback` when absent. */
export function intOption(values: Record<string, unknown>, key: string, fallback: number): number {
  const raw = values[key];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new CorroborateError('CRB_ERR_CLI_USAGE', `--${key} takes a whole number, not "${String(raw)}"`);
  return n;
}

/** A positive number of seconds (`--interval 0.5`) as milliseconds, or `fallbackMs` when absent. */
export function secondsOption(values: Record<string, unknown>, key: string, fallbackMs: number): number {
  const raw = values[key];
  if (raw === undefined) return fallbackMs;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0 || String(raw).trim() === '') {
    throw new CorroborateError('CRB_ERR_CLI_USAGE', `--${key} takes a number of seconds above 0, not "${String(raw)}"`);
  }
  return Math.round(n * 1000);
}

/** Pretty-printed JSON on stdout, for `--json`. */
export function writeJson(io: { stdout: NodeJS.WriteStream }, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

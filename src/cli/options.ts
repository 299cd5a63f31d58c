import { CorroborateError } from '../core/errors.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';

export const DEFAULT_DB = './corroborate.db';

export const dbOption = { db: { type: 'string' as const, default: DEFAULT_DB } };
export const jsonOption = { json: { type: 'boolean' as const } };

export function openStore(values: Record<string, unknown>): Store {
  return openSqliteStore(String(values.db ?? DEFAULT_DB));
}

export function intOption(values: Record<string, unknown>, key: string, fallback: number): number {
  const raw = values[key];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new CorroborateError('CRB_ERR_CLI_USAGE', `--${key} takes a whole number, not "${String(raw)}"`);
  return n;
}

export function writeJson(io: { stdout: NodeJS.WriteStream }, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

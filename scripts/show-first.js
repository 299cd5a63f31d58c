// Renders the first stored report that has cuts, so `npm run example` ends on something to read.
import { spawnSync } from 'node:child_process';
const db = process.argv[2] ?? 'out/example.db';
const bin = new URL('../bin/corroborate.js', import.meta.url).pathname;
const list = spawnSync(process.execPath, [bin, 'list', '--db', db, '--json'], { encoding: 'utf8' });
if (list.status !== 0) process.exit(list.status ?? 1);
const rows = JSON.parse(list.stdout);
const pick = rows.find((r) => r.removedCount > 0) ?? rows[0];
if (!pick) process.exit(0);
console.log(`\n— corroborate show ${pick.id.slice(0, 8)} --db ${db} —\n`);
const shown = spawnSync(process.execPath, [bin, 'show', pick.id, '--db', db], { stdio: 'inherit' });
process.exit(shown.status ?? 0);

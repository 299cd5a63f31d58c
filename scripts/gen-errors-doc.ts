// Writes docs/errors.md from the catalogue in src/core/errors.ts: npm run docs:errors
import { ERRORS } from '../src/core/errors.js';
const rows = Object.entries(ERRORS).map(([c, m]) => `| \`${c}\` | ${m} |`).join('\n');
process.stdout.write(`# Error codes

Every known error prints one line: \`<input>[:<line>]: <CODE> <message>\`. The input is the file,
folder entry or URL it concerns; JSONL errors add the line number. Anything else printed as
"internal error" is a bug.

| code | meaning |
|---|---|
${rows}

## Exit codes of \`corroborate analyze\`

| code | meaning |
|---|---|
| 0 | every input was read and stored (or was already stored) |
| 1 | some inputs failed; each is named on stderr and recorded in the database; all others were stored |
| 2 | the command line is not valid |
| 3 | nothing was stored: the database could not be opened, or every input failed |
| 70 | internal error (a bug) |
`);

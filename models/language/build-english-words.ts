/**
 * Builds `english-words.json`, the English word list the language stage uses to recognise
 * sentences that are plainly English without asking the fastText model: the lower-case
 * alphabetic lexemes of wink-eng-lite-web-model's lexicon, sorted and front-coded, with their
 * sorted hashes (what lookups read).
 *
 * Run: node --import tsx models/language/build-english-words.ts (deterministic; writes the file
 * beside this script).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeWordHashes, encodeWordList } from '../../src/analyze/language/word-list-codec.js';

const require = createRequire(import.meta.url);
const packageJson = require.resolve('wink-eng-lite-web-model/package.json');
const version = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
const model = JSON.parse(readFileSync(join(dirname(packageJson), 'dist/languages/cur/models/eng-core-web-model.json'), 'utf8')) as {
  features: { lexeme: { list: string[] } };
};
const words = [...new Set(model.features.lexeme.list.filter((w) => /^[a-z]+$/.test(w)))].sort();
const out = {
  source: `wink-eng-lite-web-model ${version} (MIT): the lower-case alphabetic lexemes of its lexicon`,
  count: words.length,
  words: encodeWordList(words),
  hashes: encodeWordHashes(words),
};
const file = join(dirname(fileURLToPath(import.meta.url)), 'english-words.json');
writeFileSync(file, JSON.stringify(out) + '\n');
console.log(`${words.length} words → ${file}`);

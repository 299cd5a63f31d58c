import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { CorroborateError } from '../../core/errors.js';
import { writeAnnotations } from '../../reporters/annotations-export.js';
import { writeClaimReviews } from '../../reporters/claimreview-export.js';
import { writeIncidentsCsv } from '../../reporters/csv-export.js';
import { ExportLookup, selectForExport, selectedReports, selectedStoryIds, type ExportSelection } from '../../reporters/export-selection.js';
import type { ExportSink } from '../../reporters/export-sink.js';
import { writeHtmlReport } from '../../reporters/html-report.js';
import { REPORT_SCHEMA_VERSION, writeReportsJson } from '../../reporters/json-export.js';
import type { Store } from '../../store/store.js';
import { EXIT } from '../exit-codes.js';
import { dbOption, openStore } from '../options.js';
import type { Command } from '../main.js';

/** One export format: what it writes, and what the count it returns counts. */
interface ExportFormat {
  noun: [one: string, many: string];
  write(store: Store, sel: ExportSelection, out: ExportSink): Promise<number>;
}

const FORMATS: Record<string, ExportFormat> = {
  json: { noun: ['report', 'reports'], write: (store, sel, out) => writeReportsJson(selectedReports(store, sel), out) },
  csv: { noun: ['incident row', 'incident rows'], write: (store, sel, out) => writeIncidentsCsv(selectedReports(store, sel), new ExportLookup(store), out) },
  claimreview: {
    noun: ['ClaimReview', 'ClaimReviews'],
    write: async (store, sel, out) => writeClaimReviews(await selectedStoryIds(store, sel), new ExportLookup(store), out),
  },
  annotations: { noun: ['annotation', 'annotations'], write: (store, sel, out) => writeAnnotations(selectedReports(store, sel), new ExportLookup(store), store, out) },
  html: { noun: ['story', 'stories'], write: (store, sel, out) => writeHtmlReport(store, sel, out) },
};

const NAMES = Object.keys(FORMATS).join('|');

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export reports and stories: JSON, an incidents CSV, ClaimReview, Web Annotations or an offline HTML report',
  usage: `corroborate export --format ${NAMES} [--db <file>] [--out <file>] [<id>…]

Formats (docs/exports.md has every column and mapping):
  json          { "schemaVersion": ${REPORT_SCHEMA_VERSION}, "generatedAt", "reports": [...] }: each report's cleaned text,
                metadata, cuts, reading layer and findings, spans into the text, one report per line
                (schema: docs/schema/report.v${REPORT_SCHEMA_VERSION}.schema.json)
  csv           one row per incident of each report, ACLED's columns (event_date … fatalities), then
                report_id, story_id, corroboration_status, independent_origins, evidence (RFC 4180)
  claimreview   schema.org ClaimReview JSON-LD, one per contradicted or single-source value of each
                story; the rating says only "contradicted by N independent reports" / "single source"
  annotations   W3C Web Annotations (JSON-LD AnnotationCollection), one per evidence span of every
                finding, with TextQuoteSelector and TextPositionSelector (UTF-16 code units)
  html          one offline page: stories with facet tables, timelines and maps, and the reports'
                cleaned text with the evidence highlighted; no script, no external URL

Ids (optional): a story id (story-4: the story and its reports) or a report id or prefix of 6+
characters (the report and the stories it is in). Without ids, every report and every story.
An unknown id fails before anything is written.

Options:
  --format <f>      ${NAMES} (required)
  --db <file>       SQLite database (default ./corroborate.db)
  --out <file>      write to a file (replaced only once the export is complete); default stdout`,
  options: { ...dbOption, format: { type: 'string' }, out: { type: 'string', short: 'o' } },
  async run({ values, positionals }, io) {
    const name = values.format;
    const format = typeof name === 'string' && Object.hasOwn(FORMATS, name) ? FORMATS[name] : undefined;
    if (!format) {
      throw new CorroborateError('CRB_ERR_CLI_USAGE', name === undefined ? `export needs --format ${NAMES}` : `unknown export format "${String(name)}" (one of ${NAMES})`);
    }
    const store = openStore(values);
    try {
      // Every id is resolved before a byte is written: a wrong id fails with nothing written.
      const sel = await selectForExport(store, positionals);
      const out = values.out === undefined ? undefined : String(values.out);
      if (out === undefined) {
        await format.write(store, sel, io.stdout);
        return EXIT.ok;
      }
      // Write beside the target and rename at the end: a failed export never leaves a file that looks complete.
      const partial = `${out}.partial-${process.pid}`;
      const file = createWriteStream(partial);
      try {
        const n = await format.write(store, sel, file);
        file.end();
        await finished(file);
        await rename(partial, out);
        io.stderr.write(`${n} ${n === 1 ? format.noun[0] : format.noun[1]} written to ${out}\n`);
      } catch (e) {
        file.destroy();
        await rm(partial, { force: true });
        throw e;
      }
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};

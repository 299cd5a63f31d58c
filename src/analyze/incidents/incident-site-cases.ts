/**
 * Shared cases for incident-sites*.test.ts. Where an incident happened, and where it did not: destinations ("the run to X"), planned events
 * ("will be shown on Monday") and places where evidence is shown are never incident sites, while
 * "drones struck a depot in X" still is. Each case is read twice, in two processes (the gazetteer
 * is process-wide): with the invented towns unknown, and located by an invented places file.
 */
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReportPipeline } from '../pipeline.js';
import { prepareAnalysis } from '../prepare.js';
import { usePlacesFiles } from '../places/user-places.js';
import { startDocument } from '../../run/report-runner.js';
import { incidentSpanProblems } from './incident-spans.js';
import type { Incident } from './incident-types.js';

const dir = mkdtempSync(join(tmpdir(), 'crb-incident-sites-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Invented towns of an invented country (user-assigned code XM). */
const PLACES = [
  '#country XM Brenvaria|Republic of Brenvaria',
  ['2100009001', 'Ardessa', 'Ardessa', '', '51.21', '29.44', 'P', 'PPLC', 'XM', '', '01', '', '', '', '610000'],
  ['2100009002', 'Vostrin', 'Vostrin', '', '50.87', '30.12', 'P', 'PPLA', 'XM', '', '02', '', '', '', '88000'],
  ['2100009003', 'Melkow', 'Melkow', '', '51.02', '28.91', 'P', 'PPL', 'XM', '', '03', '', '', '', '41000'],
  ['2100009004', 'Torsk', 'Torsk', '', '51.25', '29.50', 'P', 'PPLX', 'XM', '', '01', '', '', '', '30000'],
]
  .map((l) => (Array.isArray(l) ? l.join('\t') : l))
  .join('\n');

async function incidents(text: string): Promise<Incident[]> {
  await prepareAnalysis();
  const doc = createReportPipeline().run(
    startDocument({ id: 'fixture', source: { kind: 'file', location: 'fixture.txt', fetchedAt: '2026-05-04T08:00:00Z' }, format: 'text', raw: text, given: { published: '2026-05-03' } }),
  );
  const list = doc.data.incidents as Incident[];
  assert.deepEqual(incidentSpanProblems(doc.text ?? '', list), []);
  return list;
}

const names = (list: readonly Incident[]) => list.map((i) => i.location.name);

/** The cases, each run by incident-sites.test.ts (towns unknown) and incident-sites-located.test.ts (towns located). */
export const SITE_CASES: Array<[string, (located: boolean) => Promise<void>]> = [];
function bothWays(name: string, check: (located: boolean) => Promise<void>): void {
  SITE_CASES.push([name, check]);
}

/** Writes the invented places file and loads it, as `--places` would (before anything reads the gazetteer). */
export function useInventedPlaces(): number | undefined {
  const file = join(dir, 'brenvaria.tsv');
  writeFileSync(file, `${PLACES}\n`);
  return usePlacesFiles([file])[0]?.places;
}

bothWays('a destination after a motion word is not where the strike happened', async (located) => {
  const list = await incidents(
    `Missile hits bus station in Vostrin

A missile struck the bus station in Vostrin at about 6:10 a.m. on Saturday, killing two people, the regional governor, Ilse Marek, said. The station was filling with passengers for the first buses to Ardessa when the missile hit, and the morning trains bound for Melkow were cancelled.
`,
  );
  assert.deepEqual(names(list), ['Vostrin']);
  assert.deepEqual([list[0]!.casualties?.killed?.low, list[0]!.casualties?.killed?.high], [2, 2]);
  if (located) assert.equal(list[0]!.location.geo?.country, 'XM');
});

bothWays('"heading for" and "en route to" name where people were going, not the site', async () => {
  const list = await incidents(
    `Drones hit fuel depot in Melkow

Two drones struck a fuel depot in Melkow overnight on Friday, injuring three workers, police said. A convoy heading for Ardessa was stopped outside the town, and a train en route to Vostrin waited for four hours.
`,
  );
  assert.deepEqual(names(list), ['Melkow']);
});

bothWays('a sentence in planned mood neither opens nor places an incident', async () => {
  const list = await incidents(
    `Drone debris falls on school in Ardessa

Debris from a drone shot down over Ardessa overnight on Saturday fell on a school, injuring one guard, the city administration said. Fragments collected in Melkow will be displayed to journalists on Tuesday, the Defence Ministry said. A memorial service is due to be held in Vostrin on Wednesday.
`,
  );
  assert.deepEqual(names(list), ['Ardessa']);
  for (const i of list) assert.ok(!i.date.interval || i.date.interval.start < '2026-05-04', `${i.location.name} is not dated in the future: ${JSON.stringify(i.date)}`);
});

bothWays('where evidence is shown or examined is not the strike site', async () => {
  const list = await incidents(
    `Missile strikes warehouse in Vostrin

A missile struck a grain warehouse in Vostrin early on Sunday, killing one man, the governor said. Parts of the missile recovered at the scene were examined at a laboratory in Ardessa on Sunday afternoon.
`,
  );
  assert.deepEqual(names(list), ['Vostrin']);
});

bothWays('a strike stated outright is still a site: "drones struck a depot in X"', async (located) => {
  const list = await incidents(
    `Drones strike depot in Melkow

Drones struck a rail depot in Melkow overnight on Saturday, killing one worker, the regional governor said.
`,
  );
  assert.deepEqual(names(list), ['Melkow']);
  assert.equal(list[0]!.location.geoPrecision, 1);
  if (located) assert.deepEqual([list[0]!.location.geo?.lat, list[0]!.location.geo?.lon], [51.02, 28.91]);
});

bothWays('a hit on the road to a town, stated in another town, is in the one where it hit', async () => {
  const list = await incidents(
    `Drone hits shop in Melkow

A drone hit a shop in Melkow on the road to Vostrin late on Friday, injuring one woman, the police said.
`,
  );
  assert.deepEqual(names(list), ['Melkow']);
  assert.equal(list[0]!.location.geoPrecision, 1);
});

bothWays('a district the report names as one stays a site of its town, even where a gazetteer lists it on its own', async () => {
  const list = await incidents(
    `Drones over Ardessa: debris hits homes in the Torsk district

Air defence shot down five drones over Ardessa overnight on Saturday, the mayor said. Debris fell on two houses in the Torsk district, injuring an elderly couple. At 02:15 the mayor said debris had come down in Torsk and that ambulances were at the scene.
`,
  );
  assert.deepEqual(names(list), ['Ardessa']);
  assert.ok(list[0]!.location.sites?.some((s) => /^Torsk/u.test(s.name)), JSON.stringify(list[0]!.location.sites));
});


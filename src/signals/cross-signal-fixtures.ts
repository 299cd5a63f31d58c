/**
 * Invented reports for the cross-report signals' tests: one night of drones over the town of
 * Brenmoor, told by wire agencies, their client copies and local outlets that agree or disagree
 * on the count, the injured, the district and the day. Towns, outlets and people are made up.
 * The origin tests' Morvaine fire reports are reachable here too, by key.
 */
import { FIXTURES as ORIGIN_FIXTURES, fixtureRaw, type FixtureReport } from '../corpus/origins/origin-fixtures.js';
import type { KeyedReport } from './cross-signal-tester.js';

const FENWIRE_BODY = [
  'BRENMOOR, April 18 (Fenwire) — Air defence units shot down eight drones over the town of Brenmoor overnight, Mayor Ada Linn said on Saturday.',
  'Debris damaged a school in the Northfield district and injured two people, Linn said on her messaging channel.',
  'Police closed the street outside the school on Saturday morning while engineers checked the building, a police spokesman said.',
].join('\n\n');

const ESTLINE_BODY = [
  'BRENMOOR, April 18 (Estline) — Air defence shot down six drones that attacked the town of Brenmoor overnight, the regional military command said in a statement on Saturday morning.',
  'Falling debris damaged a school building in the Northfield district, and two residents were taken to hospital with light injuries, the command said.',
  'Classes at the school were cancelled for the day, and the town council said engineers would inspect the building on Sunday.',
].join('\n\n');

/** A report as a JSONL line gives it; the body goes under the title, as the report's first line. */
type Invented = Omit<FixtureReport, 'text'> & { body: string };

const HERALD = { outlet: 'Eastern Herald', title: 'Drones shot down over Brenmoor', published: '2026-04-18T12:00:00Z' };
const heraldOn = (day: string) =>
  `On ${day}, the town of Brenmoor came under a drone attack that damaged a school in the Northfield district and injured two people, Mayor Ada Linn said.\n\nAir defence shot down eight drones over the town, she said.`;

const INVENTED: readonly Invented[] = [
  { key: 'fenwire-eight', outlet: 'Fenwire', title: 'Eight drones downed over Brenmoor, school damaged', published: '2026-04-18T07:10:00Z', body: FENWIRE_BODY },
  // A client's copy of the Fenwire story: new headline, credit at the end.
  { key: 'lantern-copy', outlet: 'Daily Lantern', title: 'Brenmoor: air defence downs eight drones', published: '2026-04-18T08:20:00Z', body: `${FENWIRE_BODY}\n\n— Fenwire` },
  {
    key: 'gazette-six',
    outlet: 'Brenmoor Gazette',
    title: 'Northfield school hit as drones target Brenmoor',
    published: '2026-04-18T09:30:00+01:00',
    body: 'Six drones were shot down over Brenmoor overnight, the regional military command said on Saturday.\n\nTwo people were hurt when debris fell on a school in the Northfield district, Mayor Ada Linn said.',
  },
  {
    key: 'gazette-about-eight',
    outlet: 'Brenmoor Gazette',
    title: 'Northfield school hit as drones target Brenmoor',
    published: '2026-04-18T09:30:00+01:00',
    body: 'About eight drones were shot down over Brenmoor overnight, the regional military command said on Saturday.\n\nTwo people were hurt when debris fell on a school in the Northfield district, Mayor Ada Linn said.',
  },
  {
    key: 'gazette-dated',
    outlet: 'Brenmoor Gazette',
    title: 'Northfield school hit as drones target Brenmoor',
    published: '2026-04-18T09:30:00+01:00',
    body: 'Early on April 18, 2026, eight drones were shot down over Brenmoor, the regional military command said.\n\nTwo people were hurt when debris fell on a school in the Northfield district, Mayor Ada Linn said.',
  },
  {
    key: 'courier-eight',
    outlet: 'Lowland Courier',
    title: 'Brenmoor wakes to a damaged school after drone night',
    published: '2026-04-18T11:00:00+01:00',
    body: "Residents of Brenmoor's Northfield district swept up glass outside the local school on Saturday after a night of drone attacks on the town.\n\nThe air force said eight drones had been shot down over Brenmoor. Two people were injured, Mayor Ada Linn said.",
  },
  {
    key: 'courier-no-injured',
    outlet: 'Lowland Courier',
    title: 'Brenmoor school damaged in drone night',
    published: '2026-04-18T11:00:00+01:00',
    body: 'Air defence units shot down eight drones over Brenmoor overnight, the air force said on Saturday.\n\nDebris from one of them fell on a school in the Northfield district, Mayor Ada Linn said.',
  },
  {
    key: 'courier-no-district',
    outlet: 'Lowland Courier',
    title: 'Brenmoor school damaged in drone night',
    published: '2026-04-18T11:00:00+01:00',
    body: 'Air defence units shot down eight drones over Brenmoor overnight, the air force said on Saturday.\n\nDebris from one of them fell on a school in the town, Mayor Ada Linn said.',
  },
  { key: 'estline-six', outlet: 'Estline', title: 'Drones target Brenmoor, six shot down', published: '2026-04-18T08:00:00Z', body: ESTLINE_BODY },
  { key: 'beacon-copy', outlet: 'Daily Beacon', title: 'Six drones shot down over Brenmoor', published: '2026-04-18T09:45:00Z', body: `${ESTLINE_BODY}\n\n— Estline` },
  { key: 'herald-april-16', ...HERALD, body: heraldOn('April 16, 2026') },
  { key: 'herald-april-17', ...HERALD, body: heraldOn('April 17, 2026') },
];

const BRENMOOR: readonly FixtureReport[] = INVENTED.map(({ body, ...r }) => ({ ...r, text: `${r.title}\n\n${body}` }));

/** Reports of `fixtures` by key, in the order given (the order they reach the story layer). */
function keyed(fixtures: readonly FixtureReport[], keys: readonly string[]): KeyedReport[] {
  return keys.map((key) => {
    const f = fixtures.find((x) => x.key === key);
    if (!f) throw new Error(`no fixture report ${key}`);
    return { ...fixtureRaw(f), key };
  });
}

/** The Brenmoor reports by key, in the order given. */
export function brenmoorReports(...keys: string[]): KeyedReport[] {
  return keyed(BRENMOOR, keys);
}

/** The origin tests' Morvaine fire reports by key (`wire`, `copy-headline`, `german`, …), in the order given. */
export function morvaineReports(...keys: string[]): KeyedReport[] {
  return keyed(ORIGIN_FIXTURES, keys);
}

/**
 * Invented reports for the story layer's tests: two drone nights over the town of Harrowgate a
 * week apart, a wire story with a syndicated copy, an independent local report, and a report on
 * a strike on Dunmere that also tells of the first Harrowgate night. Towns, outlets and people
 * are made up.
 */
import type { RawReport } from '../../model/document.js';

interface Fixture {
  key: string;
  outlet: string;
  published: string;
  title: string;
  text: string;
}

const FIXTURES: Fixture[] = [
  {
    key: 'night1-wire',
    outlet: 'Fenwire',
    published: '2025-05-06T06:30:00Z',
    title: 'Drones attack Harrowgate overnight, two injured',
    text: [
      'Drones attack Harrowgate overnight, two injured',
      'HARROWGATE, May 6 (Fenwire) — Drones attacked the town of Harrowgate overnight, injuring two people when debris hit an apartment building, Mayor Elin Moss said on Tuesday.',
      'Air defence units shot down nine drones over the town and its outskirts, Moss said on her messaging channel.',
      'The Defence Ministry blamed the Norvian army for the attack. Norvia has not commented.',
      'Debris from a downed drone set fire to the roof of a warehouse in the Eastbank district at about 2:15 a.m.',
    ].join('\n\n'),
  },
  {
    key: 'night1-copy',
    outlet: 'Daily Lantern',
    published: '2025-05-06T08:05:00Z',
    title: 'Harrowgate hit by overnight drone attack, two hurt',
    text: [
      'Harrowgate hit by overnight drone attack, two hurt',
      'HARROWGATE, May 6 (Fenwire) — Drones attacked the town of Harrowgate overnight, injuring two people when debris hit an apartment building, Mayor Elin Moss said on Tuesday.',
      'Air defence units shot down nine drones over the town and its outskirts, Moss said on her messaging channel.',
      'The Defence Ministry blamed the Norvian army for the attack. Norvia has not commented.',
      'Debris from a downed drone set fire to the roof of a warehouse in the Eastbank district at about 2:15 a.m.',
      '— Fenwire',
    ].join('\n\n'),
  },
  {
    key: 'night1-local',
    outlet: 'Harrowgate Courier',
    published: '2025-05-06T11:20:00+01:00',
    title: 'Eastbank residents count the damage after night of drones',
    text: [
      'Eastbank residents count the damage after night of drones',
      'Residents of the Eastbank district of Harrowgate swept glass from their balconies on Tuesday after a night of drone attacks on the town.',
      '"The whole building shook," said Tomas Rell, 52, whose flat faces the burnt warehouse.',
      'Mayor Elin Moss said nine drones had been shot down over Harrowgate overnight. Three people were injured, the town hospital said on Tuesday afternoon.',
      'Norvia denied launching any drones at Harrowgate, its foreign ministry said in a statement.',
    ].join('\n\n'),
  },
  {
    key: 'dunmere',
    outlet: 'Valley Post',
    published: '2025-05-06T14:00:00Z',
    title: 'Missile strikes Dunmere rail yard, one killed',
    text: [
      'Missile strikes Dunmere rail yard, one killed',
      'A missile struck the rail yard in the border town of Dunmere early on Tuesday, killing one worker, regional governor Piet Harl said.',
      'Harl said two missiles had been fired at Dunmere and one was shot down. He blamed Varesh forces for the strike.',
      'Overnight, drones attacked Harrowgate, where air defence shot down nine drones over the town, Mayor Elin Moss said. Two people were injured in Harrowgate.',
    ].join('\n\n'),
  },
  {
    key: 'night2-a',
    outlet: 'Harrowgate Courier',
    published: '2025-05-13T07:40:00+01:00',
    title: 'Twelve drones downed over Harrowgate in second night of attacks',
    text: [
      'Twelve drones downed over Harrowgate in second night of attacks',
      'Air defence units shot down twelve drones over Harrowgate overnight, Mayor Elin Moss said on Tuesday, a week after the last attack on the town.',
      'Falling debris damaged a school in the Millford district, and one person was injured, Moss said.',
      'The Defence Ministry again blamed the Norvian army.',
    ].join('\n\n'),
  },
  {
    key: 'night2-b',
    outlet: 'Fenwire',
    published: '2025-05-13T09:10:00Z',
    title: 'Harrowgate school damaged as air defence downs twelve drones',
    text: [
      'Harrowgate school damaged as air defence downs twelve drones',
      'HARROWGATE, May 13 (Fenwire) — Air defence shot down twelve drones over the town of Harrowgate overnight, Mayor Elin Moss said on Tuesday.',
      'Debris hit a school in the Millford district, injuring one person, she said on her messaging channel.',
      'Classes in Millford were cancelled for the day.',
    ].join('\n\n'),
  },
];

/** The fixtures as raw reports (as the JSONL reader would give them), in the order given. */
export function storyFixtureReports(keys: readonly string[] = FIXTURES.map((f) => f.key)): Array<RawReport & { key: string }> {
  return keys.map((key) => {
    const f = FIXTURES.find((x) => x.key === key);
    if (!f) throw new Error(`no fixture ${key}`);
    return {
      key,
      id: `fx-${key}`,
      source: { kind: 'jsonl-line', location: 'fixtures.jsonl', recordId: key, fetchedAt: '2025-05-14T00:00:00.000Z' },
      format: 'text',
      raw: f.text,
      given: { id: key, title: f.title, outlet: f.outlet, published: f.published },
    };
  });
}

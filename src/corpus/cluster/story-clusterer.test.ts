import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCorroborateError } from '../../core/errors.js';
import { clusterReports, createStoryClusterer, restoreStoryClusterer, restoreStoryClustererParts, type ClustererBatch, type ClustererDelta, type SavedClusterStory, type StoryClustererState } from './story-clusterer.js';
import type { ClusterDocument } from './story-profile.js';

// Invented reports: two drone nights over one city a week apart (same mayor, same kind of
// attack), a wire story with two syndicated copies, and unrelated news around them.
const FIRST_NIGHT_A: ClusterDocument = {
  id: 'a1',
  published: '2025-05-06T07:10:00Z',
  title: 'Eight drones downed over Velmora, fuel depot hit',
  text: [
    'Eight drones downed over Velmora, fuel depot hit',
    'Air defences shot down eight drones over Velmora overnight into Tuesday, Mayor Ilya Serov said on 6 May.',
    'Debris from one drone set fire to a fuel depot in the Dubrava district, and firefighters from the Karsk regional service fought the blaze for four hours.',
    'Serov said nobody was hurt and asked residents of Dubrava to keep windows closed because of the smoke.',
    'The regional governor, Petra Holm, said the drones were launched from the south.',
  ].join('\n'),
};

const FIRST_NIGHT_WIRE: ClusterDocument = {
  id: 'a2',
  published: '2025-05-06T09:30:00Z',
  title: 'Velmora fuel depot burns after night drone raid',
  text: [
    'Velmora fuel depot burns after night drone raid',
    'VELMORA, May 6 (Northline) - A fuel depot in Velmora\'s Dubrava district caught fire after air defences downed eight drones over the city on Tuesday night, Mayor Ilya Serov said.',
    'Karsk firefighters brought the fire under control by morning, the regional emergency service said.',
    'Governor Petra Holm said there were no casualties and that the drones had approached from the south.',
    'Photos posted by residents showed a column of black smoke over Dubrava.',
  ].join('\n'),
};

// Syndicated copies of the wire story: same body, another outlet's header and credit line.
const WIRE_COPY_1: ClusterDocument = {
  id: 'a3',
  published: '2025-05-06T10:05:00Z',
  title: 'Fuel depot in Velmora on fire after drone attack',
  text: ['Fuel depot in Velmora on fire after drone attack', ...FIRST_NIGHT_WIRE.text.split('\n').slice(1), 'Source: Northline'].join('\n'),
};
const WIRE_COPY_2: ClusterDocument = {
  id: 'a4',
  published: '2025-05-06T11:45:00Z',
  title: 'Velmora fuel depot burns after night drone raid',
  text: `${FIRST_NIGHT_WIRE.text}\nReporting by Northline staff; editing by the Harbour Ledger desk.`,
};

const SECOND_NIGHT_A: ClusterDocument = {
  id: 'b1',
  published: '2025-05-13T06:50:00Z',
  title: 'Twelve drones downed over Velmora, apartment block damaged',
  text: [
    'Twelve drones downed over Velmora, apartment block damaged',
    'Air defences shot down twelve drones over Velmora overnight into Tuesday, Mayor Ilya Serov said on 13 May.',
    'Falling debris damaged an apartment block in the Lipki district and three people were taken to hospital with cuts.',
    'Serov said the injured were in a stable condition and that Lipki school would stay closed for the day.',
    'Governor Petra Holm said the drones had again come from the south.',
  ].join('\n'),
};

const SECOND_NIGHT_B: ClusterDocument = {
  id: 'b2',
  published: '2025-05-13T12:20:00Z',
  title: 'Three hurt as drone debris hits Lipki apartments',
  text: [
    'Three hurt as drone debris hits Lipki apartments',
    'Three residents of Velmora were injured when debris from a downed drone hit an apartment block in Lipki overnight, the city said on Tuesday, 13 May.',
    'Mayor Ilya Serov said twelve drones were shot down and glass was blown out on four floors of the Lipki block.',
    'Governor Petra Holm visited the injured in hospital.',
  ].join('\n'),
};

const BACKGROUND: ClusterDocument[] = [
  {
    id: 'x1',
    published: '2025-05-07T18:00:00Z',
    title: 'Harbour FC beat Vale Rovers in cup semi-final',
    text: 'Harbour FC beat Vale Rovers in cup semi-final\nHarbour FC reached the cup final after a 2-1 win over Vale Rovers on Wednesday.\nStriker Tomas Brann scored twice in the second half before a crowd of 18,000.\nCoach Ida Lind said the team would rest key players on Saturday.',
  },
  {
    id: 'x2',
    published: '2025-05-09T14:00:00Z',
    title: 'Parliament passes budget after long debate',
    text: 'Parliament passes budget after long debate\nThe Karsk parliament approved the regional budget by 61 votes to 40 on Friday.\nFinance Minister Oskar Feld said spending on roads would rise by a tenth.\nThe opposition Green Alliance voted against, saying schools had been neglected.',
  },
  {
    id: 'x3',
    published: '2025-05-10T08:00:00Z',
    title: 'River Osna floods villages after heavy rain',
    text: 'River Osna floods villages after heavy rain\nThe river Osna burst its banks on Saturday, flooding three villages downstream of Brisk.\nRescuers evacuated 240 people by boat, the emergency service said.\nForecasters expect more rain until Monday.',
  },
  {
    id: 'x4',
    published: '2025-05-11T16:00:00Z',
    title: 'New tram line opens in Port Amsel',
    text: 'New tram line opens in Port Amsel\nA new tram line linking the harbour to the university opened in Port Amsel on Sunday.\nMayor Lena Vosk said the line would carry 30,000 passengers a day.\nTickets are free for the first week.',
  },
];

const STREAM: ClusterDocument[] = [
  FIRST_NIGHT_A,
  BACKGROUND[0]!,
  FIRST_NIGHT_WIRE,
  BACKGROUND[1]!,
  WIRE_COPY_1,
  BACKGROUND[2]!,
  BACKGROUND[3]!,
  SECOND_NIGHT_A,
  WIRE_COPY_2,
  SECOND_NIGHT_B,
];

function groups(assign: ReadonlyMap<string, string>): string[][] {
  const by = new Map<string, string[]>();
  for (const [doc, story] of assign) by.set(story, [...(by.get(story) ?? []), doc]);
  return [...by.values()].map((g) => g.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

test('two drone nights a week apart over the same city stay apart; the wire story and its copies join', () => {
  const assign = clusterReports(STREAM);
  assert.deepEqual(groups(assign), [['a1', 'a2', 'a3', 'a4'], ['b1', 'b2'], ['x1'], ['x2'], ['x3'], ['x4']]);
});

test('resolved event dates from the reading layer keep the two nights apart without publication dates', () => {
  const undated = (d: ClusterDocument, eventDate: string): ClusterDocument => ({
    ...d,
    published: null,
    // Without dates in the text either, only the reading layer can tell the nights apart.
    text: d.text.replace(/ on (6|13) May| on Tuesday, 13 May|, May 6/g, ''),
    features: { eventDates: [eventDate], places: ['Velmora'] },
  });
  const docs = STREAM.map((d) =>
    d.id.startsWith('a') ? undated(d, '2025-05-06') : d.id.startsWith('b') ? undated(d, '2025-05-13') : { ...d, published: null },
  );
  const assign = clusterReports(docs);
  assert.notEqual(assign.get('a1'), assign.get('b1'));
  assert.equal(assign.get('a1'), assign.get('a2'));
  assert.equal(assign.get('b1'), assign.get('b2'));
});

test('each add reports where the report went, how many stories were candidates, and a score', () => {
  const c = createStoryClusterer();
  const first = c.add(FIRST_NIGHT_A);
  assert.deepEqual(first, { storyId: 'story-1', score: 0, candidates: 0 });
  const wire = c.add(FIRST_NIGHT_WIRE);
  assert.equal(wire.storyId, 'story-1');
  assert.equal(wire.candidates, 1);
  assert.ok(wire.score > 0.5, `score ${wire.score}`);
  const sport = c.add(BACKGROUND[0]!);
  assert.equal(sport.storyId, 'story-2');
  assert.equal(c.size, 3);
  assert.deepEqual(c.stories(), [
    { id: 'story-1', docs: ['a1', 'a2'] },
    { id: 'story-2', docs: ['x1'] },
  ]);
});

test('adding a known report again changes nothing', () => {
  const c = createStoryClusterer();
  for (const d of STREAM.slice(0, 4)) c.add(d);
  const before = JSON.stringify(c.toJSON());
  const again = c.add(FIRST_NIGHT_WIRE);
  assert.equal(again.storyId, c.assignments().get('a2'));
  assert.equal(JSON.stringify(c.toJSON()), before);
});

test('the same reports in the same order give the same state; adding one by one equals clustering the list', () => {
  const run = () => {
    const c = createStoryClusterer();
    for (const d of STREAM) c.add(d);
    return c;
  };
  const a = run();
  const b = run();
  assert.deepEqual(a.toJSON(), b.toJSON());
  assert.deepEqual([...a.assignments()], [...clusterReports(STREAM)]);
});

test('a saved and restored clusterer keeps growing exactly as if it had never been saved', () => {
  const whole = createStoryClusterer();
  for (const d of STREAM) whole.add(d);

  const first = createStoryClusterer();
  for (const d of STREAM.slice(0, 6)) first.add(d);
  const saved = JSON.parse(JSON.stringify(first.toJSON())) as StoryClustererState;
  const resumed = restoreStoryClusterer(saved);
  assert.deepEqual([...resumed.assignments()], [...first.assignments()]);
  for (const d of STREAM.slice(6)) resumed.add(d);
  assert.deepEqual([...resumed.assignments()], [...whole.assignments()]);
  assert.deepEqual(resumed.toJSON(), whole.toJSON());
});

test('a malformed saved state is a coded error', () => {
  for (const bad of [null, {}, { version: 1, stories: [] }, { version: 2, reports: [], stories: [], pairs: [], nextStory: 0 }]) {
    assert.throws(
      () => restoreStoryClusterer(bad as unknown as StoryClustererState),
      (e: unknown) => isCorroborateError(e) && e.code === 'CRB_ERR_CORPUS_STATE',
    );
  }
});

test('explain lists candidate stories with the closest report and its features, without adding', () => {
  const c = createStoryClusterer();
  for (const d of STREAM.slice(0, 8)) c.add(d);
  const size = c.size;
  const ex = c.explain(SECOND_NIGHT_B);
  assert.equal(c.size, size);
  assert.ok(ex.length >= 2);
  assert.equal(ex[0]!.storyId, c.assignments().get('b1'));
  assert.equal(ex[0]!.closest.docId, 'b1');
  assert.ok(ex[0]!.score > ex[1]!.score);
  assert.ok(ex[0]!.closest.features.names! > 0);
});

test('a story grown past maxLocal settles and still takes new reports through its exemplars', () => {
  const c = createStoryClusterer({ maxLocal: 3, exemplars: 2 });
  for (const d of [FIRST_NIGHT_A, FIRST_NIGHT_WIRE, WIRE_COPY_1, WIRE_COPY_2, BACKGROUND[0]!]) c.add(d);
  const state = c.toJSON();
  const story = state.stories.find((s) => s.members.length === 4)!;
  assert.deepEqual(story.exemplars, [0, 1]);
  // Reports that are not exemplars of a settled story let go of their profiles.
  assert.ok(state.reports[0]!.profile && state.reports[1]!.profile);
  assert.ok(!state.reports[2]!.profile && !state.reports[3]!.profile);
  const late = c.add({ ...FIRST_NIGHT_WIRE, id: 'a5', title: 'Dubrava depot fire out, Velmora mayor says' });
  assert.equal(late.storyId, story.id);
});

test('saved by parts after every report (new reports once, changed stories whole), a clusterer restores exactly and grows as if never saved', () => {
  const whole = createStoryClusterer();
  for (const d of STREAM) whole.add(d);

  const c = createStoryClusterer({}, { trackChanges: true });
  const batches: ClustererBatch[] = [];
  const stories = new Map<number, SavedClusterStory>();
  let delta: ClustererDelta | undefined;
  for (const d of STREAM.slice(0, 6)) {
    c.add(d);
    delta = c.takeDelta();
    assert.equal(delta.batch?.reports.length, 1, 'each batch holds its own report only');
    batches.push(delta.batch!);
    for (const s of delta.stories) stories.set(s.no, s);
    for (const no of delta.dropped) stories.delete(no);
  }
  // Nothing new, nothing saved.
  const idle = c.takeDelta();
  assert.equal(idle.batch, undefined);
  assert.deepEqual(idle.stories, []);
  const restored = restoreStoryClustererParts(JSON.parse(JSON.stringify({ options: delta!.options, nextStory: delta!.nextStory, stories: [...stories.values()], batches })));
  assert.deepEqual(restored.toJSON(), c.toJSON());
  for (const d of STREAM.slice(6)) restored.add(d);
  assert.deepEqual(restored.toJSON(), whole.toJSON());
  assert.throws(
    () => restoreStoryClustererParts({ options: {}, nextStory: 1, stories: [{ no: 0, id: 'story-1', members: [0, 5], last: 5, pairs: '' }], batches: batches.slice(0, 2) }),
    (e: unknown) => isCorroborateError(e) && e.code === 'CRB_ERR_CORPUS_STATE',
  );
});

test('the clusterer says which reports changed story, without a scan of every report', () => {
  const c = createStoryClusterer();
  c.add(FIRST_NIGHT_A);
  assert.deepEqual(c.takeMoves(), [['a1', 'story-1']]);
  c.add(BACKGROUND[0]!);
  c.add(FIRST_NIGHT_WIRE);
  assert.deepEqual(c.takeMoves(), [['x1', 'story-2'], ['a2', 'story-1']]);
  assert.deepEqual(c.takeMoves(), []);
  assert.deepEqual(c.membersOf('story-1'), ['a1', 'a2']);
  assert.equal(c.storyOf('a2'), 'story-1');
  assert.equal(c.membersOf('story-99'), undefined);
});

test('a story no report has joined for a while retires: a few exemplars keep their profiles, cached pairs go, and a late report still joins it', () => {
  const c = createStoryClusterer({ activeWindow: 2, retiredExemplars: 1 });
  // The first night's three reports, then four unrelated ones: the first night's story is idle.
  for (const d of [FIRST_NIGHT_A, FIRST_NIGHT_WIRE, WIRE_COPY_1, ...BACKGROUND]) c.add(d);
  const state = c.toJSON();
  const first = state.stories.find((s) => s.members.includes(0))!;
  assert.deepEqual(first.exemplars, [0]);
  const kept = state.reports.flatMap((r, i) => (first.members.includes(i) && r.profile ? [i] : []));
  assert.deepEqual(kept, [0]);
  assert.ok(!state.pairs.some(([a, b]) => first.members.includes(a) || first.members.includes(b)));
  const late = c.add({ ...FIRST_NIGHT_WIRE, id: 'a5', title: 'Dubrava depot fire out, Velmora mayor says' });
  assert.equal(late.storyId, first.id);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createReportPipeline } from '../pipeline.js';
import { prepareAnalysis } from '../prepare.js';
import { startDocument } from '../../run/report-runner.js';
import { incidentSpanProblems } from './incident-spans.js';
import type { Incident } from './incident-types.js';

const SEEDS = fileURLToPath(new URL('../../../../shared/data/seeds/', import.meta.url));

/** The seed whose file name starts with `prefix`, or undefined when the shared data is absent. */
function seed(prefix: string): string | undefined {
  if (!existsSync(SEEDS)) return undefined;
  const name = readdirSync(SEEDS).find((n) => n.startsWith(prefix));
  return name === undefined ? undefined : readFileSync(SEEDS + name, 'utf8');
}

async function incidentsOf(raw: string, published?: string): Promise<{ text: string; incidents: Incident[] }> {
  await prepareAnalysis();
  const doc = createReportPipeline().run(
    startDocument({
      id: 'seed',
      source: { kind: 'file', location: 'seed.txt', fetchedAt: '2024-01-01T00:00:00Z' },
      format: 'text',
      raw,
      given: published ? { published } : {},
    }),
  );
  const text = doc.text ?? '';
  const incidents = doc.data.incidents as Incident[];
  assert.deepEqual(incidentSpanProblems(text, incidents), []);
  return { text, incidents };
}

function at(incidents: readonly Incident[], place: string): Incident {
  const i = incidents.find((x) => x.location.name === place);
  assert.ok(i, `no incident at ${place} (have: ${incidents.map((x) => x.location.name).join(', ')})`);
  return i;
}

const said = (text: string, i: Incident) => i.evidence.map((r) => text.slice(r[0], r[1])).join(' ');

const cases: Array<{ seed: string; name: string; published?: string; check: (text: string, incidents: Incident[]) => void }> = [
  {
    seed: '001',
    name: 'Moscow: 8 drones (3 by electronic warfare, 5 by Pantsir), 2 injured, buildings damaged, blamed and denied; Kyiv: a woman killed',
    check(text, incidents) {
      const moscow = at(incidents, 'Moscow');
      assert.equal(moscow.location.geo?.country, 'RU');
      assert.equal(moscow.location.geoPrecision, 1);
      assert.equal(moscow.eventType, 'drone-strike');
      const diverted = moscow.counts.diverted ?? [];
      assert.deepEqual(diverted.map((c) => [c.value, c.means]), [[3, 'electronic warfare']]);
      const downed = moscow.counts['shot-down'] ?? [];
      assert.deepEqual(downed.map((c) => [c.value, c.means]), [[5, 'Pantsir']]);
      assert.equal(diverted[0]!.value + downed[0]!.value, 8);
      assert.deepEqual(moscow.casualties?.injured, { low: 2, high: 2 });
      assert.equal(moscow.casualties?.killed, undefined);
      assert.ok(moscow.damage?.some((d) => /residential buildings are slightly damaged/u.test(d.text)), JSON.stringify(moscow.damage));
      const blamed = moscow.attacker?.find((a) => a.stance === 'blamed' && /Defense Ministry/u.test(a.by ?? ''));
      assert.equal(blamed?.name, 'Ukraine');
      const denied = moscow.attacker?.find((a) => a.stance === 'denied' && /Kiev/u.test(a.by ?? ''));
      assert.equal(denied?.name, 'Ukraine', JSON.stringify(moscow.attacker));
      assert.ok(moscow.statements.some((s) => s.what === 'blames' && /Defense Ministry/u.test(s.who)));
      assert.ok(moscow.statements.some((s) => s.what === 'denies' && /Kiev/u.test(s.who)));
      // No publication date: "Tuesday" stays unresolved, and says why.
      assert.match(moscow.date.text ?? '', /Tuesday/u);
      assert.equal(moscow.date.resolution, 'unresolved');
      assert.equal(moscow.date.interval, undefined);
      assert.match(moscow.date.note ?? '', /no publication date/u);

      const kyiv = at(incidents, 'Kyiv');
      assert.notEqual(kyiv, moscow);
      assert.deepEqual(kyiv.casualties?.killed, { low: 1, high: 1, conservative: 1 });
      assert.match(said(text, kyiv), /a woman was killed/u);
      assert.doesNotMatch(said(text, moscow), /a woman was killed/u);
      assert.ok(kyiv.attacker?.some((a) => a.name === 'Russia'));
    },
  },
  {
    seed: '001',
    name: 'with a publication date, "Tuesday" is resolved with the stated inference',
    published: '2023-05-30',
    check(_text, incidents) {
      const moscow = at(incidents, 'Moscow');
      assert.equal(moscow.date.resolution, 'inferred');
      assert.equal(moscow.date.interval?.start.slice(0, 10), '2023-05-30');
      assert.equal(moscow.date.timePrecision, 1);
      assert.match(moscow.date.note ?? '', /Tuesday read as/u);
      assert.equal(moscow.date.timeOfDay?.part, 'early-morning');
    },
  },
  {
    seed: '003',
    name: 'Moscow: two drones intercepted at 0:58 local time, on Sobyanin’s Telegram channel; Belgorod: a drone downed earlier that same day',
    check(text, incidents) {
      const moscow = at(incidents, 'Moscow');
      assert.deepEqual(moscow.counts.intercepted?.map((c) => c.value), [2]);
      assert.equal(moscow.date.text, '0:58 local time');
      assert.deepEqual(moscow.date.timeOfDay, { hour: 0, minute: 58 });
      assert.equal(moscow.date.timePrecision, 1);
      const mayor = moscow.statements.find((s) => /Sobyanin/u.test(s.who));
      assert.ok(mayor, JSON.stringify(moscow.statements));
      assert.match(mayor.via ?? '', /Telegram channel/u);
      assert.equal(mayor.what, 'confirms');

      const belgorod = at(incidents, 'Belgorod');
      assert.equal(belgorod.location.geoPrecision, 2, 'near the border city of Belgorod');
      assert.deepEqual(belgorod.counts['shot-down']?.map((c) => c.value), [1]);
      assert.equal(belgorod.date.text, 'Earlier that same day');
      assert.match(said(text, belgorod), /brought down by Russian forces/u);
      assert.equal(incidents.length, 2);
    },
  },
  {
    seed: '004',
    name: 'Kazan: a drone attack dated December 21, 2023, Putin’s statement on December 22, no casualties',
    check(_text, incidents) {
      const kazan = at(incidents, 'Kazan');
      assert.equal(kazan.location.geo?.country, 'RU');
      assert.equal(kazan.eventType, 'drone-strike');
      assert.equal(kazan.date.text, 'December 21, 2023');
      assert.deepEqual(kazan.date.interval, { start: '2023-12-21', end: '2023-12-22' });
      assert.equal(kazan.date.resolution, 'resolved');
      const putin = kazan.statements.find((s) => /Putin/u.test(s.who));
      assert.equal(putin?.when?.text, 'December 22');
      assert.deepEqual(kazan.casualties?.killed, { low: 0, high: 0, conservative: 0 });
      const ukraine = kazan.attacker?.find((a) => a.name === 'Ukraine');
      assert.equal(ukraine?.stance, 'blamed');
      assert.equal(ukraine?.hedged, true, '"reportedly attributed to Ukraine"');
      assert.equal(incidents.length, 1);
    },
  },
  {
    seed: '002',
    name: 'commentary: no incident facts beyond "second consecutive night"',
    check(_text, incidents) {
      assert.ok(incidents.length <= 1, JSON.stringify(incidents.map((i) => i.location.name)));
      for (const i of incidents) {
        assert.equal(i.location.name, 'Moscow');
        assert.equal(i.date.text, 'second consecutive night');
        assert.deepEqual(i.counts, {});
        assert.equal(i.casualties, undefined);
        assert.equal(i.damage, undefined);
        assert.equal(i.attacker, undefined);
        assert.equal(i.evidence.length, 1, 'one sentence: the opening line');
      }
    },
  },
  {
    seed: '000',
    name: 'Moscow: claimed by Ukraine’s military intelligence, blamed by Western officials on hedged words',
    check(_text, incidents) {
      const moscow = at(incidents, 'Moscow');
      assert.ok(moscow.attacker?.some((a) => a.name === 'Ukraine' && a.stance === 'claimed' && /military intelligence/u.test(a.by ?? '')), JSON.stringify(moscow.attacker));
      assert.ok(moscow.attacker?.some((a) => a.name === 'Ukraine' && a.stance === 'blamed' && a.hedged));
      assert.ok(moscow.hedges?.some((h) => /independently verify/u.test(h.text)));
      assert.deepEqual(moscow.counts.hit?.map((c) => [c.value, c.approx]), [[3, 'at-least']]);
    },
  },
];

for (const c of cases) {
  test(`seed ${c.seed}: ${c.name}`, async (t) => {
    const raw = seed(c.seed);
    if (raw === undefined) {
      t.skip('../shared/data/seeds is absent');
      return;
    }
    const { text, incidents } = await incidentsOf(raw, c.published);
    c.check(text, incidents);
  });
}

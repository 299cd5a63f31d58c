import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runSignal } from '../../core/signal.js';
import { makeDoc } from '../../../test/support/make-doc.js';
import { testSignal } from '../signal-tester.js';
import { headlineBodyStance } from './headline-body-stance.js';
import { headlineClauses } from './headline-clauses.js';

// Invented town, people and events.
const BIKE_LANES =
  'The Millbrook city council on Tuesday approved a plan to add protected bike lanes along Harbor Street. The vote was 7 to 2. ' +
  'Council member Dana Ruiz, who proposed the measure, said construction of the bike lanes would begin in the spring and take about four months. ' +
  'The plan will remove 60 parking spaces on Harbor Street, a change that some shop owners had opposed. ' +
  'The council set aside $1.2 million for the project from the city transport budget.';
const MUSEUM_FIRE =
  'A fire broke out at the Calder Maritime Museum late on Sunday, destroying part of its east wing. Firefighters needed three hours to bring the blaze under control. ' +
  'Nobody was injured, the fire service said. The museum director, Petra Olsen, said most of the collection had been moved to storage last year and that the cause of the fire was not yet known. ' +
  'The museum will stay closed until further notice.';
const DENIAL =
  'Reports that Millbrook mayor Anna Lindqvist has resigned are false, her office said on Monday. ' +
  '"The mayor has not resigned and has no plans to," spokesman Tomas Berg said, calling the claim a hoax that spread on social media over the weekend. ' +
  'A post that appeared to show a resignation letter was fake, he said, and the letterhead on it had not been used since 2019. ' +
  'Lindqvist was at work on Monday and chaired a meeting on the budget.';
const HEDGED =
  "Millbrook mayor Anna Lindqvist may resign as early as next week, according to two people familiar with the matter who spoke on condition of anonymity. " +
  "The mayor's office declined to comment on the reports. " +
  'Local radio station KMB reported on Sunday that Lindqvist had told close aides she was considering stepping down, but the claim could not be independently verified. ' +
  'It was not clear whether the reported resignation was linked to the budget dispute.';

const doc = (headline: string, body: string, meta = {}) => makeDoc(`${headline}\n\n${body}`, meta);

testSignal(headlineBodyStance, {
  valid: [
    { name: 'a body that reports what its headline says', doc: doc('Millbrook council approves bike lanes on Harbor Street', BIKE_LANES) },
    { name: 'a headline of two claims, both in the body', doc: doc('Harbor Street bike lanes approved, parking spaces to go', BIKE_LANES) },
    { name: 'another agreeing pair', doc: doc('Fire damages Calder Maritime Museum', MUSEUM_FIRE) },
    { name: 'a report without a headline', doc: { ...doc('x', BIKE_LANES), meta: { language: 'en' } } },
    { name: 'a body too short to judge', doc: doc('Millbrook council approves bike lanes', 'The council voted on Tuesday. More soon.') },
    { name: 'a report in another language', doc: doc('Millbrook council approves bike lanes on Harbor Street', MUSEUM_FIRE, { language: 'de' }) },
    {
      name: 'a hedged body, with discuss-only findings switched off',
      doc: doc('Millbrook mayor Anna Lindqvist resigns', HEDGED),
      options: { reportDiscuss: false },
    },
  ],
  invalid: [
    {
      name: 'a body about something else',
      doc: doc('Millbrook council approves bike lanes on Harbor Street', MUSEUM_FIRE),
      errors: [
        {
          messageId: 'unsupported',
          quotes: [
            'Millbrook council approves bike lanes on Harbor Street',
            'A fire broke out at the Calder Maritime Museum late on Sunday, destroying part of its east wing.',
          ],
        },
      ],
    },
    {
      name: 'a body that refutes the headline',
      doc: doc('Millbrook mayor Anna Lindqvist resigns', DENIAL),
      errors: [{ messageId: 'unsupported' }],
    },
    {
      name: 'a body that only reports the claim, unconfirmed',
      doc: doc('Millbrook mayor Anna Lindqvist resigns', HEDGED),
      errors: [{ messageId: 'unsupported' }],
    },
    {
      name: 'a headline that adds a claim the body never makes',
      doc: doc('Council approves Harbor Street bike lanes as mayor announces resignation', BIKE_LANES),
      errors: [{ messageId: 'unsupported' }],
    },
  ],
});

test('headline-body-stance names the stance, the unbacked clause and the deciding sentences', () => {
  const refuted = runSignal(headlineBodyStance, doc('Millbrook mayor Anna Lindqvist resigns', DENIAL));
  assert.equal(refuted.length, 1);
  const f = refuted[0]!;
  assert.equal(f.data?.stance, 'disagree');
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /^the headline's claim is not supported by the body: the body disputes it/);
  assert.doesNotMatch(f.message, /fake|false news/i);
  // The deciding sentences are the denials.
  const quotes = f.evidence.slice(1).map((e) => e.quote);
  assert.ok(quotes.some((q) => q.includes('has not resigned') || q.includes('are false')), quotes.join(' | '));

  const hedged = runSignal(headlineBodyStance, doc('Millbrook mayor Anna Lindqvist resigns', HEDGED))[0]!;
  assert.equal(hedged.data?.stance, 'discuss');
  assert.equal(hedged.severity, 'info');
  assert.match(hedged.message, /the body reports it without confirming it$/);

  const added = runSignal(headlineBodyStance, doc('Council approves Harbor Street bike lanes as mayor announces resignation', BIKE_LANES))[0]!;
  assert.deepEqual(
    (added.data?.clauses as Array<{ text: string }>).map((c) => c.text),
    ['mayor announces resignation'],
  );
  assert.equal(added.evidence[1]!.quote, 'mayor announces resignation');
  assert.match(added.message, /the body never backs "mayor announces resignation"/);
});

test('headline clauses split at colons, dashes, comma-space and "as"', () => {
  const h = 'HARBOR CHAOS: Bridge closed as ferry fails — Mayor calls meeting, buses added!';
  assert.deepEqual(
    headlineClauses(h).map((c) => c.text),
    ['HARBOR CHAOS', 'Bridge closed', 'ferry fails', 'Mayor calls meeting', 'buses added'],
  );
  for (const c of headlineClauses(h)) assert.equal(h.slice(c.range[0], c.range[1]), c.text);
  assert.deepEqual(headlineClauses('Storm cuts power to 40,000 homes').map((c) => c.text), ['Storm cuts power to 40,000 homes']);
});

const seeds = fileURLToPath(new URL('../../../../shared/data/seeds/', import.meta.url));

test('seed 000: the "PUTIN SIGNALS WITHDRAW" headline is not supported by its body', (t) => {
  const file = existsSync(seeds) ? readdirSync(seeds).find((f) => f.startsWith('000_')) : undefined;
  if (!file) return t.skip('../shared/data/seeds is absent');
  const text = readFileSync(seeds + file, 'utf8');
  const d = makeDoc(text);
  const findings = runSignal(headlineBodyStance, d);
  assert.equal(findings.length, 1);
  const f = findings[0]!;
  assert.equal(f.messageId, 'unsupported');
  // Evidence opens with the headline line, then the unbacked claim, then body sentences.
  const headline = text.slice(0, text.indexOf('\n'));
  assert.equal(f.evidence[0]!.quote, headline);
  const clauses = (f.data?.clauses ?? []) as Array<{ text: string; missingWords: string[] }>;
  const withdraw = clauses.find((c) => /WITHDRAW/.test(c.text));
  assert.ok(withdraw, `no clause about the withdrawal in ${JSON.stringify(clauses)}`);
  assert.ok(withdraw.missingWords.includes('WITHDRAW'));
  assert.ok(f.evidence.some((e) => e.quote === withdraw.text));
  const bodyQuotes = f.evidence.filter((e) => e.range[0] > headline.length);
  assert.ok(bodyQuotes.length >= 1 && bodyQuotes.length <= 3);
  assert.match(f.message, /WITHDRAW/);
});

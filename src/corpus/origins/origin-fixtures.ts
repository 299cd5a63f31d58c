/**
 * Invented reports for the origin tests: a wire story about a plant fire in the invented city of
 * Morvaine, two client copies with edits, an independent report on the same fire, a rewrite,
 * a German report and its credited English translation, and two reports that only relay one
 * ministry statement. Outlets, people and places are made up.
 */
import type { RawReport } from '../../model/document.js';

/** One invented report: text and the metadata a feed or JSONL line would give. */
export interface FixtureReport {
  key: string;
  outlet: string;
  title: string;
  published?: string;
  text: string;
}

const WIRE = `Fire at Morvaine fertiliser plant injures three, 600 residents evacuated

MORVAINE, May 2 (Baltmoor Press) — A fire broke out at a fertiliser plant on the eastern edge of the Estravian city of Morvaine on Saturday, injuring three workers and forcing the evacuation of about 600 residents from nearby streets, regional officials said.

The blaze started at around 14:20 local time in a storage hall holding ammonium nitrate, according to the regional fire service. Some 120 firefighters and 35 engines were sent to the site, fire service spokesperson Ines Vardal told reporters at the gate of the plant.

Governor Tomas Rellick ordered a two-kilometre exclusion zone around the plant and asked people living downwind to keep their windows closed. "There is no danger to the city centre at this moment, but we are taking no chances," Rellick said.

Two of the injured workers were taken to Morvaine Central Hospital with burns and one was treated at the scene for smoke inhalation, the hospital said in a statement. None of the injuries was life-threatening.

The plant, owned by the Estravian chemicals group Kordal Agro, employs about 450 people. The company said production had been halted and that it was cooperating with investigators. It did not say what had caused the fire.

Air quality sensors operated by the city recorded elevated levels of nitrogen dioxide in the districts of Lessing and Old Quay on Saturday afternoon, the environment agency said, advising residents with respiratory conditions to stay indoors.

The plant was fined in 2023 for breaching storage rules, according to court records reviewed by Baltmoor Press.

(Reporting by Anja Morrow; Editing by Piet Ullen)`;

/** The client copy: new headline, one sentence reworded, the last paragraphs dropped, credit line at the end. */
const COPY_NEW_HEADLINE = `Three hurt as blaze hits Morvaine chemical plant

MORVAINE, May 2 (Baltmoor Press) — A fire broke out at a fertiliser plant on the eastern edge of the Estravian city of Morvaine on Saturday, injuring three workers and forcing the evacuation of about 600 residents from nearby streets, regional officials said.

The blaze started at around 14:20 local time in a storage hall holding ammonium nitrate, according to the regional fire service. Some 120 firefighters and 35 engines were sent to the site, fire service spokesperson Ines Vardal told reporters at the gate of the plant.

Governor Tomas Rellick ordered a two-kilometre exclusion zone around the plant and told people living downwind of it to shut their windows. "There is no danger to the city centre at this moment, but we are taking no chances," Rellick said.

Two of the injured workers were taken to Morvaine Central Hospital with burns and one was treated at the scene for smoke inhalation, the hospital said in a statement. None of the injuries was life-threatening.

The plant, owned by the Estravian chemicals group Kordal Agro, employs about 450 people. The company said production had been halted and that it was cooperating with investigators. It did not say what had caused the fire.

— Baltmoor Press`;

/** The second client copy: US spelling, one sentence cut, a copyright notice appended. */
const COPY_US_SPELLING = `Fire at Morvaine fertilizer plant injures three, 600 residents evacuated

MORVAINE, May 2 (Baltmoor Press) — A fire broke out at a fertilizer plant on the eastern edge of the Estravian city of Morvaine on Saturday, injuring three workers and forcing the evacuation of about 600 residents from nearby streets, regional officials said.

The blaze started at around 14:20 local time in a storage hall holding ammonium nitrate, according to the regional fire service. Some 120 firefighters and 35 engines were sent to the site, fire service spokesperson Ines Vardal told reporters at the gate of the plant.

Governor Tomas Rellick ordered a two-kilometer exclusion zone around the plant and asked people living downwind to keep their windows closed. "There is no danger to the city center at this moment, but we are taking no chances," Rellick said.

Two of the injured workers were taken to Morvaine Central Hospital with burns and one was treated at the scene for smoke inhalation, the hospital said in a statement.

The plant, owned by the Estravian chemicals group Kordal Agro, employs about 450 people. The company said production had been halted and that it was cooperating with investigators. It did not say what had caused the fire.

Air quality sensors operated by the city recorded elevated levels of nitrogen dioxide in the districts of Lessing and Old Quay on Saturday afternoon, the environment agency said, advising residents with respiratory conditions to stay indoors.

The plant was fined in 2023 for breaching storage rules, according to court records reviewed by Baltmoor Press.

(Reporting by Anja Morrow; Editing by Piet Ullen)

Copyright 2026 Baltmoor Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.`;

/** Same fire, own reporting: same figures and the same quoted line from the governor, different words. */
const INDEPENDENT = `'We saw the orange cloud from the tram': Morvaine waits for the all-clear

By the time the first fire engines reached the Kordal Agro plant on Saturday afternoon, a column of orange-brown smoke was already drifting over the allotments of Lessing. Neighbours stood on the embankment filming with their phones until police pushed them back.

"We saw the orange cloud from the tram and everybody went quiet," said Mira Solberg, 29, a nurse who lives four streets from the plant. She packed her cat and her documents and left for her sister's flat across the river.

Officials said the fire began shortly after two in the afternoon in a hall used to store ammonium nitrate. Three workers were hurt, two of them with burns, and roughly 600 people from the streets closest to the plant were moved to a sports centre in Old Quay. "There is no danger to the city centre at this moment, but we are taking no chances," Governor Tomas Rellick said.

At the sports centre, volunteers handed out blankets and sandwiches while children played football between rows of camp beds. A Red Cross coordinator said most families expected to go home on Sunday if the air measurements improved.

Long-time residents said they had complained for years about lorries queuing outside the plant at night. Kordal Agro, which runs the site, said it had halted production and would help investigators establish the cause.`;

/** A rewrite of the wire story: reordered and reworded in places, several sentences kept, no credit. */
const REWRITE = `Morvaine plant fire: what we know so far

About 600 people living near a fertiliser plant in Morvaine had to leave their homes on Saturday after a fire broke out in a storage hall holding ammonium nitrate. Three workers were injured.

Governor Tomas Rellick ordered a two-kilometre exclusion zone around the plant and asked people living downwind to keep their windows closed.

According to the regional fire service the blaze started at around 14:20 local time. Some 120 firefighters and 35 engines were sent to the site, fire service spokesperson Ines Vardal said.

Two of the injured workers were taken to Morvaine Central Hospital with burns and one was treated at the scene for smoke inhalation. None of the injuries was life-threatening, according to the hospital.

The plant, owned by the Estravian chemicals group Kordal Agro, employs about 450 people. The company said production had been halted and that it was cooperating with investigators.

Air quality sensors operated by the city recorded elevated levels of nitrogen dioxide in the districts of Lessing and Old Quay, and people with respiratory conditions were told to stay indoors.

We will update this article as more information becomes available.`;

const GERMAN = `Großbrand in Düngemittelwerk von Morvaine: drei Verletzte

Bei einem Großbrand in einem Düngemittelwerk am Ostrand der estravischen Stadt Morvaine sind am Samstag drei Arbeiter verletzt worden. Rund 600 Anwohner mussten ihre Wohnungen verlassen, wie die Regionalverwaltung mitteilte.

Das Feuer brach nach Angaben der Feuerwehr gegen 14.20 Uhr Ortszeit in einer Lagerhalle für Ammoniumnitrat aus. Etwa 120 Feuerwehrleute mit 35 Fahrzeugen waren im Einsatz, sagte Sprecherin Ines Vardal.

Gouverneur Tomas Rellick ließ eine Sperrzone von zwei Kilometern um das Werk einrichten. Die Anwohner in Windrichtung sollten ihre Fenster geschlossen halten.

Zwei der verletzten Arbeiter kamen mit Verbrennungen in das Zentralkrankenhaus Morvaine, ein dritter wurde wegen einer Rauchvergiftung vor Ort behandelt.

Das Werk gehört dem Chemiekonzern Kordal Agro und beschäftigt rund 450 Menschen. Die Produktion ruht. Das Unternehmen arbeitet nach eigenen Angaben mit den Ermittlern zusammen.

Messstationen der Stadt registrierten am Nachmittag erhöhte Stickstoffdioxidwerte in den Stadtteilen Lessing und Old Quay.`;

const TRANSLATION = `Major fire at Morvaine fertiliser works: three injured

Three workers were injured on Saturday in a major fire at a fertiliser works on the eastern outskirts of the Estravian city of Morvaine. Around 600 residents had to leave their homes, the regional administration announced.

According to the fire brigade, the fire broke out at about 14.20 local time in a warehouse for ammonium nitrate. About 120 firefighters with 35 vehicles were deployed, spokeswoman Ines Vardal said.

Governor Tomas Rellick had an exclusion zone of two kilometres set up around the works. Residents downwind were told to keep their windows shut.

Two of the injured workers were taken to Morvaine Central Hospital with burns; a third was treated on the spot for smoke poisoning.

The works belong to the chemicals group Kordal Agro and employ around 450 people. Production has stopped. The company says it is working with the investigators.

City measuring stations recorded raised nitrogen dioxide levels in the Lessing and Old Quay districts in the afternoon.

Source: Rheinwacht Zeitung`;

/** Two short reports that only pass on what the Interior Ministry said, in different words. */
const RELAY_A = `Estravia says plant fire was an accident

Estravia's Interior Ministry said on Sunday that the fire at the Kordal Agro plant in Morvaine was caused by a faulty ventilation unit. The ministry said investigators had found no sign of sabotage. It said the exclusion zone around the plant would be lifted on Monday morning.`;

const RELAY_B = `No sabotage behind Morvaine fire, ministry says

The fire at a Morvaine fertiliser plant on Saturday started in a broken ventilation unit, Estravia's Interior Ministry said in a statement on Sunday. Investigators found no evidence of sabotage, the ministry said. Residents will be allowed back into the two-kilometre zone on Monday, according to the ministry.`;

/** The invented reports, in the order the tests add them. */
export const FIXTURES: readonly FixtureReport[] = [
  { key: 'wire', outlet: 'Baltmoor Press', title: 'Fire at Morvaine fertiliser plant injures three, 600 residents evacuated', published: '2026-05-02T13:05:00Z', text: WIRE },
  { key: 'copy-headline', outlet: 'Lakeside Courier', title: 'Three hurt as blaze hits Morvaine chemical plant', published: '2026-05-02T13:40:00Z', text: COPY_NEW_HEADLINE },
  { key: 'copy-spelling', outlet: 'Valley Tribune', title: 'Fire at Morvaine fertilizer plant injures three, 600 residents evacuated', published: '2026-05-02T14:10:00Z', text: COPY_US_SPELLING },
  { key: 'independent', outlet: 'Harbourview Post', title: "'We saw the orange cloud from the tram': Morvaine waits for the all-clear", published: '2026-05-02T17:30:00Z', text: INDEPENDENT },
  { key: 'rewrite', outlet: 'Metro Digest', title: 'Morvaine plant fire: what we know so far', published: '2026-05-02T15:00:00Z', text: REWRITE },
  { key: 'german', outlet: 'Rheinwacht Zeitung', title: 'Großbrand in Düngemittelwerk von Morvaine: drei Verletzte', published: '2026-05-02T16:00:00+02:00', text: GERMAN },
  { key: 'translation', outlet: 'Continental Digest', title: 'Major fire at Morvaine fertiliser works: three injured', published: '2026-05-02T19:00:00Z', text: TRANSLATION },
  { key: 'relay-a', outlet: 'Northern Bulletin', title: 'Estravia says plant fire was an accident', published: '2026-05-03T09:00:00Z', text: RELAY_A },
  { key: 'relay-b', outlet: 'Riverside Radio', title: 'No sabotage behind Morvaine fire, ministry says', published: '2026-05-03T09:30:00Z', text: RELAY_B },
];

/** A fixture as ingest would give it (a text file with given metadata). */
export function fixtureRaw(f: FixtureReport, opts: { dated?: boolean } = {}): RawReport {
  return {
    id: `fx-${f.key}`,
    source: { kind: 'file', location: `fixtures/${f.key}.txt`, fetchedAt: '2026-05-04T00:00:00Z' },
    format: 'text',
    raw: f.text,
    given: { outlet: f.outlet, title: f.title, ...(f.published && opts.dated !== false ? { published: f.published } : {}) },
  };
}

/**
 * Deterministic synthetic news reports for benchmarks: realistic templates of an invented
 * conflict (places, officials, counts, quotes, hedges, boilerplate), varied by a seeded RNG.
 */
export function createRng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    // mulberry32: tiny, fast, and the same sequence on every machine.
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = ['Varna Nova', 'Ostrava Lesna', 'Kettleby', 'Port Amsel', 'Drevograd', 'Saltmarsh', 'Helmstadt', 'Brisk'];
const OFFICIALS = [
  ['Mayor', 'Ilse Varga'],
  ['Defence Minister', 'Tomasz Orlen'],
  ['Governor', 'Marek Dunai'],
  ['Foreign Minister', 'Anna Kessler'],
  ['army spokesman', 'Pavel Rusu'],
];
const OUTLETS = ['Kestrel Daily', 'The Harbour Ledger', 'Northgate Wire', 'Meridian Post', 'Vale Courier'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HEDGES = ['reportedly', 'according to preliminary information', 'in what appeared to be', 'if confirmed'];
const NUMBERS = ['two', 'three', 'five', 'seven', 'nine', 'eleven', 'dozens of', 'more than 20'];

function pick<T>(rng: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rng() * xs.length)]!;
}

export interface SyntheticReport {
  headline: string;
  outlet: string;
  published: string;
  text: string;
}

/** One report of about `targetBytes` of body text. */
export function syntheticReport(i: number, targetBytes = 5000, seed = 1): SyntheticReport {
  const rng = createRng(seed * 1_000_003 + i);
  const city = pick(rng, CITIES);
  const other = pick(rng, CITIES.filter((c) => c !== city));
  const [role, name] = pick(rng, OFFICIALS) as [string, string];
  const outlet = pick(rng, OUTLETS);
  const day = 1 + Math.floor(rng() * 27);
  const published = `2026-03-${String(day).padStart(2, '0')}`;
  const headline = `${pick(rng, NUMBERS)[0]!.toUpperCase()}${pick(rng, NUMBERS).slice(1)} drones downed over ${city}, ${role.toLowerCase()} says`;
  const paras: string[] = [];
  while (paras.join('\n\n').length < targetBytes) {
    const n = pick(rng, NUMBERS);
    const wd = pick(rng, WEEKDAYS);
    switch (Math.floor(rng() * 6)) {
      case 0:
        paras.push(`${city} came under attack early ${wd} morning, when ${n} drones approached the city from the south, ${role} ${name} said in a statement posted at ${1 + Math.floor(rng() * 5)}:${String(Math.floor(rng() * 60)).padStart(2, '0')} local time. Air defence units shot down most of them, and ${Math.floor(rng() * 4)} people were slightly injured by falling debris.`);
        break;
      case 1:
        paras.push(`“We will not allow the skies over ${city} to become a shooting gallery,” ${name} told reporters on ${wd}. “Every launch site will be found.” The ministry in ${other} rejected the accusation and called it “a provocation meant to justify escalation”.`);
        break;
      case 2:
        paras.push(`Several residential buildings were damaged, ${pick(rng, HEDGES)} published by the emergency service. The claims could not be independently verified, and the regional administration did not respond to a request for comment by ${outlet}.`);
        break;
      case 3:
        paras.push(`Analysts said the attack may mark a shift in tactics. ${n[0]!.toUpperCase()}${n.slice(1)} similar incidents have been recorded around ${other} since January, according to a count kept by local journalists, and the distance from the border — about ${100 + Math.floor(rng() * 400)} kilometres — suggests longer-range systems.`);
        break;
      case 4:
        paras.push(`A senior official who spoke on condition of anonymity said the interceptions used electronic warfare as well as missiles. Another source familiar with the matter said at least ${2 + Math.floor(rng() * 9)} of the drones were diverted before reaching the city limits.`);
        break;
      default:
        paras.push(`Residents of ${city} described a sleepless night. Schools in the district stayed closed on ${wd}, and the airport suspended flights for ${1 + Math.floor(rng() * 6)} hours while debris was cleared from a runway.`);
    }
  }
  return { headline, outlet, published, text: `${headline}\n\n${paras.join('\n\n')}` };
}

/** The same report as a page with site chrome, navigation, a share bar and a comment section. */
export function syntheticPage(r: SyntheticReport): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = r.text.split('\n\n').slice(1).map((p) => `<p>${esc(p)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(r.headline)} | ${esc(r.outlet)}</title>
<meta property="og:site_name" content="${esc(r.outlet)}"><meta property="article:published_time" content="${r.published}T07:30:00+02:00">
<script>window.dataLayer=[];</script></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>${esc(r.headline)}</h1><div class="byline">By Staff Reporter</div>
${body}
<div class="share">Share on Facebook · Share on X · Email</div></article>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Storm closes harbour</a></li><li><a href="/b">Council approves budget</a></li></ul></aside>
<section id="comments"><h3>Leave a comment</h3><form><textarea></textarea></form></section></main>
<footer>© 2026 ${esc(r.outlet)}. All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>`;
}

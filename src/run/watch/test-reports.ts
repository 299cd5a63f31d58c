/**
 * Invented reports and feeds for the watch tests: a ferry fire on the (invented) Lake Ostrel
 * followed by several outlets, each report distinct and long enough to read like news.
 */
const OUTLETS = ['Ostrel Lakeside Gazette', 'Brennmark Evening Post', 'Harrow Valley Courier', 'Kestrel Daily', 'Northwick Radio'];
const PEOPLE = [
  ['harbour master', 'Jana Holmqvist'],
  ['fire chief', 'Teodor Vance'],
  ['regional governor', 'Mirela Dasko'],
  ['ferry operator spokesman', 'Olek Brandt'],
];

/** One plain-text report; `n` makes it differ from every other. */
export function ferryReport(n: number): string {
  const outlet = OUTLETS[n % OUTLETS.length]!;
  const [role, name] = PEOPLE[n % PEOPLE.length]!;
  const passengers = 40 + n * 3;
  const injured = 1 + (n % 5);
  return [
    `Fire on Lake Ostrel ferry: ${passengers} passengers brought ashore, ${injured} injured (${outlet}, update ${n + 1})`,
    '',
    `A fire broke out in the engine room of the passenger ferry Saltwren on Lake Ostrel on Tuesday evening, the ${role}, ${name}, said. ` +
      `All ${passengers} passengers were brought ashore at Pellin harbour by rescue boats and ${injured} were treated for smoke inhalation.`,
    '',
    `"The crew acted quickly and closed the engine room before the fire could spread," ${name} told reporters at the harbour. ` +
      `The cause of the fire is not yet known; investigators from the regional transport office are expected on Wednesday.`,
    '',
    `Ferry services between Pellin and Grauholm were suspended for the night. Report number ${n} from the ${outlet} newsroom.`,
  ].join('\n');
}

/** One feed item, as `rssFeed` writes it. */
export interface TestItem {
  guid: string;
  title: string;
  link: string;
  body: string;
  published: string;
}

/** Item `n` of the invented Lake Ostrel feed. */
export function ferryItem(n: number): TestItem {
  return {
    guid: `urn:lakeside-gazette:ostrel-${1000 + n}`,
    title: `Lake Ostrel ferry fire, update ${n}: inquiry opens in Pellin`,
    link: `https://lakeside-gazette.example/news/ostrel-ferry-${n}`,
    body: `<p>${ferryReport(n).split('\n').filter((l) => l !== '').join('</p><p>')}</p>`,
    published: `Tue, ${String(10 + (n % 18)).padStart(2, '0')} Mar 2026 2${n % 4}:15:00 +0100`,
  };
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS 2.0 feed holding `items`, newest first as feeds usually are. */
export function rssFeed(items: readonly TestItem[]): string {
  const entries = [...items]
    .reverse()
    .map(
      (i) => `  <item>
    <title>${escapeXml(i.title)}</title>
    <link>${escapeXml(i.link)}</link>
    <guid isPermaLink="false">${escapeXml(i.guid)}</guid>
    <pubDate>${i.published}</pubDate>
    <description>${escapeXml(i.body)}</description>
  </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>Ostrel Lakeside Gazette</title>
  <link>https://lakeside-gazette.example/</link>
  <description>News from the Lake Ostrel shore</description>
${entries}
</channel>
</rss>
`;
}

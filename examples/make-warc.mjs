// Writes examples/corpus/archive.warc.gz: a small WARC/1.0 file the way crawlers write them,
// one gzip member per record (warcinfo, a request that readers must skip, three responses).
// Plain Node, no dependencies; the output is byte-stable so it can be regenerated and diffed.
// Usage: node examples/make-warc.mjs [output path]
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const OUT = process.argv[2] ?? fileURLToPath(new URL('./corpus/archive.warc.gz', import.meta.url));
const CRLF = '\r\n';

/** SHA-1 in base32, the form WARC digests use ("sha1:..."). */
function sha1Base32(bytes) {
  const digest = createHash('sha1').update(bytes).digest();
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return `sha1:${out}`;
}

/** A record id derived from its content, so reruns give the same bytes. */
function recordId(seed) {
  const h = createHash('sha1').update(seed).digest('hex');
  return `<urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}>`;
}

/** Latin-1 bytes, refusing any character the charset cannot hold (no silent '?'). */
function latin1(text) {
  for (const ch of text) {
    if (ch.codePointAt(0) > 0xff) throw new Error(`not encodable in ISO-8859-1: ${JSON.stringify(ch)}`);
  }
  return Buffer.from(text, 'latin1');
}

/** One WARC record as bytes: header lines, blank line, block, two CRLFs. */
function record(headers, block) {
  const lines = ['WARC/1.0'];
  for (const [k, v] of headers) lines.push(`${k}: ${v}`);
  lines.push(`Content-Length: ${block.length}`);
  const head = Buffer.from(lines.join(CRLF) + CRLF + CRLF, 'utf8');
  return Buffer.concat([head, block, Buffer.from(CRLF + CRLF, 'ascii')]);
}

function httpResponse(payload, contentType, date, extra = []) {
  const head = [
    'HTTP/1.1 200 OK',
    `Date: ${date}`,
    'Server: nginx',
    `Content-Type: ${contentType}`,
    `Content-Length: ${payload.length}`,
    ...extra,
    'Connection: close',
  ].join(CRLF);
  return Buffer.concat([Buffer.from(head + CRLF + CRLF, 'ascii'), payload]);
}

// ---------------------------------------------------------------------------------------------
// Pages. Invented outlets and people; any resemblance to real ones is accidental.

const dorvanianPostUrl = 'http://www.dorvanianpost.example/news/2026/03/14/tolvany-depot-strike-one-killed';
const dorvanianPost = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>One killed as missile hits Tolvany locomotive depot | Dorvanian Post</title>
<meta property="og:site_name" content="Dorvanian Post">
<meta property="og:title" content="One killed as missile hits Tolvany locomotive depot">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Dorvanian Post","url":"http://www.dorvanianpost.example/"},{"@type":"NewsArticle","headline":"One killed as missile hits Tolvany locomotive depot","datePublished":"2026-03-14T07:05:00+03:00","author":{"@type":"Person","name":"Viktor Zhelan"},"publisher":{"@type":"Organization","name":"Dorvanian Post"}}]}</script>
</head>
<body>
<nav class="top"><a href="/">Dorvanian Post</a> <a href="/news">News</a> <a href="/regions">Regions</a> <a href="/opinion">Opinion</a> <a href="/weather">Weather</a></nav>
<div class="cookie">We value your privacy. We and our partners use cookies to store and access information on your device. <button>I agree</button></div>
<main>
<article>
<h1>One killed as missile hits Tolvany locomotive depot</h1>
<p class="by">By Viktor Zhelan</p>
<p>One person was killed and two were injured when a missile struck the locomotive depot in the border city of Tolvany early on Saturday, the governor of the Tolvany region, Renata Sokhal, said.</p>
<p>The missile hit the depot's repair hall at about 5:20 a.m., as the night shift was finishing work on two freight locomotives. "A 41-year-old employee of the depot died at the scene. Two of his colleagues have been taken to hospital, their lives are not in danger," Sokhal wrote on her official channel at 6:12 a.m.</p>
<p>The Defence Ministry in Ostrelin said two guided missiles had been launched from Karvelian territory towards Tolvany. One was shot down by air defence over the northern outskirts of the city, the ministry said, and the second hit the depot. Debris from the intercepted missile damaged the roofs of two private houses, but no one there was hurt.</p>
<p>Firefighters contained a blaze in the repair hall within an hour. Dorvanian Railways said trains between Tolvany and the capital would be delayed while the tracks next to the depot were inspected.</p>
<p>Overnight, the mayor of the Karvelian capital, Velmorsk, reported that air defence had destroyed several drones approaching his city and that debris had fallen on a residential building. Karvelian officials did not immediately link the two events, and there was no comment from Velmorsk on the strike on Tolvany.</p>
<p>Tolvany, a city of about 90,000 people some 30 kilometres from the border, has been targeted twice since the autumn. No one had been killed in the city before Saturday.</p>
<p>The regional administration has opened a hotline for residents whose homes were damaged and said schools would open as normal on Monday.</p>
<p class="share">Share: <a href="#">Facebook</a> | <a href="#">X</a> | <a href="#">Email</a></p>
</article>
<aside><h3>Most popular</h3><ul><li><a href="/news/2026/03/13/fuel-prices">Fuel prices to stay frozen until summer</a></li><li><a href="/sport/2026/03/13/ostrelin-derby">Ostrelin derby ends goalless</a></li></ul></aside>
</main>
<footer>&copy; 2026 Dorvanian Post. All rights reserved.</footer>
</body>
</html>
`;

const ringUrl = 'https://www.ringstrassen-zeitung.example/politik/ausland/karvelien-santarova-wien-drohnen';
// Declared only by the HTTP header (ISO-8859-1); the page itself names no charset.
const ringZeitung = `<!DOCTYPE html>
<html lang="de">
<head>
<title>Karvelische Außenministerin fordert in Wien Verurteilung der Drohnenangriffe auf Velmorsk - Neue Ringstraßen-Zeitung</title>
<meta property="og:site_name" content="Neue Ringstraßen-Zeitung">
<meta property="og:title" content="Karvelische Außenministerin fordert in Wien Verurteilung der Drohnenangriffe auf Velmorsk">
<meta name="date" content="2026-03-14T15:30:00+01:00">
<meta name="author" content="Katharina Wendl">
</head>
<body>
<div id="consent">Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. <button>Alle akzeptieren</button> <button>Einstellungen</button></div>
<header><a href="/">Neue Ringstraßen-Zeitung</a>
<nav><a href="/politik">Politik</a> <a href="/wirtschaft">Wirtschaft</a> <a href="/wien">Wien</a> <a href="/kultur">Kultur</a> <a href="/sport">Sport</a></nav>
</header>
<main>
<article>
<p class="ressort">Politik &middot; Ausland</p>
<h1>Karvelische Außenministerin fordert in Wien Verurteilung der Drohnenangriffe auf Velmorsk</h1>
<p class="vorspann">Mirela Santarova spricht von einem Angriff auf »schlafende Familien«. Dorvanien bestreitet jede Beteiligung.</p>
<p class="autor">Von Katharina Wendl &middot; 14. März 2026, 15:30</p>
<p>Die karvelische Außenministerin Mirela Santarova hat die europäischen Regierungen aufgefordert, die nächtlichen Drohnenangriffe auf die Hauptstadt Velmorsk klar zu verurteilen. »Wer nachts Wohnhäuser mit Drohnen angreift, führt keinen Krieg gegen Soldaten, sondern gegen schlafende Familien, und Europa darf dazu nicht schweigen«, sagte Santarova am Samstag am Rande eines Ministertreffens in Wien.</p>
<p>In der Nacht auf Samstag waren nach Angaben des karvelischen Verteidigungsministeriums landesweit 23 Drohnen abgeschossen oder elektronisch abgewehrt worden, elf davon über der Region Velmorsk. Bürgermeister Vadim Selnitsky sprach von sieben Drohnen, die über der Stadt und ihrem Umland zerstört wurden. Trümmerteile einer abgeschossenen Drohne trafen gegen 1.30 Uhr ein neunstöckiges Wohnhaus im Bezirk Kolvo. Ein 64-jähriger Mann erlag am Mittag im Spital seinen Verletzungen, fünf weitere Menschen wurden verletzt.</p>
<p>Das Nachbarland Dorvanien weist jede Verantwortung zurück. Dorvanien habe »keine einzige Drohne in Richtung Velmorsk gestartet«, sagte der Sprecher des Außenministeriums in Ostrelin, Kasimir Odvalen. Er deutete an, die Schäden könnten von Raketen der karvelischen Luftabwehr stammen, legte dafür aber keine Belege vor.</p>
<p>Stattdessen wirft Ostrelin Karvelien einen Raketenangriff auf ein Eisenbahndepot in der Grenzstadt Tolvany vor, bei dem am frühen Samstagmorgen ein 41-jähriger Bahnarbeiter getötet und zwei weitere verletzt wurden. Santarova wollte sich dazu in Wien nicht äußern. »Ich spreche heute über Velmorsk«, sagte sie auf Nachfrage.</p>
<p>Die Europäische Union rief in Brüssel beide Seiten zu »größtmöglicher Zurückhaltung« auf. Eine Sprecherin betonte, die EU sei bereit, die für kommenden Donnerstag in Helsinki geplanten Gespräche über die Schifffahrt auf dem Grenzfluss zu unterstützen. Eine Schuldzuweisung enthielt die Erklärung nicht.</p>
<p>Österreichische Diplomaten zeigten sich am Rande des Treffens besorgt. Ein hochrangiger Beamter des Außenministeriums, der nicht namentlich genannt werden wollte, sagte, man beobachte die Lage »mit großer Sorge« und hoffe, dass die Gespräche in Helsinki wie geplant stattfinden.</p>
<p>Der Konflikt zwischen den beiden Ländern um den Verlauf der Grenze am Fluss Varnec hatte sich im vergangenen Herbst zugespitzt. Bisher waren Drohnen nur in die Grenzregionen Pritzava und Saldek eingedrungen. Noch am Freitagabend hatte eine Drohne das Dach eines Verwaltungsgebäudes im Flusshafen von Pritzava getroffen; ein Wachmann erlitt eine Rauchgasvergiftung.</p>
<p>Santarova kehrt am Sonntag nach Velmorsk zurück.</p>
<p class="teilen">Artikel teilen: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">E-Mail</a></p>
</article>
<aside><h2>Mehr zum Thema</h2><ul><li><a href="/politik/ausland/helsinki-gespraeche">Was bei den Gesprächen in Helsinki auf dem Spiel steht</a></li><li><a href="/wien/ministertreffen-verkehr">Ministertreffen: Sperren rund um die Hofburg</a></li></ul></aside>
</main>
<section class="forum"><h2>Forum</h2><p>Posten Sie Ihre Meinung. Bitte beachten Sie unsere Forenregeln.</p><div class="posting"><b>Donaublick</b> 15:52<p>Und wieder einmal nur Appelle aus Brüssel.</p></div></section>
<footer>&copy; 2026 Neue Ringstraßen-Zeitung &middot; Impressum &middot; Datenschutz</footer>
</body>
</html>
`;

const capitalLineUrl = 'https://capitalline.example/2026/03/14/velmorsk-second-victim-garage-block';
const capitalLine = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Second victim found in Velmorsk as drone attack toll rises to two dead, nine injured — Capital Line</title>
<meta property="og:site_name" content="Capital Line">
<meta property="og:type" content="article">
<link rel="canonical" href="${capitalLineUrl}">
</head>
<body>
<header class="bar"><a class="brand" href="/">Capital Line</a><nav><a href="/city">City</a> <a href="/country">Country</a> <a href="/world">World</a> <a href="/live">Live</a></nav></header>
<main>
<article>
<h1>Second victim found in Velmorsk as drone attack toll rises to two dead, nine injured</h1>
<div class="meta">Oksana Mirecki &middot; <time datetime="2026-03-14T20:30:00+02:00">Sat 14 Mar 2026, 20:30</time></div>
<p>Rescuers have found the body of a man under the collapsed roof of a garage block in Velmorsk's Kolvo district, raising the death toll from the overnight drone attack on the capital to two, Mayor Vadim Selnitsky said on Saturday evening. The number of injured has risen to nine.</p>
<p>"Rescuers have found a man's body under the debris of the garages behind Garnet Street," Selnitsky wrote at 19:45 on his channel on the Kestrin messaging app. The man has not been identified. A 64-year-old resident of the nine-storey building on Garnet Street died in hospital earlier in the day.</p>
<p>The garage block was hit by burning debris from a downed drone at the same time as the apartment building, shortly after 1:30 a.m. It was searched only in the afternoon, after a neighbour reported that the man had not come home. Of the nine injured, two remain in hospital, the city health department said.</p>
<p>In an evening update, the Defence Ministry raised its count of drones brought down over the country overnight from 23 to 25, saying the wreckage of two more had been found in fields in the Saldek region. Eleven were brought down over the Velmorsk region, the ministry said, a figure it did not change. Spokesman Colonel Arkady Brennik said fragments recovered in Kolvo would be shown to foreign military attachés on Monday.</p>
<p>Dorvania has denied launching any drones at Velmorsk. Its Foreign Ministry spokesman, Kasimir Odvalen, said the damage may have been caused by Karvelian air defence, a claim Karvelian officials called "insulting to the families of the dead". Dorvania also says a Karvelian missile killed a rail worker in its border city of Tolvany early on Saturday; the Karvelian government has still not commented on that.</p>
<p>In Vienna, Foreign Minister Mirela Santarova urged European governments to condemn the attack. "We expect clear words, not careful words," she said. In Brussels, a European Union spokesperson called for restraint on both sides.</p>
<p>City Hall said the 46 residents evacuated from Garnet Street would move to municipal flats on Sunday. Candles and flowers were laid at the entrance to the garage block on Saturday night.</p>
<p>The attack was the first to reach the capital since the border dispute with Dorvania escalated last autumn. On Friday evening a drone struck a port building in Pritzava, Karvelia's second-largest city.</p>
<p class="follow">Follow Capital Line on Kestrin for live updates.</p>
</article>
<aside class="more"><h2>More from Capital Line</h2><ul><li><a href="/city/2026/03/14/kastrel-airport">Kastrel airport back to normal after night closure</a></li><li><a href="/city/2026/03/13/tram-line-7">Tram line 7 to close for repairs in April</a></li></ul></aside>
</main>
<footer>Capital Line &copy; 2026 &middot; <a href="/about">About</a> &middot; <a href="/privacy">Privacy</a></footer>
</body>
</html>
`;

// ---------------------------------------------------------------------------------------------

const warcinfoId = recordId('warcinfo:examples-archive');
const warcinfo = Buffer.from(
  [
    'software: make-warc.mjs (corroborate examples)',
    'format: WARC File Format 1.0',
    'conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.0/',
    'isPartOf: karvelia-drones-example',
    'description: Invented example pages for tests; any resemblance to real outlets or people is accidental.',
    'robots: obey',
  ].join(CRLF) + CRLF,
  'utf8',
);

const pages = [
  {
    url: dorvanianPostUrl,
    date: '2026-03-14T05:40:12Z',
    httpDate: 'Sat, 14 Mar 2026 05:40:12 GMT',
    contentType: 'text/html; charset=utf-8',
    payload: Buffer.from(dorvanianPost, 'utf8'),
    withRequest: true,
  },
  {
    url: ringUrl,
    date: '2026-03-14T15:02:47Z',
    httpDate: 'Sat, 14 Mar 2026 15:02:47 GMT',
    contentType: 'text/html; charset=ISO-8859-1',
    payload: latin1(ringZeitung),
    withRequest: false,
  },
  {
    url: capitalLineUrl,
    date: '2026-03-14T18:51:30Z',
    httpDate: 'Sat, 14 Mar 2026 18:51:30 GMT',
    contentType: 'text/html; charset=UTF-8',
    payload: Buffer.from(capitalLine, 'utf8'),
    withRequest: false,
  },
];

const records = [
  record(
    [
      ['WARC-Type', 'warcinfo'],
      ['WARC-Date', '2026-03-14T05:40:00Z'],
      ['WARC-Filename', 'archive.warc.gz'],
      ['WARC-Record-ID', warcinfoId],
      ['Content-Type', 'application/warc-fields'],
    ],
    warcinfo,
  ),
];

for (const p of pages) {
  const responseId = recordId(`response:${p.url}`);
  if (p.withRequest) {
    const host = new URL(p.url).host;
    const path = new URL(p.url).pathname;
    const req = Buffer.from(
      [
        `GET ${path} HTTP/1.1`,
        `Host: ${host}`,
        'User-Agent: Mozilla/5.0 (compatible; example-crawler/1.0)',
        'Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8',
        'Accept-Language: en;q=0.9',
        'Connection: close',
      ].join(CRLF) +
        CRLF +
        CRLF,
      'ascii',
    );
    records.push(
      record(
        [
          ['WARC-Type', 'request'],
          ['WARC-Target-URI', p.url],
          ['WARC-Date', p.date],
          ['WARC-Record-ID', recordId(`request:${p.url}`)],
          ['WARC-Concurrent-To', responseId],
          ['WARC-Warcinfo-ID', warcinfoId],
          ['WARC-Block-Digest', sha1Base32(req)],
          ['Content-Type', 'application/http; msgtype=request'],
        ],
        req,
      ),
    );
  }
  const block = httpResponse(p.payload, p.contentType, p.httpDate);
  records.push(
    record(
      [
        ['WARC-Type', 'response'],
        ['WARC-Target-URI', p.url],
        ['WARC-Date', p.date],
        ['WARC-Record-ID', responseId],
        ['WARC-Warcinfo-ID', warcinfoId],
        ['WARC-Block-Digest', sha1Base32(block)],
        ['WARC-Payload-Digest', sha1Base32(p.payload)],
        ['Content-Type', 'application/http; msgtype=response'],
      ],
      block,
    ),
  );
}

// One gzip member per record, concatenated: readers can seek to any record.
writeFileSync(OUT, Buffer.concat(records.map((r) => gzipSync(r, { level: 9 }))));
console.log(`wrote ${records.length} records to ${OUT}`);

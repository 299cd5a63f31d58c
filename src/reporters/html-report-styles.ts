/**
 * The offline HTML report's stylesheet, inlined in the page: system fonts only, status colours
 * shared with the places map, print-friendly.
 */
import { STATUS_COLOURS } from './places-map-svg.js';

/** The CSS of the HTML report. */
export const HTML_REPORT_CSS = `
:root { --ink: #1d2327; --muted: #5f6b73; --rule: #d9dee2; --paper: #ffffff; --tint: #f5f7f8; --link: #0b57d0;
  --corroborated: ${STATUS_COLOURS.corroborated}; --single-source: ${STATUS_COLOURS['single-source']};
  --contradicted: ${STATUS_COLOURS.contradicted}; --denied: ${STATUS_COLOURS.denied}; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--tint); }
main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 64px; background: var(--paper); }
header.page { border-bottom: 2px solid var(--ink); margin-bottom: 20px; padding-bottom: 12px; }
header.page h1 { margin: 0 0 4px; font-size: 26px; }
.muted, .meta { color: var(--muted); }
.meta { font-size: 13px; }
a { color: var(--link); text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
h2 { font-size: 21px; margin: 36px 0 6px; padding-top: 12px; border-top: 1px solid var(--rule); }
h3 { font-size: 17px; margin: 22px 0 6px; }
h4 { font-size: 15px; margin: 16px 0 6px; }
section.story, section.report { scroll-margin-top: 12px; }
nav.toc ol { margin: 6px 0 0 18px; padding: 0; }
nav.toc li { margin: 2px 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 8px 0 12px; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.status { display: inline-block; min-width: 104px; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: 600; text-align: center; }
.status.corroborated { background: var(--corroborated); }
.status.single-source { background: var(--single-source); }
.status.contradicted { background: var(--contradicted); }
.status.denied { background: var(--denied); }
.counts .status { min-width: 0; margin-right: 4px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 14px; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--rule); }
th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); border-bottom: 1px solid var(--ink); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.facet.contradicted td:first-child { border-left: 4px solid var(--contradicted); }
tr.facet.denied td:first-child { border-left: 4px solid var(--denied); }
tr.facet.single-source td:first-child { border-left: 4px solid var(--single-source); }
tr.facet.corroborated td:first-child { border-left: 4px solid var(--corroborated); }
details > summary { cursor: pointer; color: var(--muted); font-size: 13px; }
ul.values { list-style: none; margin: 4px 0; padding: 0; }
ul.values > li { margin: 6px 0; padding-left: 10px; border-left: 2px solid var(--rule); }
ul.values > li.conflicting { border-left-color: var(--contradicted); }
ul.values > li.denial { border-left-color: var(--denied); }
.value { font-weight: 600; }
.role { font-size: 12px; color: var(--muted); margin-left: 6px; }
ul.quotes { margin: 2px 0 0 0; padding-left: 16px; }
ul.quotes li { margin: 2px 0; }
q { quotes: none; font-style: italic; }
q a { color: inherit; }
.map { margin: 8px 0 12px; }
.map svg { max-width: 100%; height: auto; border: 1px solid var(--rule); border-radius: 4px; }
ol.timeline { list-style: none; margin: 6px 0; padding: 0; border-left: 2px solid var(--rule); }
ol.timeline li { margin: 4px 0; padding-left: 12px; position: relative; }
ol.timeline li::before { content: ""; position: absolute; left: -6px; top: 8px; width: 10px; height: 10px; border-radius: 50%; background: var(--muted); }
ol.timeline li.rise::before { background: var(--single-source); }
ol.timeline li.conflict::before { background: var(--contradicted); }
ol.timeline li.first::before { background: var(--corroborated); }
ol.timeline time { font-variant-numeric: tabular-nums; color: var(--muted); margin-right: 8px; }
ul.findings { list-style: none; padding: 0; margin: 6px 0; }
ul.findings li { margin: 6px 0; padding: 4px 8px; background: var(--tint); border-radius: 4px; }
.sev { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase; margin-right: 6px; }
.sev.warning { color: #a15c00; } .sev.error { color: var(--contradicted); } .sev.info { color: var(--muted); }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; background: var(--tint); padding: 0 3px; border-radius: 3px; }
.url { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; word-break: break-all; color: var(--muted); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font: 15px/1.65 Georgia, "Times New Roman", serif; padding: 12px 16px; background: #fcfcfb; border: 1px solid var(--rule); border-radius: 4px; }
mark.ev { background: #fff1b8; color: inherit; padding: 0; }
mark.ev.d2 { background: #ffe08a; }
mark.ev.d3 { background: #ffd04d; }
.anchor { scroll-margin-top: 40vh; }
.anchor:target::before { content: "\\25B6"; color: var(--contradicted); font: 13px system-ui, sans-serif; margin-right: 2px; }
footer { margin-top: 40px; padding-top: 10px; border-top: 1px solid var(--rule); font-size: 12px; color: var(--muted); }
@media print { body { background: #fff; } main { padding: 0; } details { display: block; } a { color: inherit; } }
`;

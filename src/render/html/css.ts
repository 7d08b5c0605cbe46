/**
 * The page's one stylesheet (inline, allowed by its hash). System fonts only (no fetch),
 * light and dark themes from CSS variables, print always light with every colour kept,
 * and a single column below ~640 px so it reads on a 375 px phone. Charts take their
 * colours from classes here: heat levels h0 (worst) .. h5 (best), score bands good / fair /
 * poor / none.
 */

const LIGHT = `
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa;
  --accent: #0969da; --track: #e6eaef; --gap: #eceff3; --on-badge: #ffffff;
  --good: #1a7f37; --fair: #8a5c00; --poor: #c9222d; --none: #6e7781;
  --good-fill: #2da44e; --fair-fill: #d4a72c; --poor-fill: #e5534b; --cov-fill: #6e7781;
  --h5: #1a6b34; --h4: #2da44e; --h3: #95d5a4; --h2: #f2cc60; --h1: #f0883e; --h0: #c9222d; --hfail: #4d5560;
  --flag-bg: #fff1f0; --flag-line: #c9222d; --flag-fg: #86061d; --calm-bg: #eef8f1; --calm-line: #a5d8b3;`;

const DARK = `
  --bg: #0f1419; --fg: #e6edf3; --muted: #9aa4ae; --line: #3a424c; --panel: #161c23;
  --accent: #58a6ff; --track: #2a313a; --gap: #1c232b; --on-badge: #0f1419;
  --good: #4ac26b; --fair: #d8a73a; --poor: #ff7b72; --none: #8b949e;
  --good-fill: #3fb950; --fair-fill: #d29922; --poor-fill: #f85149; --cov-fill: #8b949e;
  --h5: #3fb950; --h4: #2e8b45; --h3: #1f5f33; --h2: #b8860b; --h1: #d2691e; --h0: #e5534b; --hfail: #6e7681;
  --flag-bg: #2b1416; --flag-line: #f85149; --flag-fg: #ffb3ad; --calm-bg: #12241a; --calm-line: #2e5d3c;`;

export const PAGE_CSS = `
:root {${LIGHT}
  color-scheme: light dark;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial,
    "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Noto Naskh Arabic", Tahoma, sans-serif;
  line-height: 1.5;
}
@media (prefers-color-scheme: dark) { :root {${DARK} } }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 1160px; padding: 20px 16px 48px; background: var(--bg); color: var(--fg); font-size: 16px; overflow-wrap: break-word; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0; }
h1 { font-size: 1.9rem; letter-spacing: -0.01em; }
h2 { font-size: 1.45rem; }
h3 { font-size: 1.1rem; margin: 28px 0 10px; }
h4 { font-size: 1rem; }
p { margin: 0.4em 0; }
a { color: var(--accent); }
abbr[title] { text-decoration: none; cursor: help; }
.muted { color: var(--muted); font-weight: normal; }
.num { font-variant-numeric: tabular-nums; font-weight: 600; }
.num.good { color: var(--good); } .num.fair { color: var(--fair); } .num.poor { color: var(--poor); } .num.none { color: var(--none); font-weight: 500; }
.code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.88em; background: var(--panel); border: 1px solid var(--line); border-radius: 4px; padding: 0 0.3em; }
bdi { unicode-bidi: isolate; }

.top { padding-bottom: 14px; border-bottom: 1px solid var(--line); margin-bottom: 18px; }
.eyebrow { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.75rem; font-weight: 700; color: var(--muted); margin: 0 0 4px; }
.meta { color: var(--muted); margin-top: 6px; }
.meta span + span::before { content: " · "; }
.toc { margin-top: 10px; font-size: 0.92rem; }
.toc ol { display: flex; flex-wrap: wrap; gap: 4px 14px; list-style: none; padding: 0; margin: 4px 0 0; }
.toc li { white-space: nowrap; max-width: 100%; overflow: hidden; text-overflow: ellipsis; }

.flags { border: 2px solid var(--flag-line); background: var(--flag-bg); border-radius: 10px; padding: 14px 18px; margin: 18px 0; }
.flags h2, .flags h3 { color: var(--flag-fg); display: flex; align-items: center; gap: 10px; margin: 0 0 6px; }
.flags.inline { margin: 16px 0 4px; }
.flag-icon { flex: none; display: inline-grid; place-items: center; width: 1.5em; height: 1.5em; border-radius: 50%; background: var(--flag-line); color: var(--bg); font-weight: 800; font-size: 0.9em; }
.flag-list { margin: 8px 0 0; padding-left: 1.2em; }
.flag-list li { margin: 6px 0; }
.flag-kind { color: var(--flag-fg); text-transform: uppercase; letter-spacing: 0.03em; font-size: 0.92em; }
.flag-x { font-weight: 700; }
.flag-pill { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 999px; background: var(--flag-line); color: var(--bg); font-size: 0.72rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; vertical-align: 1px; }
blockquote.evidence { margin: 4px 0 2px; padding: 4px 10px; border-left: 3px solid var(--flag-line); background: var(--bg); color: var(--fg); font-style: italic; border-radius: 0 4px 4px 0; }
.no-flags { border: 1px solid var(--calm-line); background: var(--calm-bg); border-radius: 10px; padding: 10px 16px; margin: 18px 0; }

section { margin-top: 28px; }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; max-width: 100%; }
.scroll:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
table { border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; }

.ranking { width: 100%; font-size: 0.9rem; margin-top: 10px; }
.ranking th, .ranking td { padding: 7px 8px; border-bottom: 1px solid var(--line); white-space: nowrap; }
.ranking thead th { font-size: 0.78rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); border-bottom: 2px solid var(--line); vertical-align: bottom; }
.ranking tbody tr:hover td, .ranking tbody tr:hover th { background: var(--panel); }
.ranking .c-rank { text-align: right; color: var(--muted); font-variant-numeric: tabular-nums; }
.ranking .c-name { position: sticky; left: 0; background: var(--bg); z-index: 1; max-width: 16em; overflow: hidden; text-overflow: ellipsis; font-weight: 600; }
.ranking tbody .c-name a { color: var(--fg); text-decoration: none; }
.ranking tbody .c-name a:hover { text-decoration: underline; }
.ranking .c-overall .num { font-size: 1.05rem; }
.ranking .c-crit, .ranking .c-cov { min-width: 4.2em; text-align: right; }
.ranking .c-crit .bar, .ranking .c-cov .bar { display: block; width: 100%; height: 5px; margin-top: 3px; }
.ranking .c-crit.none { background: repeating-linear-gradient(135deg, transparent 0 6px, var(--panel) 6px 12px); }
button.sort { all: unset; cursor: pointer; display: inline-flex; gap: 4px; align-items: center; }
button.sort:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; border-radius: 3px; }
th[aria-sort] button.sort::after { content: "▲"; font-size: 0.7em; }
th[aria-sort="descending"] button.sort::after { content: "▼"; }
.hint { font-size: 0.85rem; color: var(--muted); margin-top: 8px; }

.bar .track { fill: var(--track); }
.bar.good .fill { fill: var(--good-fill); } .bar.fair .fill { fill: var(--fair-fill); } .bar.poor .fill { fill: var(--poor-fill); } .bar.cov .fill { fill: var(--cov-fill); }
.grade { display: inline-block; min-width: 1.55em; text-align: center; border-radius: 4px; font-weight: 800; padding: 0 0.3em; color: var(--on-badge); font-size: 0.85em; line-height: 1.5; }
.g-A, .g-B { background: var(--good); } .g-C { background: var(--fair); } .g-D, .g-F { background: var(--poor); } .g-none { background: var(--none); }

.legend .defs { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 10px 24px; margin: 12px 0 0; }
.legend dt { font-weight: 700; }
.legend dd { margin: 2px 0 0; color: var(--muted); }
.crit-defs { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 0 28px; margin: 0; font-size: 0.93rem; }
.crit-defs div { padding: 8px 0; border-bottom: 1px solid var(--line); }
.crit-defs dt { font-weight: 700; display: flex; justify-content: space-between; gap: 8px; }
.crit-defs dt .muted { font-size: 0.85em; white-space: nowrap; }
.crit-defs dd { margin: 2px 0 0; color: var(--muted); }

.exchange { border-top: 3px solid var(--fg); padding-top: 18px; margin-top: 48px; }
.x-head { display: flex; gap: 18px; align-items: center; }
.gauge { flex: none; width: 104px; height: 104px; }
.gauge .track { fill: none; stroke: var(--track); stroke-width: 9; }
.gauge .arc { fill: none; stroke-width: 9; stroke-linecap: round; }
.gauge.good .arc { stroke: var(--good-fill); } .gauge.fair .arc { stroke: var(--fair-fill); } .gauge.poor .arc { stroke: var(--poor-fill); }
.gauge .value { font-size: 25px; font-weight: 800; fill: var(--fg); font-variant-numeric: tabular-nums; }
.gauge.none .value { fill: var(--none); }
.gauge .grade-in { font-size: 11px; fill: var(--muted); }
.x-title { min-width: 0; }
.x-rank { margin: 0; font-size: 0.8rem; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); }
.x-title h2 { font-size: 1.6rem; margin: 2px 0 6px; }
.x-facts { display: flex; flex-wrap: wrap; gap: 4px 22px; margin: 0; font-size: 0.92rem; }
.x-facts div { display: flex; gap: 6px; align-items: baseline; }
.x-facts dt { color: var(--muted); white-space: nowrap; }
.x-facts dd { margin: 0; }
.x-facts .bar { width: 60px; height: 6px; margin-left: 6px; vertical-align: middle; }

.crits { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); gap: 12px; }
.crit { border: 1px solid var(--line); border-left: 5px solid var(--none); border-radius: 8px; padding: 10px 14px; background: var(--bg); }
.crit.good { border-left-color: var(--good-fill); } .crit.fair { border-left-color: var(--fair-fill); } .crit.poor { border-left-color: var(--poor-fill); }
.crit.none { border-left-style: dashed; background: var(--panel); }
.crit.none h4 { color: var(--muted); }
.crit-head { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.crit-head h4 { flex: 1 1 auto; }
.weight { font-size: 0.78rem; color: var(--muted); }
.crit-score { display: inline-flex; align-items: center; gap: 8px; }
.crit-score .num { font-size: 1.15rem; }
.crit-score .bar { width: 80px; height: 8px; }
.reasons { margin: 6px 0 0; padding-left: 1.1em; font-size: 0.93rem; }
.reasons li { margin: 2px 0; }
.crit.none .reasons { color: var(--muted); }
details.evidence-box { margin-top: 6px; font-size: 0.88rem; }
details.evidence-box summary { cursor: pointer; color: var(--accent); }
.metrics { margin-top: 4px; width: 100%; }
.metrics th, .metrics td { padding: 2px 8px 2px 0; border-bottom: 1px dotted var(--line); }
.metrics th { font-weight: 500; color: var(--muted); font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.9em; }
.metrics td { font-variant-numeric: tabular-nums; }
td.none, dd.none { color: var(--none); }

.pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 0 28px; }
.channels, .errors { width: 100%; font-size: 0.92rem; }
.channels th, .channels td, .errors th, .errors td { padding: 6px 10px 6px 0; border-bottom: 1px solid var(--line); }
.channels th { width: 7.5em; }
.channels tr.none th { color: var(--muted); font-weight: 500; }
.errors td.num { text-align: right; white-space: nowrap; }
.errors .code { white-space: nowrap; }
.figs { display: flex; flex-wrap: wrap; gap: 2px 16px; margin: 0; }
.figs div { display: flex; gap: 5px; white-space: nowrap; }
.figs dt { color: var(--muted); }
.figs dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }

.hmaps { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 12px 28px; }
figure { margin: 0; }
figcaption { font-size: 0.92rem; margin-bottom: 6px; }
.heatmap { width: 100%; height: auto; display: block; max-width: 560px; }
.heatmap .axis, .trend .axis { font-size: 10px; fill: var(--muted); font-family: inherit; }
.hm.h5 { fill: var(--h5); } .hm.h4 { fill: var(--h4); } .hm.h3 { fill: var(--h3); } .hm.h2 { fill: var(--h2); } .hm.h1 { fill: var(--h1); } .hm.h0 { fill: var(--h0); }
.hm { rx: 2px; }
.hm.fail { fill: var(--hfail); }
.hm.none { fill: var(--bg); stroke: var(--line); stroke-width: 1; stroke-dasharray: 2 2; }
.hm:hover { stroke: var(--fg); stroke-width: 2; stroke-dasharray: none; }
.key { list-style: none; padding: 0; margin: 6px 0 0; display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 0.8rem; color: var(--muted); }
.key li { display: inline-flex; align-items: center; gap: 5px; }
.sw { display: inline-block; width: 12px; height: 12px; border-radius: 2px; }
.sw.h5 { background: var(--h5); } .sw.h4 { background: var(--h4); } .sw.h3 { background: var(--h3); } .sw.h2 { background: var(--h2); } .sw.h1 { background: var(--h1); } .sw.h0 { background: var(--h0); }
.sw.fail { background: var(--hfail); }
.sw.none { background: var(--bg); border: 1px dashed var(--muted); }

.trend { width: 100%; height: auto; display: block; }
.trend .grid { stroke: var(--line); stroke-width: 1; stroke-dasharray: 2 3; }
.trend .axis-line { stroke: var(--muted); stroke-width: 1; }
.trend .gap { fill: var(--gap); }
.trend .line { fill: none; stroke: var(--accent); stroke-width: 2; stroke-linejoin: round; stroke-linecap: round; }
.trend.small .line { stroke-width: 1.6; }
.trend.small .axis { font-size: 11px; }
.trend .pt { fill: var(--accent); }
.trend .pt:hover { r: 4; }
.trend .lone { fill: var(--bg); stroke: var(--accent); stroke-width: 2; }
.trend .empty { font-size: 11px; fill: var(--muted); font-style: italic; }
.trend-main { max-width: 720px; }
.sparks { display: grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); gap: 14px 18px; margin-top: 14px; }
.spark figcaption { font-size: 0.85rem; font-weight: 600; margin-bottom: 2px; display: flex; justify-content: space-between; }

footer { margin-top: 48px; padding-top: 12px; border-top: 1px solid var(--line); font-size: 0.85rem; color: var(--muted); }
.empty-report { padding: 16px; border: 1px dashed var(--line); border-radius: 8px; background: var(--panel); }

@media (max-width: 640px) {
  body { padding: 14px 12px 36px; font-size: 15px; }
  h1 { font-size: 1.55rem; }
  .x-head { align-items: flex-start; gap: 12px; }
  .gauge { width: 76px; height: 76px; }
  .x-title h2 { font-size: 1.3rem; }
  .crits { grid-template-columns: 1fr; }
  .hmaps, .pair { grid-template-columns: 1fr; }
  .ranking .c-name { max-width: 9.5em; }
  .x-facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; }
  .x-facts div { display: contents; }
  .heatmap .axis { font-size: 12.5px; }
  .channels tr { display: block; border-bottom: 1px solid var(--line); padding: 6px 0; }
  .channels th, .channels td { display: block; width: auto; border: none; padding: 0; }
  .trend.large .axis { font-size: 17px; }
  .trend.small .axis { font-size: 15px; }
  .sparks { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 12px; }
}
@media (min-width: 641px) { .hint .narrow-only { display: none; } }
@media print {
  :root {${LIGHT} color-scheme: light; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .toc, .hint { display: none; }
  a { color: inherit; text-decoration: none; }
  .scroll { overflow: visible; }
  .ranking { font-size: 7.5pt; }
  .ranking th, .ranking td { padding: 3px 4px; }
  .ranking .c-name { position: static; max-width: none; white-space: normal; }
  .exchange { break-before: page; margin-top: 0; }
  .crit, figure, .flags, tr, .block { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`;

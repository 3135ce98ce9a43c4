/** The page's only stylesheet, inlined so the page opens from disk with nothing to fetch. */
export const REVIEW_PAGE_STYLE = `
:root{color-scheme:dark;--bg:#0f171e;--card:#1b2631;--line:#2c3b4a;--text:#f2f5f7;--dim:#9fb0bf;--ok:#3ecf8e;--bad:#ff5d5d;--warn:#ffd23f;--accent:#1a98ff}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--text);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.92em}
a{color:var(--accent)}
.top{padding:20px 24px 12px;border-bottom:1px solid var(--line)}
h1{margin:0 0 4px;font-size:22px}
.meta{margin:0;color:var(--dim)}
.summary{margin:10px 0 6px;font-size:16px}
.ok{color:var(--ok)}.bad{color:var(--bad)}
nav{display:flex;flex-wrap:wrap;gap:6px 12px;margin:8px 0}
.issues{margin:6px 0 0;padding-left:20px}
.filter{display:inline-flex;gap:6px;align-items:center;color:var(--dim);cursor:pointer}
main{padding:8px 24px 40px}
h2{margin:24px 0 10px;font-size:18px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(540px,1fr));gap:16px}
.card{display:grid;grid-template-columns:200px 1fr;gap:12px 16px;padding:14px;background:var(--card);border:1px solid var(--line);border-left:4px solid var(--ok);border-radius:8px}
.card[data-status=qc-failed],.card[data-status=render-failed]{border-left-color:var(--bad)}
.player video,.player .missing{display:block;width:200px;height:auto;aspect-ratio:9/16;background:#000;border-radius:4px}
.player .missing{display:grid;place-items:center;padding:12px;text-align:center;color:var(--dim)}
h3{margin:0 0 6px;font-size:16px;display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.kind,.badge{font-size:12px;font-weight:600;padding:1px 7px;border-radius:10px;background:var(--line)}
.badge.ok{background:#1d4d39;color:var(--ok)}.badge.bad{background:#5a2323;color:#ffb3b3}
dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:0 0 8px}
dt{color:var(--dim)}dd{margin:0}
.failures{margin:4px 0;padding-left:18px;color:#ffb3b3}
.error{white-space:pre-wrap;background:#2a1515;padding:8px;border-radius:4px;color:#ffb3b3;margin:4px 0}
details{margin:4px 0;color:var(--dim)}
table{border-collapse:collapse;font-size:12px;margin-top:4px}
td,th{padding:1px 8px 1px 0;text-align:left;vertical-align:top}
.change{margin:6px 0 0;color:var(--dim)}.change strong{color:var(--warn)}
.sheet{grid-column:1/-1;display:grid;grid-template-columns:repeat(6,1fr);gap:4px;margin:0}
.sheet figure{margin:0}
.sheet img{display:block;width:100%;height:auto;aspect-ratio:9/16;background:#000;border-radius:3px}
.sheet figcaption{font-size:11px;color:var(--dim);text-align:center}
.empty{color:var(--dim)}
body:has(#only-issues:checked) .card[data-status=passed]{display:none}
body:has(#only-issues:checked) .group:not(:has(.card:not([data-status=passed]))){display:none}
@media (max-width:640px){.cards{grid-template-columns:1fr}.card{grid-template-columns:1fr}.player video,.player .missing{width:100%}}
`;

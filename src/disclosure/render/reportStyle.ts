// The page's only style: inline, no font or image fetched. Tables reflow into one block per
// row on a phone, so the page never scrolls sideways; the details panel scrolls inside itself.
/** The CSS of the report page. */
export const REPORT_STYLE: string = `
*{box-sizing:border-box}
body{margin:0;background:#f3f4f6;color:#1f2328;font:15px/1.6 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans SC","Noto Sans CJK SC",sans-serif}
main{max-width:68rem;margin:0 auto;padding:1.25rem 1rem 3rem}
.report-header{background:#fff;border-top:4px solid #b71c1c;border-radius:.25rem;padding:1rem 1.25rem;margin-bottom:1rem}
.doc-title{margin:0;color:#6b7280;font-size:.9rem;letter-spacing:.05em}
h1{margin:.2rem 0 .4rem;font-size:1.6rem;line-height:1.3}
.meta{margin:0;display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;color:#374151}
.summary{display:grid;grid-template-columns:3fr 2fr;gap:1rem;margin-bottom:1rem}
.panel,.block{background:#fff;border-radius:.25rem;padding:.9rem 1.25rem}
h2{font-size:1.05rem;margin:0 0 .6rem;padding-left:.6rem;border-left:3px solid #1e3a8a;line-height:1.3}
.summary>*{min-width:0}
.status-list{margin:0;display:grid;grid-template-columns:minmax(5rem,max-content) minmax(0,1fr);gap:.35rem 1rem}
.status-list dt{color:#4b5563}.status-list dd{margin:0;font-weight:600}
.good{color:#166534}.bad{color:#b91c1c}.neutral{color:#374151}
.derived{margin:.6rem 0 0;color:#6b7280;font-size:.85rem}
#verification{border:1px solid #d1d5db}
#verification[data-state=verified]{border-color:#16a34a;background:#f0fdf4}
#verification[data-state=failed]{border-color:#dc2626;background:#fef2f2}
#verification[data-state=pending]{border-color:#2563eb;background:#eff6ff}
.verification-message{margin:0;font-weight:600}
#verification[data-state=verified] .verification-message::before{content:"✓ ";color:#16a34a}
#verification[data-state=failed] .verification-message::before{content:"✗ ";color:#dc2626}
.verification-problems{margin:.5rem 0 0;padding-left:1.2rem;color:#b91c1c}
.block{margin-bottom:.75rem}
.empty-block{display:flex;gap:1rem;align-items:baseline}.empty-block h2{margin:0}.empty{margin:0;color:#6b7280}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.4rem .6rem;border-bottom:1px solid #e5e7eb}
thead th{background:#f9fafb;color:#4b5563;font-weight:600;white-space:nowrap;border-bottom:1px solid #d1d5db}
.fields th{width:9.5rem;color:#4b5563;font-weight:normal;white-space:nowrap}
tr.failed td,tr.failed th{background:#fef2f2}tr.failed td:first-child,tr.failed th:first-child{box-shadow:inset 3px 0 #dc2626}
.nowrap{white-space:nowrap}
.original{display:block;color:#6b7280;font-size:.85em}
.notes{font-size:.9em}.notes p{margin:0}.notes .note{color:#92400e}.notes .problem{color:#b91c1c;font-weight:600}.notes .extra{color:#4b5563}
.footnotes{margin:.5rem 0 0;padding:0;list-style:none;color:#6b7280;font-size:.85rem}
.verification-details{background:#fff;border-radius:.25rem;padding:.75rem 1.25rem;margin-top:1.5rem;color:#374151;font-size:.85rem}
.verification-details summary{cursor:pointer;font-weight:600}
.verification-details dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
.verification-details dd{margin:0}
.hash,.verification-details dd{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"PingFang SC","Microsoft YaHei","Noto Sans SC",monospace;word-break:break-all}
.lines{white-space:pre-line}
.scroll{overflow-x:auto}
.verification-details table{font-size:.8rem}.verification-details .item-name{min-width:14rem}
.hash.nowrap{word-break:normal}
@media (max-width:720px){
main{padding:.75rem .5rem 2rem}
.summary{grid-template-columns:1fr}
h1{font-size:1.3rem}
.panel,.block{padding:.75rem}
.records thead{display:none}
.records,.records tbody{display:block;width:100%}
.records tr{display:flex;flex-wrap:wrap;gap:.15rem 1rem;padding:.5rem 0;border-bottom:1px solid #e5e7eb}
.records td{display:block;border:0;padding:0;max-width:100%}
.records td::before{content:attr(data-label);color:#6b7280;font-size:.85em;margin-right:.4em}
.records td.blank{display:none}
.records td.notes,.records td.wide{flex-basis:100%}
.records td.notes::before{display:none}
tr.failed td:first-child{box-shadow:none}tr.failed{box-shadow:inset 3px 0 #dc2626;padding-left:.5rem}
.fields th{width:8.6rem;padding:.4rem .5rem .4rem 0;white-space:normal}.fields td{padding-right:0;overflow-wrap:anywhere}
tr.failed td{background:transparent}tr.failed{background:#fef2f2}
}
`.trim()

/// The page's inline style sheet: readable type, light and dark themes, print rules, code colours.
enum PageStyle {
    static let css = """
    :root{--bg:#fdfdfc;--fg:#1d1f23;--muted:#5b6170;--rule:#e3e5ea;--code-bg:#f5f6f8;\
    --out-bg:#fbfbf8;--accent:#1f5fbf;--err:#b3261e;--err-bg:#fdeceb;--kw:#a7216e;--ty:#6a3fb5;--st:#a3410c;\
    --nu:#1f6f8b;--co:#5f6b7a;--at:#8a5a00;--lb:#2b6e3f}
    @media (prefers-color-scheme:dark){:root{--bg:#15171b;--fg:#e6e7ea;--muted:#a1a7b3;--rule:#2d3139;\
    --code-bg:#1d2026;--out-bg:#191b20;--accent:#8ab4ff;--err:#ffb4ab;--err-bg:#3a1d1b;--kw:#ff7ab8;--ty:#c5a3ff;\
    --st:#ffab70;--nu:#79d4f1;--co:#8b95a5;--at:#f0c36b;--lb:#8fd19e}}
    *{box-sizing:border-box}
    html{background:var(--bg);color:var(--fg)}
    body{margin:0;font:17px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
    main{max-width:52rem;margin:0 auto;padding:2rem 1.25rem 4rem}
    header.page-header{border-bottom:1px solid var(--rule);margin-bottom:2rem;padding-bottom:1rem}
    header.page-header h1{font-size:2.1rem;line-height:1.2;margin:0 0 .4rem}
    .description{color:var(--muted);font-size:1.1rem;margin:0}
    .author{color:var(--muted);margin:.3rem 0 0}
    h1,h2,h3,h4{line-height:1.25;margin:2rem 0 .8rem}
    a{color:var(--accent)}
    img{max-width:100%;height:auto}
    hr{border:0;border-top:1px solid var(--rule);margin:2rem 0}
    blockquote{margin:1rem 0;padding:.1rem 1rem;border-left:4px solid var(--rule);color:var(--muted)}
    code,pre{font:14px/1.5 ui-monospace,"SFMono-Regular","DejaVu Sans Mono",Menlo,Consolas,monospace}
    :not(pre)>code{background:var(--code-bg);padding:.1em .3em;border-radius:4px}
    pre{margin:0;padding:.8rem 1rem;overflow-x:auto;white-space:pre}
    pre.code,pre.source{background:var(--code-bg);border-radius:6px}
    figure.cell{margin:1.5rem 0;border:1px solid var(--rule);border-radius:8px;overflow:hidden}
    figure.cell pre.source{border-radius:0}
    .outputs{border-top:1px solid var(--rule);background:var(--out-bg)}
    .outputs:first-child{border-top:0}
    pre.output{white-space:pre-wrap;overflow-wrap:anywhere}
    pre.error{color:var(--err);background:var(--err-bg);white-space:pre-wrap}
    .figure{padding:.5rem;text-align:center}
    .figure svg{max-width:100%;height:auto}
    .truncated{color:var(--muted);font-style:italic;padding:.3rem 1rem;margin:0}
    figcaption{color:var(--muted);font-size:.95rem;padding:.5rem 1rem;border-top:1px solid var(--rule)}
    .kw{color:var(--kw)}.ty{color:var(--ty)}.st{color:var(--st)}.nu{color:var(--nu)}.co{color:var(--co);font-style:italic}\
    .at{color:var(--at)}.lb{color:var(--lb)}.dl{color:var(--nu)}
    pre.raw-html{color:var(--muted)}
    nav.toc{border:1px solid var(--rule);border-radius:8px;padding:.6rem 1.2rem;margin:0 0 2rem;font-size:.95rem}
    nav.toc h2{font-size:1rem;margin:.2rem 0 .4rem}
    nav.toc ol{margin:0;padding-left:1.2rem}
    nav.lessons{display:flex;justify-content:space-between;gap:1rem;margin-top:3rem;flex-wrap:wrap}
    div.table{overflow-x:auto;margin:1rem 0}
    table{border-collapse:collapse}
    th,td{border:1px solid var(--rule);padding:.35rem .7rem;vertical-align:top}
    th{background:var(--code-bg)}
    .align-left{text-align:left}.align-center{text-align:center}.align-right{text-align:right}
    math[display="block"]{margin:1rem 0;overflow-x:auto;overflow-y:hidden}
    math{font-size:1.1em;font-family:"Latin Modern Math","STIX Two Math","Cambria Math",math}
    section.footnotes{font-size:.92rem;color:var(--muted);margin-top:2.5rem}
    .footnote-back{text-decoration:none;margin-left:.3rem}
    sup.footnote-ref a{text-decoration:none}
    pre.warning{color:var(--at);white-space:pre-wrap}
    ol.lessons{padding-left:1.4rem}
    ol.lessons li{margin:.8rem 0}
    ol.lessons a{font-size:1.15rem;font-weight:600}
    ol.lessons p{margin:.2rem 0 0;color:var(--muted)}
    div.controls{border-top:1px solid var(--rule);padding:.6rem 1rem;font-size:.95rem}
    div.control{display:flex;align-items:center;gap:.8rem;flex-wrap:wrap;margin:.2rem 0}
    div.control label{min-width:8rem;font-weight:600}
    div.control input[type=range]{width:14rem}
    div.control output{font-family:ui-monospace,monospace;min-width:3rem}
    .domain{color:var(--muted);font-size:.85rem}
    p.rerun{margin:.5rem 0 0;color:var(--muted);font-size:.9rem}
    aside.run-parameters{border-left:4px solid var(--accent);padding:.2rem 1rem;margin:0 0 1.5rem}
    aside.run-parameters p{margin:.3rem 0;font-weight:600}
    aside.run-parameters ul{margin:.2rem 0 .4rem}
    div.diagram{margin:1.2rem 0;padding:.8rem;background:#fff;border:1px solid var(--rule);border-radius:8px;\
    text-align:center;overflow-x:auto}
    div.callout{margin:1.2rem 0;padding:.2rem 1rem .4rem;border:1px solid var(--rule);border-left:5px solid var(--co-c,#2f6fbd);\
    border-radius:6px;background:var(--out-bg)}
    div.callout-tip{--co-c:#237032}div.callout-warning{--co-c:#b35900}div.callout-important{--co-c:#c92a2a}\
    div.callout-caution{--co-c:#8a6d00}
    @media (prefers-color-scheme:dark){div.callout{--co-c:#8ab4ff}div.callout-tip{--co-c:#8fd19e}\
    div.callout-warning{--co-c:#ffb870}div.callout-important{--co-c:#ff9a9a}div.callout-caution{--co-c:#f0c36b}}
    p.callout-title{font-weight:700;margin:.5rem 0 .3rem;color:var(--co-c,#2f6fbd)}
    div.callout-body>:first-child{margin-top:0}div.callout-body>:last-child{margin-bottom:.3rem}
    figure.image{margin:1.5rem 0;text-align:center}figure.image figcaption{border-top:0}
    .caption-number{font-weight:600;color:var(--fg)}
    table caption{caption-side:bottom;color:var(--muted);font-size:.95rem;padding-top:.4rem;text-align:left}
    div.equation{display:flex;align-items:center;gap:1rem}div.equation math{flex:1}
    .equation-number{color:var(--muted)}
    .xref-missing{color:var(--err)}
    div.output-table{margin:.6rem 1rem}div.output-table table{font-variant-numeric:tabular-nums;font-size:.95rem}
    div.markdown-output{padding:.1rem 1rem}
    footer.page-footer{margin-top:3rem;padding-top:1rem;border-top:1px solid var(--rule);color:var(--muted);font-size:.9rem}
    @media print{body{font-size:11pt}main{max-width:none;padding:0}figure.cell{break-inside:avoid}\
    pre{white-space:pre-wrap}a{color:inherit}}
    """
}

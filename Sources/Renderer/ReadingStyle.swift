/// Style rules for reading a lesson comfortably on any screen and on paper; added after `PageStyle.css`, so its
/// rules take precedence.
///
/// - Display formulas get room above and below (a clipped box cut superscripts and accents: QKᵀ read QKᴵ).
/// - Boxes that can scroll sideways (formulas, tables, figures, diagrams, code) show a shadow on the side that
///   has more content, so a cut-off formula is visibly a scrolling one.
/// - Figures never shrink below the width at which their smallest text is 11 px (see `SVGLegibility`); below
///   it they scroll inside their box.
/// - On wide screens code cells are wider than the prose column, so lesson code fits without scrolling.
/// - A long word or bare address in prose breaks instead of pushing the page wider than a phone's screen.
/// - A footnote's back link follows its last paragraph on the same line.
/// - On paper, cells may break across pages (their figures, formulas and tables do not), and external links
///   print their address.
enum ReadingStyle {
    static let css = """
    :root{--shade:rgba(0,0,0,.32)}
    @media (prefers-color-scheme:dark){:root{--shade:rgba(255,255,255,.28)}}
    math[display="block"]{margin:.6rem 0;padding:.4em .15em}
    math[display="block"],div.table{--shade-bg:var(--bg)}
    .figure{--shade-bg:var(--out-bg)}
    pre.source,pre.code{--shade-bg:var(--code-bg)}
    div.diagram{--shade-bg:#fff;--shade:rgba(0,0,0,.32)}
    math[display="block"],div.table,.figure,div.diagram,pre.source,pre.code{\
    background-image:linear-gradient(to right,var(--shade-bg) 55%,transparent),\
    linear-gradient(to left,var(--shade-bg) 55%,transparent),\
    radial-gradient(farthest-side at 0 50%,var(--shade),transparent),\
    radial-gradient(farthest-side at 100% 50%,var(--shade),transparent);\
    background-position:left center,right center,left center,right center;background-repeat:no-repeat;\
    background-size:2rem 100%,2rem 100%,1rem 100%,1rem 100%;background-attachment:local,local,scroll,scroll}
    .figure,div.diagram{overflow-x:auto}
    .figure svg{width:var(--svg-width,auto);max-width:100%;min-width:var(--legible-width,0)}
    div.diagram svg{max-width:100%;min-width:var(--legible-width,0)}
    main{overflow-wrap:break-word}
    section.footnotes li>p:last-of-type{display:inline;margin-right:.2rem}section.footnotes li{margin:.35rem 0}
    nav.toc ol.numbered-headings{list-style:none;padding-left:.2rem}
    nav.toc ol.numbered-headings ol.numbered-headings{padding-left:1.2rem}
    @media screen and (min-width:68rem){figure.cell{--cell-width:min(100vw - 4rem,66rem);width:var(--cell-width);\
    margin-left:calc((100% - var(--cell-width))/2)}}
    @media (max-width:40rem){main{padding:1.25rem .9rem 3rem}header.page-header h1{font-size:1.65rem}\
    code,pre{font-size:13px}div.control input[type=range]{width:100%}div.control label{min-width:0}}
    @media print{@page{margin:16mm 14mm}figure.cell{break-inside:auto;width:auto;margin:1rem 0}\
    .figure,div.diagram,math[display="block"],figcaption,tr,img{break-inside:avoid}\
    h1,h2,h3,h4{break-after:avoid}p{orphans:3;widows:3}\
    img{max-height:11cm;width:auto;object-fit:contain}\
    .figure svg,div.diagram svg{min-width:0}\
    math[display="block"],div.table,.figure,div.diagram,pre.source,pre.code{background-image:none}\
    article a[href^="http"]::after{content:" (" attr(href) ")";font-size:.82em;overflow-wrap:anywhere}\
    nav.lessons{display:none}}
    """
}

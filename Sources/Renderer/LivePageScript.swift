import Diagnostics
import Foundation
import NotebookFormat

extension LiveControls {
    /// Writes the live page's data (an inert JSON block) and the one small inline script that moves the controls.
    static func script(_ live: LivePageInput, notebook: Notebook, formatter: DiagnosticFormatter, language: String?,
                       into writer: inout HTMLWriter) {
        let strings = LiveStrings(language: language)
        writer.raw("<script type=\"application/json\" id=\"nbrun-live-data\">")
        writer.raw(LivePageScript.data(live, notebook: notebook, formatter: formatter, strings: strings))
        writer.raw("</script>\n<script>")
        writer.raw(LivePageScript.source)
        writer.raw("</script>\n")
    }
}

/// The data and the script of a live page.
///
/// Data (`#nbrun-live-data`, JSON): `g` the groups, each with `c` its controls, `v` their values as typed, `b` the
/// run's value indexes, `a` 1 when it holds every combination (0: each control alone), and `x` its cells, each with
/// `id` (the cell's HTML id), `b` the run's outputs block, `s` the version of each state as `w` base-64 digits per
/// state, and the versions laid out as slots of `b` (see `LiveOutputCompactor`): `p` for each slot the code units
/// kept before it and its length, `q` its table, `t` the tables, each with `d` its texts, `k` (when present) the
/// group's controls, by position, whose values select the text (else the version does), and `s` (when present) the
/// text of each selection as `w` base-64 digits (else the selection is the text's index); `k` the controls that
/// move (`n` name, `v` values, `i` run's index, `g` groups); `r` the re-run command (`p` prefix, `c` every control
/// in order, `f` the run's `--param` words, `w` the words by value index); `m` what an outputs block shows for a
/// combination the page does not hold.
public enum LivePageScript {
    /// The base-64 digits of the state tables (JSON- and HTML-safe).
    static let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_")

    /// The script, minified by hand; see `LivePageScript` for the data it reads.
    static let source = """
    (function(){var D=JSON.parse(document.getElementById("nbrun-live-data").textContent),A="\(String(digits))",\
    cur={},rer=document.querySelectorAll(".rerun-command");function $(i){return document.getElementById(i)}\
    function num(t,i,w){var n=0,k;for(k=0;k<w;k++)n=n*64+A.indexOf(t.charAt(i*w+k));return n}\
    function rebuild(g,c,v){var o="",p=0,i,t,n,j,P=c.p;for(i=0;i<c.q.length;i++){t=c.t[c.q[i]];n=v;\
    if(t.k)for(n=0,j=0;j<t.k.length;j++)n=n*g.v[t.k[j]].length+cur[g.c[t.k[j]]];if(t.s)n=num(t.s,n,t.w);\
    o+=c.b.slice(p,p+P[2*i])+t.d[n];p+=P[2*i]+P[2*i+1]}return o+c.b.slice(p)}\
    function state(g){var s=0,m=-1,i,j;if(g.a){for(i=0;i<g.c.length;i++)s=s*g.v[i].length+cur[g.c[i]];return s}\
    for(i=0;i<g.c.length;i++)if(cur[g.c[i]]!==g.b[i]){if(m>=0)return -1;m=i}if(m<0)return 0;s=1;\
    for(i=0;i<m;i++)s+=g.v[i].length-1;j=cur[g.c[m]];return s+j-(j>g.b[m]?1:0)}\
    function show(g){var s=state(g);g.x.forEach(function(c){var f=$(c.id),o=f&&f.querySelector(":scope>.outputs"),\
    v=s<0?-1:num(c.s,s,c.w),h;if(!o||o.nbv===v)return;o.nbv=v;h=v<0?D.m:rebuild(g,c,v);o.innerHTML=h;o.hidden=h==="\\n"})}\
    function command(){var w=[D.r.p];D.r.c.forEach(function(n){w.push("--param",cur[n]===undefined?D.r.f[n]:D.r.w[n][cur[n]])});\
    return w.join(" ")}D.k.forEach(function(k){var e=$("param-"+k.n),o=$("param-"+k.n+"-value");if(!e)return;\
    cur[k.n]=k.i;function on(){var i=e.type==="checkbox"?k.v.indexOf(e.checked?"true":"false"):+e.value,r;\
    if(!(i>=0&&i<k.v.length)||i===cur[k.n])return;cur[k.n]=i;o.textContent=k.v[i];\
    if(e.type==="range")e.setAttribute("aria-valuetext",k.v[i]);k.g.forEach(function(j){show(D.g[j])});\
    for(r=0;r<rer.length;r++)rer[r].textContent=command()}e.addEventListener("input",on);\
    e.addEventListener("change",on);e.disabled=false;on()});\
    Array.prototype.forEach.call(document.querySelectorAll(".live-note"),function(p){p.hidden=false})})();
    """

    /// The page's JSON data; the same states always give the same bytes.
    static func data(_ live: LivePageInput, notebook: Notebook, formatter: DiagnosticFormatter,
                     strings: LiveStrings) -> String {
        var json = "{\"g\":["
        for (position, group) in live.states.groups.enumerated() {
            if position > 0 { json += "," }
            if position < live.groupData.count, let data = live.groupData[position] {
                json += data
            } else {
                json += groupJSON(group, notebook: notebook, formatter: formatter)
            }
        }
        json += "],\"k\":["
        var first = true
        for control in live.states.groups.flatMap(\.controls).uniqued() {
            let groups = live.states.groups.indices.filter { live.states.groups[$0].controls.contains(control) }
            guard let owner = groups.first else { continue }
            let group = live.states.groups[owner]
            let position = group.controls.firstIndex(of: control)!
            json += (first ? "" : ",") + "{\"n\":" + string(control) + ",\"v\":" + stringArray(group.values[position])
                + ",\"i\":\(group.baseIndexes[position]),\"g\":[" + groups.map(String.init).joined(separator: ",") + "]}"
            first = false
        }
        json += "],\"r\":{\"p\":" + string(live.rerunPrefix) + ",\"c\":"
        json += stringArray(live.rerunOrder) + ",\"f\":{"
        json += live.rerunOrder.compactMap { name in live.rerunFixed[name].map { string(name) + ":" + string($0) } }
            .joined(separator: ",")
        json += "},\"w\":{"
        var words: [String] = []
        for control in live.states.groups.flatMap(\.controls).uniqued() {
            guard let group = live.states.groups.first(where: { $0.controls.contains(control) }),
                  let position = group.controls.firstIndex(of: control) else { continue }
            let byValue = live.rerunWords[control] ?? [:]
            words.append(string(control) + ":" + stringArray(group.values[position].map { byValue[$0] ?? "\(control)=\($0)" }))
        }
        json += words.joined(separator: ",") + "}},\"m\":"
        var missing = HTMLWriter()
        missing.newline()
        missing.element("p", ["class": "live-missing", "role": "note", "style": LiveControls.noteStyle + ";font-style:italic"],
                        text: strings.missing)
        missing.newline()
        json += string(missing.html) + "}"
        return json
    }

    /// One group's data as the page holds it: the work of a live page's layout, which a caller may keep and hand
    /// back in `LivePageInput.groupData`.
    public static func groupData(_ group: LiveStates.Group, notebook: Notebook) -> String {
        groupJSON(group, notebook: notebook, formatter: DiagnosticFormatter(path: notebook.path, source: notebook.source))
    }

    /// One group: its controls and, per cell, the run's outputs block, the versions laid out and each state's.
    static func groupJSON(_ group: LiveStates.Group, notebook: Notebook, formatter: DiagnosticFormatter) -> String {
        let states = group.states
        let base = states.firstIndex(of: group.baseIndexes) ?? 0
        var json = "{\"c\":" + stringArray(group.controls) + ",\"v\":["
        json += group.values.map(stringArray).joined(separator: ",")
        json += "],\"b\":[" + group.baseIndexes.map(String.init).joined(separator: ",") + "],\"a\":"
        json += group.coverage == .all ? "1" : "0"
        let references = notebook.crossReferences
        let strings = PageStrings(language: notebook.frontMatter.language)
        var cellsJSON: [String] = []
        for (position, cellIndex) in group.cells.enumerated() {
            // A group read from the cache without its results has its layout given (`LivePageInput.groupData`).
            guard position < group.results.count, group.results[position].count == states.count else { continue }
            let cell = notebook.cells[cellIndex]
            // Each distinct result is drawn once (in parallel), the run's first.
            let results = group.results[position]
            var resultOf: [CellResultKey: Int] = [:]
            var distinct: [CellResult] = []
            var stateResults: [Int] = []
            for result in [results[base]] + results {
                let key = CellResultKey(result)
                if let known = resultOf[key] { stateResults.append(known); continue }
                resultOf[key] = distinct.count
                stateResults.append(distinct.count)
                distinct.append(result)
            }
            stateResults.removeFirst()
            let toDraw = distinct
            let drawn = ParallelResults<String>(count: distinct.count, initial: "")
            DispatchQueue.concurrentPerform(iterations: distinct.count) { index in
                var markdown = CellMarkdown(allowsRawHTML: notebook.frontMatter.allowsRawHTML, strings: strings,
                                            references: references)
                drawn.set(index, PageRenderer.outputsContent(toDraw[index], options: cell.options, formatter: formatter,
                                                             markdown: { markdown.write($0, of: cell, into: &$1) }))
            }
            var versions: [String] = []
            var versionOf: [CellResultKey: Int] = [:]
            let versionOfResult = drawn.values.map { content -> Int in
                let key = CellResultKey(text: content)
                if let known = versionOf[key] { return known }
                versionOf[key] = versions.count
                versions.append(content)
                return versions.count - 1
            }
            guard versions.count > 1 else { continue }  // the same in every state: nothing to store
            let picks = stateResults.map { versionOfResult[$0] }
            let layout = LiveOutputCompactor.layout(versions, stateVersions: picks,
                                                    radices: group.coverage == .all ? group.values.map(\.count) : nil)
            cellsJSON.append("{\"id\":" + string(PageRenderer.id(of: cell)) + ",\"b\":" + string(layout.base)
                             + "," + digitTable(picks, count: versions.count) + ",\"p\":" + numbers(layout.slots)
                             + ",\"q\":" + numbers(layout.slotTables) + ",\"t\":["
                             + layout.tables.map(tableJSON).joined(separator: ",") + "]}")
        }
        return json + ",\"x\":[" + cellsJSON.joined(separator: ",") + "]}"
    }

    /// A table of the layout: its texts, the controls that select them and the selections' texts.
    static func tableJSON(_ table: LiveOutputCompactor.Table) -> String {
        var json = "{"
        if let controls = table.controls { json += "\"k\":" + numbers(controls) + "," }
        if let picks = table.picks { json += digitTable(picks, count: table.texts.count) + "," }
        return json + "\"d\":" + stringArray(table.texts) + "}"
    }

    /// `"w":width,"s":"digits"`: each number as `width` base-64 digits.
    static func digitTable(_ picks: [Int], count: Int) -> String {
        let width = max(1, digitsNeeded(count))
        var digitsText = ""
        digitsText.reserveCapacity(picks.count * width)
        for pick in picks { digitsText += encode(pick, width: width) }
        return "\"w\":\(width),\"s\":\"" + digitsText + "\""
    }

    static func numbers(_ values: [Int]) -> String {
        "[" + values.map(String.init).joined(separator: ",") + "]"
    }

    static func digitsNeeded(_ count: Int) -> Int {
        var width = 0, capacity = 1
        while capacity < count { capacity *= 64; width += 1 }
        return width
    }

    static func encode(_ number: Int, width: Int) -> String {
        var characters: [Character] = []
        var rest = number
        for _ in 0..<width {
            characters.append(digits[rest % 64])
            rest /= 64
        }
        return String(characters.reversed())
    }

    static func string(_ text: String) -> String {
        HTMLWriter.scriptJSONString(text)
    }

    static func stringArray(_ texts: [String]) -> String {
        "[" + texts.map(string).joined(separator: ",") + "]"
    }
}

extension Sequence where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

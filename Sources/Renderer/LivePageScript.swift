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
/// `id` (the cell's HTML id), `b` the run's outputs block, `d` the distinct versions as deltas of `b`
/// (`[n, old₁, new₁, …, oldₙ, newₙ, skip, delete, "text", …]`, see `LiveOutputCompactor`), `s` the version of each
/// state as `w` base-64 digits per state; `k` the controls that move (`n` name, `v` values, `i` run's index, `g`
/// groups); `r` the re-run command (`p` prefix, `c` every control in order, `f` the run's `--param` words,
/// `w` the words by value index); `m` what an outputs block shows for a combination the page does not hold.
enum LivePageScript {
    /// The base-64 digits of the state tables (JSON- and HTML-safe).
    static let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_")

    /// The script, minified by hand; see `LivePageScript` for the data it reads.
    static let source = """
    (function(){var D=JSON.parse(document.getElementById("nbrun-live-data").textContent),A="\(String(digits))",\
    cur={},rer=document.querySelectorAll(".rerun-command");function $(i){return document.getElementById(i)}\
    function rebuild(c,v){var x=c.d[v],s=c.b,i=1,k,o="",p=0;for(k=0;k<x[0];k++,i+=2)s=s.split(x[i]).join(x[i+1]);\
    for(;i<x.length;i+=3){o+=s.slice(p,p+x[i])+x[i+2];p+=x[i]+x[i+1]}return o+s.slice(p)}\
    function version(c,s){var n=0,k;for(k=0;k<c.w;k++)n=n*64+A.indexOf(c.s.charAt(s*c.w+k));return n}\
    function state(g){var s=0,m=-1,i,j;if(g.a){for(i=0;i<g.c.length;i++)s=s*g.v[i].length+cur[g.c[i]];return s}\
    for(i=0;i<g.c.length;i++)if(cur[g.c[i]]!==g.b[i]){if(m>=0)return -1;m=i}if(m<0)return 0;s=1;\
    for(i=0;i<m;i++)s+=g.v[i].length-1;j=cur[g.c[m]];return s+j-(j>g.b[m]?1:0)}\
    function show(g){var s=state(g);g.x.forEach(function(c){var f=$(c.id),o=f&&f.querySelector(":scope>.outputs"),\
    v=s<0?-1:version(c,s),h;if(!o||o.nbv===v)return;o.nbv=v;h=v<0?D.m:rebuild(c,v);o.innerHTML=h;o.hidden=h==="\\n"})}\
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
            json += groupJSON(group, notebook: notebook, formatter: formatter)
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

    /// One group: its controls and, per cell, the run's outputs block, the distinct versions and each state's.
    static func groupJSON(_ group: LiveStates.Group, notebook: Notebook, formatter: DiagnosticFormatter) -> String {
        let states = group.states
        let base = states.firstIndex(of: group.baseIndexes) ?? 0
        var json = "{\"c\":" + stringArray(group.controls) + ",\"v\":["
        json += group.values.map(stringArray).joined(separator: ",")
        json += "],\"b\":[" + group.baseIndexes.map(String.init).joined(separator: ",") + "],\"a\":"
        json += group.coverage == .all ? "1" : "0"
        var cellsJSON: [String] = []
        for (position, cellIndex) in group.cells.enumerated() {
            let cell = notebook.cells[cellIndex]
            let contents = group.results[position].map {
                PageRenderer.outputsContent($0, options: cell.options, formatter: formatter)
            }
            var versions: [String] = []
            var versionOf: [String: Int] = [:]
            var picks: [Int] = []
            for content in [contents[base]] + contents {
                if let known = versionOf[content] { picks.append(known); continue }
                versionOf[content] = versions.count
                picks.append(versions.count)
                versions.append(content)
            }
            picks.removeFirst()
            guard versions.count > 1 else { continue }  // the same in every state: nothing to store
            let width = max(1, digitsNeeded(versions.count))
            var cellJSON = "{\"id\":" + string(PageRenderer.id(of: cell)) + ",\"b\":" + string(versions[0]) + ",\"d\":["
            cellJSON += deltas(from: versions[0], to: versions).joined(separator: ",")
            cellJSON += "],\"w\":\(width),\"s\":\""
            for pick in picks { cellJSON += encode(pick, width: width) }
            cellsJSON.append(cellJSON + "\"}")
        }
        return json + ",\"x\":[" + cellsJSON.joined(separator: ",") + "]}"
    }

    /// Every version as a delta of `base`, computed on all cores (each delta alone, stored at its own index, so the
    /// result does not depend on scheduling).
    static func deltas(from base: String, to versions: [String]) -> [String] {
        let results = DeltaResults(count: versions.count)
        DispatchQueue.concurrentPerform(iterations: versions.count) { index in
            results.set(index, delta(from: base, to: versions[index]))
        }
        return results.values
    }

    /// A version as the script's delta array; checked by rebuilding it, else the whole text replaces the base.
    static func delta(from base: String, to version: String) -> String {
        var delta = LiveOutputCompactor.delta(from: base, to: version)
        if LiveOutputCompactor.rebuild(base, with: delta) != version {
            delta = LiveOutputCompactor.Delta(substitutions: [], edits: [.init(skip: 0, delete: base.utf16.count, text: version)])
        }
        var parts = [String(delta.substitutions.count)]
        for (old, new) in delta.substitutions { parts += [string(old), string(new)] }
        for edit in delta.edits { parts += [String(edit.skip), String(edit.delete), string(edit.text)] }
        return "[" + parts.joined(separator: ",") + "]"
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

/// The deltas being computed in parallel, one slot per version (each slot written by one iteration only).
private final class DeltaResults: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [String]

    init(count: Int) {
        values = [String](repeating: "", count: count)
    }

    func set(_ index: Int, _ value: String) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }
}

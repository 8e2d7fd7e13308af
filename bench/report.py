#!/usr/bin/env python3
"""Turns the benchmark results written by bench/run.sh (hyperfine JSON + status/meta TSV) into bench/RESULTS.md.

Each group (notebook, lang, plots, site, modules) has a folder RESULTS/GROUP with meta.tsv (key, value), status.tsv
(id, label, status, detail), one hyperfine export ID.json per timed command, and its own extras: checksums.tsv (lang),
sizes.tsv (plots: id, SVG bytes), values.tsv (modules: id, round, key, value, unit, parsed from the programs' output).
A group without a folder keeps the section it had in the existing RESULTS.md, so `bench/run.sh lang` does not erase
the notebook numbers.
Standard library only: it runs with the machine's python3.
"""

import argparse
import json
import re
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
GROUPS = ("notebook", "lang", "compile", "plots", "site", "modules", "live", "loop")
# Issue 3 §5: nbrun / CPython on start-up-corrected medians.
LANG_TARGETS = {"arith": 0.5}
DEFAULT_LANG_TARGET = 1.0
NOTEBOOK_ROWS = (
    # id, what it runs, id of the nbrun row its ratio is taken against
    ("nbrun", "`nbrun Notebooks/how-llms-work.md -o bench/out/how-llms-work.html`", None),
    ("nbrun-params", "`nbrun Notebooks/how-llms-work.md --param slope=2.5 --param intercept=-1 -o …`", None),
    ("nbconvert", "`jupyter nbconvert --execute --to html bench/peers/how-llms-work.ipynb --output-dir …`", "nbrun"),
    ("papermill", "`papermill bench/peers/how-llms-work.ipynb bench/out/pm.ipynb -p slope 2.5 -p intercept -1`",
     "nbrun-params"),
)


class Group:
    """The results of one group: metadata, the outcome of every command and the hyperfine timings."""

    def __init__(self, folder):
        self.folder = folder
        self.meta = read_tsv_pairs(folder / "meta.tsv")
        self.status = {}
        self.order = []
        for fields in read_tsv(folder / "status.tsv"):
            ident, label, state, detail = (fields + ["", "", "", ""])[:4]
            self.status[ident] = (label, state, detail)
            self.order.append(ident)
        self.checksums = dict((f[0], f[1]) for f in read_tsv(folder / "checksums.tsv") if len(f) >= 2)
        self.timings = {}
        for path in sorted(folder.glob("*.json")):
            results = json.loads(path.read_text()).get("results", [])
            if results:
                self.timings[path.stem] = results[0]
        self.notes = []

    def median(self, ident):
        """Median seconds of a command that ran and was timed, else None."""
        if self.status.get(ident, ("", "", ""))[1] != "ok" or ident not in self.timings:
            return None
        return self.timings[ident]["median"]

    def cell(self, ident):
        """The median of a command, or its status with a numbered note explaining it."""
        seconds = self.median(ident)
        if seconds is not None:
            return fmt_time(seconds)
        label, state, detail = self.status.get(ident, (ident, "not run", ""))
        if not state:
            state = "not run"
        if detail:
            return f"{state} [{self.note(f'{state}: {detail}', label)}]"
        return state

    def note(self, text, label):
        """The number of the note with this text, adding it (or the label to it) as needed."""
        for number, (known, labels) in enumerate(self.notes, 1):
            if known == text:
                if label not in labels:
                    labels.append(label)
                return number
        self.notes.append((text, [label]))
        return len(self.notes)


def read_tsv(path):
    if not path.exists():
        return []
    return [line.split("\t") for line in path.read_text().splitlines() if line.strip()]


def read_tsv_pairs(path):
    return {fields[0]: fields[1] if len(fields) > 1 else "" for fields in read_tsv(path)}


def fmt_time(seconds):
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 0.01:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds * 1000:.2f} ms"


def fmt_ratio(value):
    if value is None:
        return "–"
    return f"{value:.2f}×" if value < 10 else f"{value:.1f}×"


def ratio(numerator, denominator):
    if numerator is None or denominator is None or denominator <= 0:
        return None
    return numerator / denominator


def machine_lines(group, runs=None):
    """The section's context: busy warning, date and runs (`runs` replaces the hyperfine wording), machine, tools."""
    m = group.meta
    warning = busy_warning(group)
    if runs is None:
        runs = (f"{m.get('runs', '?')} timed runs per command after 1 warm-up run "
                "(hyperfine; commands slower than 30 s: 3 runs, no warm-up)")
    return warning[1:] + ([""] if warning else []) + [
        f"- Date: {m.get('date', '?')}; {runs}.",
        f"- Machine: {m.get('cpu', '?')}, {m.get('nproc', '?')} cores (nproc), {m.get('memory', '?')}, "
        f"{m.get('os', '?')}; load average {m.get('load', '?')} (1, 5, 15 min) when the group started"
        f"{session_note(m)}.",
        f"- Tools: {m.get('swift', '?')}; {m.get('python', '?')}; {m.get('hyperfine', '?')}.",
        f"- nbrun: {m.get('nbrun', '?')}, commit {m.get('commit', '?')}.",
    ]


def session_note(meta):
    """How the benchmark's session was scheduled when it was not at the default share: "/autogroup-7 nice -15" in
    /proc/self/autogroup means the benchmark ran with a larger CPU share than the other sessions (both sides alike)."""
    words = meta.get("session", "").split()
    if len(words) == 3 and words[1] == "nice" and words[2] != "0":
        return f"; the benchmark ran in a session at autogroup nice {words[2]} (more CPU share than other sessions' work)"
    return ""


def busy_warning(group):
    """A warning when the machine was loaded (load average above the core count) as the group started."""
    try:
        load = float(group.meta.get("load", "").split()[0])
        cores = int(group.meta.get("nproc", ""))
    except (ValueError, IndexError):
        return []
    if load <= cores:
        return []
    return ["", f"**The machine was busy** (1-minute load {load:.1f} on {cores} cores): times are inflated and "
            "ratios noisy; re-run on a quiet machine before quoting them."]


def notes_lines(group):
    planned = int(group.meta.get("runs", "0") or 0)
    for ident in group.order:
        t = group.timings.get(ident)
        if group.median(ident) is not None and len(t.get("times", [])) < planned:
            label = group.status[ident][0]
            group.note(f"{len(t['times'])} runs, no warm-up (its first run took more than 30 s)", label)
    if not group.notes:
        return []
    lines = ["", "Notes:", ""]
    lines += [f"{i}. {', '.join(labels)}: {text}" for i, (text, labels) in enumerate(group.notes, 1)]
    return lines


def notebook_section(group):
    lines = [
        "## Notebook: nbrun vs Jupyter on the first lesson",
        "",
        "Whole processes, from launch to the written file: nbrun renders `Notebooks/how-llms-work.md` to HTML; its "
        "Python twin `bench/peers/how-llms-work.ipynb` is executed and converted by `jupyter nbconvert`, and run "
        "with parameters by `papermill` (compared with `nbrun --param`). Ratio = peer median / nbrun median "
        "(above 1: nbrun is faster).",
        "",
    ]
    lines += machine_lines(group)
    lines += [
        "",
        "| command | median | min | max | mean ± σ | runs | median vs nbrun |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for ident, command, against in NOTEBOOK_ROWS:
        median_cell = group.cell(ident)
        t = group.timings.get(ident) if group.median(ident) is not None else None
        if t is None:
            lines.append(f"| {command} | {median_cell} | | | | | |")
            continue
        if against is None:
            versus = "reference"
        else:
            reference = group.median(against)
            if reference is None and against == "nbrun-params":
                reference = group.median("nbrun")
            versus = fmt_ratio(ratio(t["median"], reference))
        lines.append(
            f"| {command} | {fmt_time(t['median'])} | {fmt_time(t['min'])} | {fmt_time(t['max'])} | "
            f"{fmt_time(t['mean'])} ± {fmt_time(t['stddev'] or 0)} | {len(t.get('times', []))} | {versus} |"
        )
    lines += notes_lines(group)
    return lines


def case_title(name):
    path = BENCH_DIR / "lang" / f"{name}.md"
    if path.exists():
        for line in path.read_text().splitlines():
            if line.startswith("# "):
                return line[2:].strip()
    return name


def lang_section(group):
    lines = [
        "## Cell language vs CPython",
        "",
        "Each case is one Swift cell (`bench/lang/NAME.md`, run by nbrun) and its Python twin (`bench/lang/NAME.py`, "
        "run by CPython); both print the same checksum, and the Swift also runs compiled with `swiftc -O` as a "
        "sanity check. *Raw* is the whole process; *corrected* subtracts the tool's start-up (the `start-up` row: "
        "`python3 -c pass`, and nbrun on `bench/lang/empty.md`). Ratio = nbrun / CPython (below 1: nbrun is "
        "faster). Target: corrected ratio ≤ 1.0 for every case, ≤ 0.5 for the arithmetic loop.",
        "",
    ]
    lines += machine_lines(group)
    lines += [
        "",
        "| case | checksum | swiftc -O | CPython | nbrun | ratio (raw) | CPython corrected | nbrun corrected "
        "| ratio (corrected) | target | met |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |",
    ]
    py_start = group.median("python-startup")
    nb_start = group.median("nbrun-startup")
    py_cell = group.cell("python-startup")
    nb_cell = group.cell("nbrun-startup")
    lines.append(f"| start-up | | | {py_cell} | {nb_cell} | {fmt_ratio(ratio(nb_start, py_start))} "
                 "| | | | | |")
    cases = [ident[: -len("-python")] for ident in group.order if ident.endswith("-python")
             and ident != "python-startup"]
    met_count = 0
    for name in cases:
        py = group.median(f"{name}-python")
        nb = group.median(f"{name}-nbrun")
        py_corr = corrected(py, py_start)
        nb_corr = corrected(nb, nb_start)
        corrected_ratio = ratio(nb_corr, py_corr)
        target = LANG_TARGETS.get(name, DEFAULT_LANG_TARGET)
        met = ""
        if corrected_ratio is not None:
            met = "yes" if corrected_ratio <= target else "no"
            met_count += met == "yes"
        lines.append(
            f"| {name}: {case_title(name)} | {group.checksums.get(name, '')} | {group.cell(name + '-swiftc')} | "
            f"{group.cell(name + '-python')} | {group.cell(name + '-nbrun')} | {fmt_ratio(ratio(nb, py))} | "
            f"{fmt_time(py_corr) if py_corr is not None else '–'} | "
            f"{fmt_time(nb_corr) if nb_corr is not None else '–'} | {fmt_ratio(corrected_ratio)} | "
            f"≤ {target:.1f} | {met} |"
        )
    measured = sum(1 for name in cases if ratio(corrected(group.median(f"{name}-nbrun"), nb_start),
                                                corrected(group.median(f"{name}-python"), py_start)) is not None)
    summary = f"Targets met: {met_count} of {len(cases)} cases"
    if measured < len(cases):
        summary += f" ({len(cases) - measured} not measured: see the notes)"
    lines += ["", summary + "."]
    lines += notes_lines(group)
    return lines


COMPILE_ROWS = (
    # id, what the cell holds, lines of code in the cell
    ("chain-200", "200 chained calls: `xs.reversed().reversed()…`", 3),
    ("nested-50", "50 nested tensor expressions: `x.adding(x.adding(…))`", 3),
    ("map-100", "100 chained closures: `.map { $0 + 1 }…`", 3),
    ("closures-20", "20 nested closures passed to a generic method: `b.apply { a in a + b.apply { … } }`", 4),
    ("lines-500", "500 ordinary lines (declarations, arithmetic, calls, loops, strings)", 500),
    ("lines-5000", "the same mix, 5,000 lines", 5000),
    ("lines-20000", "the same mix, 20,000 lines", 20000),
)


def cpu_seconds(group, ident):
    """Mean user + system seconds of a command that ran and was timed (hyperfine's means), else None: unlike the
    wall-clock median, it hardly changes when other processes share the cores."""
    if group.median(ident) is None:
        return None
    return group.timings[ident].get("user", 0.0) + group.timings[ident].get("system", 0.0)


def compile_section(group):
    """Compile cost of long and deeply nested cells (issue 12): whole renders minus nbrun's start-up."""
    lines = [
        "## Compile cost of the cell language",
        "",
        "One-cell notebooks generated by `bench/compile/make_cases.py`, rendered with `--no-cache`; each page must "
        "show the checksum its cell prints (the 500-line program prints what `swiftc` prints). *Net* subtracts "
        "nbrun's start-up (`bench/lang/empty.md`); it is parse + compile + a run that takes microseconds; *net CPU* "
        "does the same with user + system time, which a busy machine inflates far less. Target: "
        "nested and chained expressions in well under a second, and time per line about the same for 500, 5,000 "
        "and 20,000 lines (compile cost linear in the size of the cell).",
        "",
    ]
    lines += machine_lines(group)
    lines += ["", "| case | median | min | max | runs | net | net per line | net CPU per line |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    start = group.median("startup")
    start_cpu = cpu_seconds(group, "startup")
    lines.append("| start-up (`empty.md`) | " + " | ".join(timing_cells(group, "startup")) + " | | | |")
    per_line, cpu_per_line = {}, {}
    for ident, text, count in COMPILE_ROWS:
        if ident not in group.status:
            continue
        net = corrected(group.median(ident), start)
        net_cpu = corrected(cpu_seconds(group, ident), start_cpu)
        each = each_cpu = ""
        if net is not None and count >= 100:  # long cells only
            per_line[ident] = net / count
            each = f"{net / count * 1000:.3f} ms"
        if net_cpu is not None and count >= 100:
            cpu_per_line[ident] = net_cpu / count
            each_cpu = f"{net_cpu / count * 1000:.3f} ms"
        lines.append(f"| {text} | " + " | ".join(timing_cells(group, ident)) +
                     f" | {fmt_time(net) if net is not None else '–'} | {each} | {each_cpu} |")
    for ident, words in (("lines-5000", "5,000"), ("lines-20000", "20,000")):
        if "lines-500" in per_line and ident in per_line:
            growth = per_line[ident] / per_line["lines-500"]
            sentence = f"Time per line, {words} lines against 500: {growth:.2f}× (1.0 is linear)"
            if "lines-500" in cpu_per_line and ident in cpu_per_line:
                sentence += f"; CPU time (user + system) per line: {cpu_per_line[ident] / cpu_per_line['lines-500']:.2f}×"
            lines += ["", sentence + "."]
    lines += notes_lines(group)
    return lines


def corrected(median, startup):
    """A median minus the tool's start-up, floored at 0.1 ms so ratios stay defined."""
    if median is None or startup is None:
        return None
    return max(median - startup, 0.0001)


PLOT_CASES = (
    # id prefix, what is drawn
    ("scatter-100k", "scatter of 100 000 points (`bench/plots/scatter-100k.md`)"),
    ("heatmap-64", "64×64 heat map (`bench/plots/heatmap-64.md`)"),
)


def timing_cells(group, ident):
    """The median, min, max and runs cells of a timed command (or its status and three empty cells)."""
    if group.median(ident) is None:
        return [group.cell(ident), "", "", ""]
    t = group.timings[ident]
    return [fmt_time(t["median"]), fmt_time(t["min"]), fmt_time(t["max"]), str(len(t.get("times", [])))]


def fmt_bytes(count):
    if count is None:
        return ""
    if count >= 1_000_000:
        return f"{count / 1_000_000:.2f} MB"
    if count >= 10_000:
        return f"{count / 1000:.0f} kB"
    return f"{count:,} B".replace(",", " ")


def plots_section(group):
    sizes = {fields[0]: int(fields[1]) for fields in read_tsv(group.folder / "sizes.tsv") if len(fields) >= 2}
    lines = [
        "## Plots: nbrun vs matplotlib",
        "",
        "Whole processes: nbrun renders a one-cell notebook (`bench/plots/NAME.md`: seeded data, `Figure`, one "
        "chart, `show`) to an HTML page; its twin `bench/plots/NAME.py` draws the same data with matplotlib "
        "(`svg` backend) in the venv's python and saves an SVG file. Both print a check line (`points: 100000`, "
        "`cells: 4096`) that the harness looks for. Ratio = matplotlib median / nbrun median (above 1: nbrun is "
        "faster). The start-up rows are the fixed costs included in every row below them: nbrun on "
        "`bench/lang/empty.md`, and python importing matplotlib and numpy. *SVG* is the plot's size: for nbrun "
        "the `<svg>` element inlined in the page (measured by `bench/plots/svg_bytes.py`), for matplotlib the "
        "file it saved. matplotlib writes each of the 100 000 markers as its own element; nbrun thins markers "
        "beyond 4000 to one per grid cell (`docs/plots.md`). matplotlib's `imshow` embeds the heat map as a PNG "
        "image in the SVG, nbrun draws vector cells (one path per colour).",
        "",
    ]
    lines += machine_lines(group)
    if group.meta.get("peers"):
        lines.append(f"- Peers: {group.meta['peers']}.")
    lines += [
        "",
        "| plot | command | median | min | max | runs | median vs nbrun | SVG |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    rows = [("start-up", "nbrun-startup", "matplotlib-startup")]
    rows += [(title, f"{name}-nbrun", f"{name}-matplotlib") for name, title in PLOT_CASES]
    for title, nbrun_id, peer_id in rows:
        for ident, tool in ((nbrun_id, "nbrun"), (peer_id, "matplotlib")):
            versus = "reference" if ident == nbrun_id else fmt_ratio(ratio(group.median(ident),
                                                                            group.median(nbrun_id)))
            if group.median(ident) is None:
                versus = ""
            cells = [title if ident == nbrun_id else "", tool] + timing_cells(group, ident)
            cells += [versus, fmt_bytes(sizes.get(ident))]
            lines.append("| " + " | ".join(cells) + " |")
    lines += notes_lines(group)
    return lines


def site_section(group):
    lines = [
        "## Site: the whole course",
        "",
        "Whole processes: `nbrun Notebooks/ -o bench/out/site` renders every notebook of the course (nbrun runs "
        "them in parallel) plus `index.html`. No peer. For reference, each notebook is also rendered alone "
        "(`nbrun Notebooks/NAME.md -o …`); the sum of those medians is what rendering the notebooks one by one "
        "would cost, each with its own process start-up.",
        "",
    ]
    lines += machine_lines(group)
    lines += [
        "",
        "| command | median | min | max | runs |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    lines.append("| **`nbrun Notebooks/ -o bench/out/site`** | " + " | ".join(timing_cells(group, "site")) + " |")
    site_cpu = None
    if group.median("site") is not None:
        site_cpu = group.timings["site"].get("user", 0.0) + group.timings["site"].get("system", 0.0)
    singles = [ident for ident in group.order if ident.startswith("single-")]
    total, complete = 0.0, bool(singles)
    for ident in singles:
        label = group.status[ident][0]
        lines.append(f"| `nbrun Notebooks/{label} -o …` | " + " | ".join(timing_cells(group, ident)) + " |")
        if group.median(ident) is None:
            complete = False
        else:
            total += group.median(ident)
    if complete:
        lines.append(f"| sum of the {len(singles)} single-notebook medians | {fmt_time(total)} | | | |")
        site = group.median("site")
        if site is not None:
            lines += ["", f"The whole site took {fmt_ratio(ratio(site, total))} the sum of the single-notebook "
                          f"times ({fmt_time(site)} against {fmt_time(total)})."]
    else:
        lines += ["", "No sum: not every notebook rendered alone (see the notes)."]
    if site_cpu is not None:
        lines += ["", f"CPU time of the whole course rendered cold (user + system of nbrun and the processes it waits "
                      f"for, mean of the runs): {fmt_time(site_cpu)}; target ≤ 30 s of CPU on the bench machine: "
                      f"{'met' if site_cpu <= 30 else 'NOT met'}."]
    lines += notes_lines(group)
    return lines


MODULES_ROWS = (
    # title, Swift (id, key), peer (id, key), peer name, unit, target (minimum Swift / peer speed) or None
    ("matmul float64 256×256", ("swift-matmul", "matmul-float64-256"), ("numpy-matmul", "matmul-float64-256"),
     "NumPy", "GFLOP/s", 1.0),
    ("matmul float64 1024×1024", ("swift-matmul", "matmul-float64-1024"), ("numpy-matmul", "matmul-float64-1024"),
     "NumPy", "GFLOP/s", 1.0),
    ("matmul float32 256×256", ("swift-matmul", "matmul-float32-256"), ("numpy-matmul", "matmul-float32-256"),
     "NumPy", "GFLOP/s", 1.0),
    ("matmul float32 1024×1024", ("swift-matmul", "matmul-float32-1024"), ("numpy-matmul", "matmul-float32-1024"),
     "NumPy", "GFLOP/s", 1.0),
    ("MLP 2-16-16-1, 400 two-moons points, 150 epochs, batch 32", ("swift-mlp", "mlp"), ("numpy-mlp", "mlp"),
     "NumPy (hand-written backward)", "ms", 1.0),
    ("user MLP loop, nbrun cell vs PyTorch eager (2-16-16-1, 400 two-moons points, 500 full-batch Adam steps)",
     ("nbrun-usermlp", "user-mlp"), ("torch-usermlp", "user-mlp"), "PyTorch eager", "ms", 1.0),
    ("GPT training step, float64 (B 16, T 64, d 64, 2 layers, 4 heads)", ("swift-gptstep", "gptstep"),
     ("torch-gptstep", "gptstep-float64"), "PyTorch float64", "ms", 1.5),
    ("GPT training step, float32 (PyTorch's default)", ("swift-gptstep", "gptstep-float32"),
     ("torch-gptstep", "gptstep-float32"), "PyTorch float32", "ms", 1.5),
    ("GPT training step, float64, Swift autograd tape (the MoE path) vs PyTorch float64",
     ("swift-gptstep", "gptstep-autograd"), ("torch-gptstep", "gptstep-float64"), "PyTorch float64", "ms", None),
)


def modules_values(group):
    """{(id, key): [value per repeat]} from values.tsv, for rows whose program ran."""
    values = {}
    for fields in read_tsv(group.folder / "values.tsv"):
        if len(fields) >= 5:
            try:
                values.setdefault((fields[0], fields[2]), []).append(float(fields[3]))
            except ValueError:
                continue
    return values


def median_of(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def fmt_value(value, unit):
    if unit == "GFLOP/s":
        return f"{value:.1f}"
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def modules_section(group):
    values = modules_values(group)
    lines = [
        "## Modules: Swift vs NumPy and PyTorch",
        "",
        "Not whole processes: each program times its own work in-process and prints a median — `ModulesBench` "
        "(`Modules/Sources/ModulesBench`, release build) for Swift, `bench/modules/matmul.py`, `mlp.py` (NumPy) "
        "and `gpt_step.py` (PyTorch) for the peers. matmul: median of 200 products at 256 and 20 at 1024 after a "
        "warm-up; MLP: median of 5 full trainings after a warm-up; GPT step (sampling 16 windows of the course "
        "corpus, forward, cross-entropy, backward, one Adam update): Swift 10 steps after 0.3 s of warm-up, "
        "PyTorch 20 steps after 5 warm-ups. Process start-up, imports and data loading are left out: they would swamp "
        "millisecond workloads. The harness runs every program once per round, interleaved, for "
        f"{group.meta.get('runs', '?')} rounds, and reports the median of the programs' medians with the "
        "min–max over rounds. *Swift vs peer*: above 1, Swift is faster (GFLOP/s Swift / peer; times peer / "
        "Swift). The user MLP loop is a lesson's cell (`bench/modules/user_mlp.md`: tensor operators, "
        "`Adam(parameters:)`), timed by nbrun itself (the cell's `seconds` in `nbrun convert --to json`, one run per "
        "round, release build) against the same loop in PyTorch eager (`user_mlp.py`, median of 5). "
        "Targets (issue 20): matmul at ≥ 1.0× NumPy's GFLOP/s, the MLP at least as fast as its NumPy twin, "
        "the user MLP loop at least as fast as PyTorch eager (issue 14), "
        "the GPT step ≥ 1.5× PyTorch. The BLAS line names the library, version and kernels (core) each side ran "
        "on; a Swift core narrower than the CPU's vector instructions is flagged above the table. The "
        "Swift step is `GPTTrainer`'s fused engine (`Modules/Sources/Transformer/Fused`) in float64 and in "
        "float32; the PyTorch twin (`torch.set_num_threads(2)`, Adam, `scaled_dot_product_attention`) runs in "
        "both too, and each is compared with the same precision. The autograd row is the `Tensor` tape that "
        "mixture-of-experts models still train on.",
        "",
    ]
    if group.meta.get("blas-warning"):
        lines += [f"**Swift ran generic BLAS kernels**: {group.meta['blas-warning']}. Its matrix products (and "
                  "every row below) measure the wrong kernels; see `nbrun doctor`.", ""]
    lines += machine_lines(group, runs=f"{group.meta.get('runs', '?')} rounds of every program")
    for key, title in (("cpu-isa", "CPU"), ("peers", "Peers"), ("blas", "BLAS"), ("modulesbench", "ModulesBench")):
        if group.meta.get(key):
            lines.append(f"- {title}: {group.meta[key]}.")
    lines += [
        "",
        "| benchmark | unit | Swift | peer | peer value | Swift vs peer | target | met |",
        "| --- | --- | ---: | --- | ---: | ---: | ---: | :---: |",
    ]
    met_count = targets = 0
    for title, swift, peer, peer_name, unit, target in MODULES_ROWS:
        cells = []
        medians = []
        for ident, key in (swift, peer):
            got = values.get((ident, key)) if group.status.get(ident, ("", "", ""))[1] == "ok" else None
            if got:
                m = median_of(got)
                medians.append(m)
                spread = f" ({fmt_value(min(got), unit)}–{fmt_value(max(got), unit)})" if len(got) > 1 else ""
                cells.append(fmt_value(m, unit) + spread)
            else:
                medians.append(None)
                cells.append(group.cell(ident) if ident in group.status else "not run")
        swift_m, peer_m = medians
        speed = ratio(swift_m, peer_m) if unit == "GFLOP/s" else ratio(peer_m, swift_m)
        met = ""
        if target is not None:
            targets += 1
            if speed is not None:
                met = "yes" if speed >= target else "no"
                met_count += met == "yes"
        target_cell = f"≥ {target:.2f}" if target is not None else ""
        lines.append(f"| {title} | {unit} | {cells[0]} | {peer_name} | {cells[1]} | {fmt_ratio(speed)} | "
                     f"{target_cell} | {met} |")
    lines += ["", f"Targets met: {met_count} of {targets} rows (matmul ≥ 1.0× NumPy, MLP ≥ 1.0× NumPy, the GPT step "
                  "≥ 1.5× PyTorch)."]
    lines += notes_lines(group)
    return lines


LOOP_ROWS = (
    # id, issue target (seconds) or None, target text
    ("cold", None, "the comparison"),
    ("cold-cache", "cold", "no slower (± 5 %)"),
    ("unchanged", None, ""),
    ("description", 0.2, "≤ 200 ms"),
    ("prose", 0.2, "≤ 200 ms"),
    ("last-cell", 1.0, "≤ 1 s"),
    ("site-unchanged", None, ""),
    ("site-prose", 1.0, "≤ 1 s"),
    ("preview", 0.3, "≤ 300 ms"),
)


def loop_section(group):
    lines = [
        "## Loop: the author's loop (cache, incremental re-runs, preview)",
        "",
        "Whole processes on a copy of the course (`bench/out/loop/course`, its `.nbrun-cache` inside) and the GPT "
        "lesson `come-funzionano-gli-llm.md`. Each edit row applies a new edit before every timed run "
        "(`bench/loop/edit.py`, untimed hyperfine `--prepare`). The preview row is measured by "
        "`bench/loop/preview_reload.py`: from writing the edited `how-llms-work.md` to having fetched the page with "
        "the edit after the long poll answered (what the reload script does). A one-letter prose typo changes "
        "`courseText()` (the prose of the whole course), which the GPT lesson trains on: its training cell and the "
        "cells that read the model run again, by design.",
        "",
    ]
    lines += machine_lines(group, runs=f"{group.meta.get('runs', '?')} timed runs per row after 1 warm-up "
                                       "(rows slower than 30 s: 2 runs, no warm-up)")
    lines += ["", "| case | median | min | max | runs | vs cold | target | met |",
              "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |"]
    cold = group.median("cold")
    for ident, target, text in LOOP_ROWS:
        if ident not in group.status:
            continue
        label = group.status[ident][0]
        seconds = group.median(ident)
        met = ""
        if seconds is not None and isinstance(target, float):
            met = "yes" if seconds <= target else "no"
        elif seconds is not None and target == "cold" and cold:
            met = "yes" if seconds <= cold * 1.05 else "no"
        versus = fmt_ratio(ratio(seconds, cold)) if ident != "cold" else ""
        lines.append(f"| {label} | " + " | ".join(timing_cells(group, ident)) + f" | {versus} | {text} | {met} |")
    lines += notes_lines(group)
    return lines


def live_section(group):
    """The live page against the static page of the same lesson: render time and size (issue 16: ≤ 3 s, ≤ 1 MB)."""
    sizes = dict((f[0], int(f[1])) for f in read_tsv(group.folder / "sizes.tsv") if len(f) >= 2)
    lines = [
        "## Live page: the first lesson with moving controls",
        "",
        "Whole processes: `nbrun Notebooks/how-llms-work.md --static` writes the page as before (controls drawn at "
        "their values); `nbrun Notebooks/how-llms-work.md` writes the live page, which also computes and stores the "
        "outputs of every combination of the controls' values (slope 30 × intercept 71 values; temperature 20 × "
        "top-k 8 × top-p 19 values). Budget: at most 3 s and at most 1 MB more than the static page.",
        "",
    ]
    lines += machine_lines(group)
    lines += [
        "",
        "| command | median | min | max | runs | page size |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for ident, label in (("static", "`nbrun Notebooks/how-llms-work.md --static -o …`"),
                         ("live", "`nbrun Notebooks/how-llms-work.md -o …` (live page)")):
        lines.append(f"| {label} | " + " | ".join(timing_cells(group, ident)) + f" | {fmt_bytes(sizes.get(ident))} |")
    static, live = group.median("static"), group.median("live")
    if static is not None and live is not None and "static" in sizes and "live" in sizes:
        growth = sizes["live"] - sizes["static"]
        lines += ["", f"The live page took {fmt_time(live)} ({fmt_ratio(ratio(live, static))} the static page's "
                      f"{fmt_time(static)}; budget 3 s: {'met' if live <= 3 else 'NOT met'}) and grew the page by "
                      f"{fmt_bytes(growth)} (budget 1 MB: {'met' if growth <= 1_000_000 else 'NOT met'})."]
    lines += notes_lines(group)
    return lines


TITLES = {
    "notebook": "Notebook: nbrun vs Jupyter",
    "lang": "Cell language vs CPython",
    "compile": "Compile cost of the cell language",
    "plots": "Plots: nbrun vs matplotlib",
    "site": "Site: the whole course",
    "modules": "Modules: Swift vs NumPy and PyTorch",
    "live": "Live page: the first lesson with moving controls",
    "loop": "Loop: the author's loop (cache, incremental re-runs, preview)",
}
SECTION_RE = r"<!-- group:{0} -->\n(.*?)<!-- /group:{0} -->"


def previous_sections(path):
    if not path.exists():
        return {}
    text = path.read_text()
    found = {}
    for name in GROUPS:
        match = re.search(SECTION_RE.format(name), text, re.S)
        if match:
            found[name] = match.group(1)
    return found


def render(results, output):
    old = previous_sections(output)
    parts = [
        "# Benchmark results",
        "",
        "Written by `bench/run.sh` (see `bench/README.md` for what is measured and how). Times are medians of "
        "whole-process wall-clock times measured by hyperfine; min/max show the spread.",
        "",
    ]
    renderers = {"notebook": notebook_section, "lang": lang_section, "compile": compile_section, "plots": plots_section,
                 "site": site_section, "modules": modules_section, "live": live_section, "loop": loop_section}
    for name in GROUPS:
        folder = results / name
        parts.append(f"<!-- group:{name} -->")
        if (folder / "status.tsv").exists():
            body = "\n".join(renderers[name](Group(folder))) + "\n"
        elif name in old:
            body = old[name]
        else:
            title = TITLES[name]
            body = f"## {title}\n\nNot run yet: `bench/run.sh {name}`.\n"
        parts.append(body.rstrip("\n"))
        parts.append(f"<!-- /group:{name} -->")
        parts.append("")
    return "\n".join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, default=BENCH_DIR / "out" / "results")
    parser.add_argument("--output", type=Path, default=BENCH_DIR / "RESULTS.md")
    args = parser.parse_args()
    text = render(args.results, args.output)
    args.output.write_text(text)


if __name__ == "__main__":
    main()

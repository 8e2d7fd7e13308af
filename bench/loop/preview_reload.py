#!/usr/bin/env python3
"""Times `nbrun preview`'s loop: save an edit → the open page's long poll answers → the new page is fetched.

    preview_reload.py NBRUN NOTEBOOK RUNS OUTPUT.json

Starts `nbrun preview NOTEBOOK --port 0`, waits for the first build, then RUNS times (after one warm-up): applies a
new one-letter prose edit (edit.py prose), and measures from the write to the moment the page with the edit has
been fetched, as the reload script would. Writes the times in hyperfine's JSON shape for bench/report.py.
"""
import json
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import edit  # noqa: E402


def get(url, timeout=60):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read().decode()


def main():
    nbrun, notebook, runs, output = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
    process = subprocess.Popen([nbrun, "preview", str(notebook), "--port", "0", "--progress", "none"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = process.stdout.readline()
        base = line[line.index("http://"):].split()[0]
        build = 0
        while build < 1:
            build = json.loads(get(base + "__nbrun/changes?since=0"))["build"]
        times = []
        for run in range(runs + 1):
            old_lines = set(notebook.read_text().splitlines())
            text = edit.edited("prose", notebook)
            changed = [line for line in text.splitlines() if line not in old_lines][0]
            word = next(w for w in changed.split() if w not in " ".join(old_lines).split())
            started = time.perf_counter()
            notebook.write_text(text)
            answer = json.loads(get(f"{base}__nbrun/changes?since={build}"))
            page = get(base)
            elapsed = time.perf_counter() - started
            build = answer["build"]
            if "data-nbrun-live-reload" not in page or word not in page:
                sys.exit(f"the reloaded page lacks the edit ({word!r}) or the reload script")
            if run > 0:
                times.append(elapsed)
        output.write_text(json.dumps({"results": [{
            "command": f"nbrun preview {notebook}: save → page reloaded",
            "median": statistics.median(times), "min": min(times), "max": max(times), "mean": statistics.mean(times),
            "times": times}]}))
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)


if __name__ == "__main__":
    main()

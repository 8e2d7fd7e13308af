#!/usr/bin/env python3
"""Checks `nbrun preview` in a real browser (headless Chromium driven by Selenium): the page loads with no console
errors, and after the notebook is saved with an edit the open page reloads by itself and shows it.

Usage: scripts/preview-browser-check.py [NBRUN] [NOTEBOOK]
  (defaults: .build/debug/nbrun and a copy of Notebooks/how-llms-work.md in a temporary folder)
Needs `pip install selenium` and the system's chromium and chromedriver (apt-get install chromium chromium-driver).
Prints the time from the save to the edited text being visible in the browser. Exit code 1 when a check fails.
"""
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = Path(__file__).resolve().parent.parent


def main():
    nbrun = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".build/debug/nbrun")
    folder = Path(tempfile.mkdtemp(prefix="nbrun-browser-"))
    source = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "Notebooks/how-llms-work.md"
    notebook = folder / source.name
    shutil.copy(source, notebook)
    server = subprocess.Popen([nbrun, "preview", str(notebook), "--port", "0", "--progress", "none"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,900"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    failures = []
    try:
        line = server.stdout.readline()
        url = line[line.index("http://"):].split()[0]
        print(f"preview at {url}")
        browser.get(url)
        deadline = time.time() + 300
        while "data-nbrun-live-reload" not in browser.page_source or "rendering" in browser.title.lower():
            if time.time() > deadline:
                sys.exit("the first build never appeared")
            time.sleep(0.1)
        browser.execute_script("window.scrollTo(0, 600); window.__nbrunMarker = 'old page';")
        time.sleep(0.3)
        text = notebook.read_text()
        marker = "Modifica salvata nel browser."
        started = time.perf_counter()
        notebook.write_text(text.replace("\n\n", f"\n\n{marker}\n\n", 1) if "---" not in text[:3]
                            else text.replace("\n---\n", f"\n---\n\n{marker}\n", 1))
        while marker not in browser.find_element("tag name", "body").text:
            if time.perf_counter() - started > 60:
                failures.append("the page did not reload with the edit within 60 s")
                break
            time.sleep(0.01)
        elapsed = time.perf_counter() - started
        while browser.execute_script("return document.readyState") != "complete":
            time.sleep(0.01)
        reloaded = browser.execute_script("return window.__nbrunMarker === undefined")
        scroll = browser.execute_script("return window.scrollY")
        print(f"save → edit visible in the browser: {elapsed * 1000:.0f} ms (reloaded: {reloaded}, scrollY {scroll})")
        if not reloaded:
            failures.append("the page changed without a reload")
        # The script restores 600; the browser's scroll anchoring may then move it a little as images settle.
        if abs(scroll - 600) > 150:
            failures.append(f"the scroll position was not kept (scrollY {scroll}, expected about 600)")
        # Remote images cannot load on an offline machine; everything served by the preview must.
        errors = [entry for entry in browser.get_log("browser")
                  if entry.get("level") == "SEVERE" and "127.0.0.1" in entry.get("message", "")]
        if errors:
            failures.append(f"console errors: {errors}")
    finally:
        browser.quit()
        server.send_signal(signal.SIGINT)
        server.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)
    for failure in failures:
        print("FAIL:", failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

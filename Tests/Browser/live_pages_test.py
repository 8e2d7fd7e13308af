#!/usr/bin/env python3
"""Real-browser test of live pages: headless Chromium, driven by Selenium, moves the controls of the first lesson as a
user does (keyboard on sliders, the select's options, clicks on toggles) and checks that every output the page then
shows — printed text and SVG plots — is exactly what the page rendered by `nbrun --static --param …` with the same
values shows (both read back from the browser's DOM, so both go through the same HTML parser).

Usage: live_pages_test.py NBRUN NOTEBOOK COMBINATIONS [ARGUMENT...]   (exit code 1 when a check fails)
The ARGUMENTs are given to nbrun for the live page (e.g. --live-max-states 200).
"""
import json
import os
import random
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select


def browser(scripts=True):
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1200,2000"):
        options.add_argument(argument)
    if not scripts:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def render(nbrun, notebook, output, *arguments):
    subprocess.run([nbrun, notebook, "-o", output, "--quiet", *arguments], check=True)


def outputs(driver, cell_ids):
    return {cell: driver.execute_script(
        "var o = document.querySelector('#' + arguments[0] + ' > .outputs'); return o ? o.innerHTML : null;", cell)
        for cell in cell_ids}


def set_control(driver, control, index):
    """Moves one control to value `index` as a user would."""
    element = driver.find_element(By.ID, "param-" + control["n"])
    kind = element.get_attribute("type")
    if element.tag_name == "select":
        Select(element).select_by_index(index)
    elif kind == "checkbox":
        if element.is_selected() != (control["v"][index] == "true"):
            element.click()
    else:
        current = int(element.get_attribute("value"))
        key = Keys.ARROW_RIGHT if index > current else Keys.ARROW_LEFT
        element.send_keys(*([key] * abs(index - current)))
        if int(element.get_attribute("value")) != index:
            raise AssertionError(f"slider {control['n']} is at {element.get_attribute('value')}, not {index}")


def main():
    nbrun, notebook = sys.argv[1], sys.argv[2]
    combinations = int(sys.argv[3])
    folder = tempfile.mkdtemp(prefix="nbrun-browser-")
    live_page = os.path.join(folder, "live.html")
    render(nbrun, notebook, live_page, *sys.argv[4:])
    with open(live_page, encoding="utf-8") as handle:
        html = handle.read()
    start = html.index('<script type="application/json" id="nbrun-live-data">')
    data = json.loads(html[html.index(">", start) + 1:html.index("</script>", start)])
    controls = data["k"]
    cell_ids = [cell["id"] for group in data["g"] for cell in group["x"]]
    if not controls or not cell_ids:
        sys.exit("live_pages_test: the page has no moving controls")
    every_combination = all(group["a"] == 1 for group in data["g"])
    by_name = {control["n"]: control for control in controls}
    print(f"live_pages_test: {len(data['g'])} groups, "
          + ("every combination" if every_combination else "some groups hold each control moved alone"))
    failures = 0
    generator = random.Random(20261202)
    driver = browser()
    try:
        driver.get("file://" + live_page)
        logs = driver.get_log("browser") if hasattr(driver, "get_log") else []
        # The lesson's remote images cannot load offline; anything else logged as an error is a failure.
        severe = [entry for entry in logs if entry.get("level") == "SEVERE" and entry.get("source") != "network"]
        if severe:
            print("console errors:", severe)
            failures += 1
        for number in range(combinations):
            choice = {control["n"]: control["i"] for control in controls}  # the first: back to the run's values
            for group in data["g"] if number > 0 else []:
                # A group that holds every combination: move all its controls; else (each control moved alone) one.
                for name in group["c"] if group["a"] == 1 else [generator.choice(group["c"])]:
                    choice[name] = generator.randrange(len(by_name[name]["v"]))
            for control in controls:
                set_control(driver, control, choice[control["n"]])
            shown = outputs(driver, cell_ids)
            for control in controls:
                value = control["v"][choice[control["n"]]]
                announced = driver.find_element(By.ID, "param-" + control["n"] + "-value").text
                if announced != value:
                    print(f"control {control['n']} shows {announced!r}, not {value!r}")
                    failures += 1
            parameters = [word for control in controls
                          for word in ("--param", f"{control['n']}={control['v'][choice[control['n']]]}")]
            static_page = os.path.join(folder, f"static-{number}.html")
            render(nbrun, notebook, static_page, "--static", *parameters)
            live_url = driver.current_url
            driver.get("file://" + static_page)
            expected = outputs(driver, cell_ids)
            driver.get(live_url)
            for cell in cell_ids:
                if shown[cell] != expected[cell]:
                    print(f"combination {' '.join(parameters)}: cell {cell} differs from the static page")
                    failures += 1
            print(f"live_pages_test: {' '.join(parameters)}: {len(cell_ids)} cells compared")
    finally:
        driver.quit()
    # Without JavaScript the page is the run's page: the controls stay disabled, the outputs are the base state.
    driver = browser(scripts=False)
    try:
        driver.get("file://" + live_page)
        for control in controls:
            if driver.find_element(By.ID, "param-" + control["n"]).is_enabled():
                print(f"without JavaScript, control {control['n']} is enabled")
                failures += 1
        base_static = os.path.join(folder, "base-static.html")
        render(nbrun, notebook, base_static, "--static")
        shown = outputs(driver, cell_ids)
        driver.get("file://" + base_static)
        if shown != outputs(driver, cell_ids):
            print("without JavaScript, the live page's outputs differ from the static page's")
            failures += 1
    finally:
        driver.quit()
    if failures:
        sys.exit(f"live_pages_test: {failures} failure(s)")
    print(f"live_pages_test: ok ({combinations} combinations of {len(controls)} controls, {len(cell_ids)} live cells)")


if __name__ == "__main__":
    main()

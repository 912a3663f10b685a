"""`summarize serve` in a real browser: Debian's headless Chromium, driven by selenium, adds the
seed articles by upload and reads the summary's sources, a disagreement's sides and an answer's
highlight; it writes the screenshot the README shows (docs/serve.png)."""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
if not CHROMIUM.exists():
    pytest.skip("no /usr/bin/chromium: apt-get install chromium chromium-driver (as .ci/run does)",
                allow_module_level=True)

import uvicorn  # noqa: E402
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as seen  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from summarize.web.app import create_app  # noqa: E402
from tests.conftest import REPO, SEEDS  # noqa: E402

SCREENSHOT = REPO / "docs" / "serve.png"
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
         "--hide-scrollbars", "--window-size=1280,900")


@pytest.fixture(scope="module")
def server():
    """The app with no articles, served by uvicorn on a free localhost port in a thread."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    app = create_app()
    uv = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=uv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(200):
        if uv.started:
            break
        time.sleep(0.05)
    yield app, f"http://127.0.0.1:{sock.getsockname()[1]}"
    uv.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory, monkeypatch_module):
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def monkeypatch_module():
    """Selenium looks for no driver or browser on the network (Service names the driver; this is a second guard)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SE_OFFLINE", "true")
        yield patch


def wait_for(driver, css: str):
    return WebDriverWait(driver, 30).until(seen.presence_of_element_located((By.CSS_SELECTOR, css)))


def chip_labels(element) -> list[str]:
    return [chip.text for chip in element.find_elements(By.CSS_SELECTOR, ".chip")]


def test_add_the_seeds_then_read_sources_sides_and_an_answer(server, browser):
    app, url = server
    browser.get(url)
    browser.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(
        "\n".join(str(p) for p in sorted(SEEDS.glob("*.txt"))))
    browser.find_element(By.CSS_SELECTOR, "form.add button").click()
    wait_for(browser, "ol.summary li")

    # The summary: every sentence shows a chip per source, as the corpus reports them.
    corpus = app.state.desk.corpus
    assert len(corpus.documents) == 5
    rows = browser.find_elements(By.CSS_SELECTOR, "ol.summary > li")
    picked = corpus.summarize()
    assert [chip_labels(row) for row in rows] == [[d.split("_")[0] for d in s.sources] for s in picked]
    assert any(len(chip_labels(row)) >= 3 for row in rows)

    # A disagreement: both sides, each with its outlets.
    sides = {}
    for conflict in browser.find_elements(By.CSS_SELECTOR, "article.conflict"):
        values = [(side.find_element(By.CSS_SELECTOR, ".value").text, chip_labels(side))
                  for side in conflict.find_elements(By.CSS_SELECTOR, ".side")]
        sides[tuple(v for v, _ in values)] = [chips for _, chips in values]
    assert sides[("24 hours", "20 hours")] == [["000", "002", "003"], ["002"]]
    # 003 counts "heads of state", another noun
    assert sides[("26", "25")] == [["000", "004"], ["002"]]

    # A question: the short answer, highlighted in its evidence sentence.
    box = browser.find_element(By.CSS_SELECTOR, "form.ask input[name=q]")
    box.send_keys("How long is the train journey expected to take?")
    box.submit()
    wait_for(browser, ".answer strong")
    assert browser.find_element(By.CSS_SELECTOR, ".answer strong").text == "24 hours"
    marks = browser.find_elements(By.CSS_SELECTOR, "ol.evidence mark")
    assert marks and {m.text for m in marks} == {"24 hours"}
    first = browser.find_element(By.CSS_SELECTOR, "ol.evidence > li")
    assert "full journey is expected to take 24 hours" in first.text
    _screenshot(browser)

    # The evidence links to its sentence in the article.
    first.find_element(By.CSS_SELECTOR, "a.in-article").click()
    target = wait_for(browser, ".sentence:target")
    assert "expected to take 24 hours" in target.text
    assert browser.current_url.endswith("#doc-000_c10a78d90ce5a747-s2")


def _screenshot(driver) -> None:
    """The whole page at a desktop width, for the README."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(height + 120, 4000))
    driver.execute_script("window.scrollTo(0, 0)")
    SCREENSHOT.parent.mkdir(exist_ok=True)
    assert driver.save_screenshot(str(SCREENSHOT))

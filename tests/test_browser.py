"""The published pages in a real browser: Debian's Chromium, driven by Playwright."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from test_corpus import PLAN_VS_ACTUAL_2020

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def server(corpus_db):
    path, _, _ = corpus_db
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "minerals.cli", "serve", "--db", str(path), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    yield base, path.stem
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield browser.new_page(viewport={"width": 1200, "height": 900})
        browser.close()


def test_plan_vs_actual_page(server, page, tmp_path):
    base, db = server
    page.goto(f"{base}/{db}/plan_vs_actual?place=青川县&year=2020")
    rows = page.locator("table.rows-and-columns tbody tr")
    assert rows.count() == len(PLAN_VS_ACTUAL_2020)  # one row per target, each with its result
    assert "孕产妇死亡率控制在15/10万以内" in page.content()
    page.screenshot(path=str(tmp_path / "plan_vs_actual.png"), full_page=True)
    assert (tmp_path / "plan_vs_actual.png").stat().st_size > 10_000


def test_column_descriptions_are_folded_above_the_rows(server, page):
    """The 31 descriptions of plan_vs_actual's columns wait behind one line, and each is its heading's tooltip."""
    base, db = server
    page.goto(f"{base}/{db}/plan_vs_actual")
    folded = page.locator("details.column-descriptions-folded")
    assert folded.locator("summary").inner_text() == "What the 31 columns mean"
    assert not folded.locator("dl.column-descriptions").is_visible()
    assert page.locator("th.col-met").get_attribute("title").startswith("1 when the result meets the target")
    first_row = page.locator("table.rows-and-columns tbody tr").first
    folded_at = first_row.bounding_box()["y"]
    folded.locator("summary").click()
    assert folded.locator("dl.column-descriptions").is_visible()
    assert first_row.bounding_box()["y"] > folded_at + 600  # the screen and more the descriptions took


def test_chart_renders(server, page, tmp_path):
    base, db = server
    page.goto(f"{base}/-/charts/{db}/hypertension_standard_mgmt_rate")
    line = page.locator("svg.chart.line polyline.series")
    widths = [line.nth(i).bounding_box()["width"] for i in range(line.count())]
    assert max(widths) > 100  # 青川县, two years
    bar = page.locator("svg.chart.plan rect.actual").first
    box = bar.bounding_box()
    assert box["height"] > 20 and box["width"] > 5
    page.screenshot(path=str(tmp_path / "chart.png"), full_page=True)
    assert (tmp_path / "chart.png").stat().st_size > 10_000


def test_a_researcher_goes_from_the_home_page_to_a_targets_evidence_and_downloads_the_view(server, page):
    base, db = server
    page.goto(base + "/")
    page.click("text=plan_vs_actual")
    assert page.url == f"{base}/{db}/plan_vs_actual"
    page.goto(f"{base}/{db}/plan_vs_actual?place=青川县&year=2020&indicator_key=maternal_mortality_ratio")
    page.locator("td.col-target_fact a").first.click()
    assert "/-/evidence/" in page.url
    assert page.locator("mark").first.inner_text() == "15/10万以内"
    fact = page.url.rsplit("/", 1)[1]
    page.locator(".evidence ~ p a").first.click()  # the document the sentence is from: read there, the fact marked
    assert "/-/document/" in page.url and page.url.endswith(f"#{fact}")
    marked = page.locator(f'[id="{fact}"] mark')
    assert marked.inner_text() == "15/10万以内" and marked.is_visible()
    page.goto(f"{base}/{db}/plan_vs_actual?place=青川县")
    with page.expect_download() as info:
        page.click("a:text-is('csvbom')")
    assert info.value.suggested_filename == "plan_vs_actual.csv"
    text = Path(info.value.path()).read_text(encoding="utf-8")
    assert text.startswith("\ufeffplace,") and "孕产妇死亡率控制在15/10万以内" in text

"""The viewer in a real browser: Debian's chromium, headless, driven through its
chromedriver (selenium). The pages come from the real app served by uvicorn on loopback
(GET /briefs/{id}, GET /stories/{id}) and from the CLI's self-contained file
(`brief summarize|story --format html`) opened as file://.

Checked: each highlight's text is the article's text at its offsets, and the highlights
of an item put together are that item's text; hovering or focusing an item highlights
its span and scrolls it into view; clicking a highlight selects its item; Tab reaches
every item in the page's order; the removed text can be shown in place; quotes by
different speakers get different colours; unattributed quotes and warnings are shown;
text contrast; no sideways scrolling on a phone-sized window. Screenshots go to
test-artifacts/viewer/ (BRIEF_TEST_ARTIFACTS overrides the folder).

Without chromium the tests are skipped, and fail under BRIEF_REQUIRE_SERVERS=1 (CI).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from briefsmith.surfaces.http import create_app

from tests.api_synthetic import make_settings
from tests.pg_server import free_port, missing_server
from tests.viewer_articles import HARBOUR_PAGE, HARBOUR_TITLE, SECOND_OUTLET

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = Path(os.environ.get("BRIEF_TEST_ARTIFACTS", ROOT / "test-artifacts")) / "viewer"
CHROMIUM_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync "
    "--disable-dev-shm-usage"
).split()


def _find(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    chromium = _find("chromium", "chromium-browser")
    driver_path = _find("chromedriver")
    if chromium is None or driver_path is None:
        missing_server("chromium and chromedriver are not installed (bash .ci/setup installs them)")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        missing_server("selenium is not installed (pip install -e '.[dev]')")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="briefsmith-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument("--window-size=1280,900")
    driver = webdriver.Chrome(options=options, service=Service(driver_path))
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real app (extractive engine, SQLite) served by uvicorn in a thread."""
    settings = make_settings(tmp_path_factory.mktemp("viewer-db"), engine="extractive")
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def _shot(driver: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / f"{name}.png"))


MARKS_JS = """
const scope = arguments[0] ? document.getElementById(arguments[0]) : document;
return Array.from(scope.querySelectorAll('mark[data-items]')).map(m => [
  m.dataset.items.split(' '), Number(m.dataset.start), Number(m.dataset.end), m.textContent,
  m.dataset.primary]);
"""


def _runs(marks: list[list[Any]], item: str) -> list[str]:
    """The item's highlights put together: adjacent segments joined into one run."""
    runs: list[list[Any]] = []
    for _ids, start, end, text, _ in sorted((m for m in marks if item in m[0]), key=lambda m: m[1]):
        if runs and runs[-1][1] == start:
            runs[-1][1], runs[-1][2] = end, runs[-1][2] + text
        else:
            runs.append([start, end, text])
    return [run[2] for run in runs]


def _check_brief_highlights(driver: Any, result: dict[str, Any]) -> list[list[Any]]:
    text = result["article"]["text"]
    brief = result["brief"]
    marks = driver.execute_script(MARKS_JS, "article-text")
    assert marks, "no highlights at all"
    for _, start, end, shown, _ in marks:
        assert shown == text[start:end]
    for n, quote in enumerate(brief["quotes"], start=1):
        assert _runs(marks, f"q{n}") == [quote["text"]]
    for n, figure in enumerate(brief["figures"], start=1):
        assert _runs(marks, f"f{n}") == [figure["text"]]
    # A passage addressed to a model is marked too, as the warning says.
    if any(w["code"] == "instruction-like-text" for w in brief["meta"]["warnings"]):
        runs = _runs(marks, "i1")
        assert len(runs) == 1 and "previous instructions" in runs[0]
    for n, actor in enumerate(brief["actors"], start=1):
        runs = _runs(marks, f"a{n}")
        span = actor["span"]
        names = {actor["name"], *actor["aliases"], text[span["start"] : span["end"]]}
        assert runs and set(runs) <= names, (actor["name"], runs)
    return marks


def _hover_and_click(driver: Any, marks: list[list[Any]], result: dict[str, Any]) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    last_quote = f"q{len(result['brief']['quotes'])}"
    driver.execute_script("document.getElementById('article-text').parentElement.scrollTop = 0")
    item = driver.find_element(By.CSS_SELECTOR, f'button.item[data-item="{last_quote}"]')
    ActionChains(driver).move_to_element(item).perform()
    state = driver.execute_script(
        """
        const id = arguments[0];
        const found = Array.from(document.querySelectorAll(`mark[data-items~="${id}"]`));
        const others = document.querySelectorAll('mark.active:not([data-items~="' + id + '"])');
        const r = found[0].getBoundingClientRect();
        const pane = found[0].closest('section').getBoundingClientRect();
        return [found.length, found.every(m => m.classList.contains('active')), others.length,
                r.top >= pane.top && r.bottom <= pane.bottom && r.bottom <= innerHeight];
        """,
        last_quote,
    )
    assert state == [state[0], True, 0, True] and state[0] >= 1
    _shot(driver, "brief-hover-quote")

    # Clicking a highlight selects its item (the innermost one: a figure in a quote).
    figure_marks = [m for m in marks if m[4] == "f1"]
    target = driver.find_element(
        By.CSS_SELECTOR, f'mark[data-start="{figure_marks[0][1]}"][data-primary="f1"]'
    )
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", target)
    target.click()
    selected = driver.execute_script(
        "const a = document.activeElement;"
        "return [a.dataset.item, a.getAttribute('aria-current'),"
        " document.querySelectorAll('[aria-current=\"true\"]').length]"
    )
    assert selected == ["f1", "true", 1]


def _keyboard(driver: Any) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    driver.refresh()  # Tab starts from the top of a freshly loaded page
    expected = driver.execute_script(
        "return Array.from(document.querySelectorAll('.item[data-item]')).map(e => e.dataset.item)"
    )
    seen: list[str] = []
    first = None
    for _ in range(len(expected) + 10):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        focused = driver.execute_script(
            "const a = document.activeElement;"
            "return [a.tagName, a.className, a.dataset.item || null,"
            " a.dataset.item ? document.querySelectorAll("
            "`mark.active[data-items~=\"${a.dataset.item.split(' ')[0]}\"]`).length : null]"
        )
        first = first or focused
        if focused[2] is not None:
            seen.append(focused[2])
            assert focused[3] >= 1, f"focusing {focused[2]} highlighted nothing"
        if len(seen) == len(expected):
            break
    assert first is not None and first[1] == "skip", first
    assert seen == expected


def _removed_in_place(driver: Any, result: dict[str, Any]) -> None:
    from selenium.webdriver.common.by import By

    hidden = driver.execute_script(
        "return Array.from(document.querySelectorAll('del.removed')).filter("
        "d => d.offsetParent !== null).length"
    )
    assert hidden == 0
    button = driver.find_element(By.ID, "show-removed")
    button.click()
    shown = driver.execute_script(
        "return Array.from(document.querySelectorAll('del.removed')).filter("
        "d => d.offsetParent !== null).map(d => d.textContent)"
    )
    assert sorted(shown) == sorted(result["article"]["removed"])
    assert button.get_attribute("aria-pressed") == "true"
    _shot(driver, "brief-removed-shown")
    button.click()


CONTRAST_JS = """
function rgb(s) { const m = s.match(/[\\d.]+/g).map(Number); return m; }
function lum(c) {
  const [r, g, b] = c.slice(0, 3).map(v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function background(el) {
  for (; el; el = el.parentElement) {
    const c = rgb(getComputedStyle(el).backgroundColor);
    if (c.length < 4 || c[3] > 0) return c;
  }
  return [255, 255, 255];
}
const worst = [];
for (const el of document.querySelectorAll('mark, button, .badge, a, h1, h2, p, li, .detail')) {
  if (!el.offsetParent) continue;
  const a = lum(rgb(getComputedStyle(el).color)), b = lum(background(el));
  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  if (ratio < 4.5) worst.push([el.tagName, el.className, ratio]);
}
return worst;
"""


def _page_checks(driver: Any, name: str) -> None:
    assert driver.execute_script(CONTRAST_JS) == []
    driver.set_window_size(390, 844)  # a phone
    try:
        overflow = driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0
        _shot(driver, f"{name}-phone")
    finally:
        driver.set_window_size(1280, 900)


def _check_brief_page(driver: Any, result: dict[str, Any], name: str) -> None:
    from selenium.webdriver.common.by import By

    marks = _check_brief_highlights(driver, result)
    _shot(driver, name)
    speakers = driver.execute_script(
        "return Array.from(document.querySelectorAll('button.item.kind-quote')).map("
        "b => [b.dataset.item, (b.className.match(/speaker-\\d/) || [null])[0],"
        " b.querySelector('.badge.warn') ? b.querySelector('.badge.warn').textContent : null])"
    )
    quotes = result["brief"]["quotes"]
    by_speaker: dict[str, set[str | None]] = {}
    for (_, colour, badge), quote in zip(speakers, quotes, strict=True):
        if quote["speaker"] == "unattributed":
            assert badge == "unattributed" and colour is None
        else:
            by_speaker.setdefault(quote["speaker"], set()).add(colour)
    colours = [next(iter(c)) for c in by_speaker.values()]
    assert all(len(c) == 1 for c in by_speaker.values())
    assert len(set(colours)) == len(colours) >= 2
    warnings = driver.find_element(By.CSS_SELECTOR, "section.warnings").text
    for warning in result["brief"]["meta"]["warnings"]:
        assert warning["code"] in warnings
    _hover_and_click(driver, marks, result)
    _keyboard(driver)
    _removed_in_place(driver, result)
    _page_checks(driver, name)


def test_the_served_brief_page_links_every_item_to_its_span(browser, served):
    created = httpx.post(
        f"{served}/v1/briefs", json={"text": HARBOUR_PAGE, "title": HARBOUR_TITLE}, timeout=60
    )
    assert created.status_code == 201, created.text
    result = created.json()
    brief_id = result["id"]
    assert {w["code"] for w in result["brief"]["meta"]["warnings"]} >= {"instruction-like-text"}
    # "one passenger said": an unnamed speaker is credited by the article's description.
    assert any(q["speaker"] == "one passenger" for q in result["brief"]["quotes"])
    # A banner's words are nobody's speech: the page badges them unattributed.
    assert any(q["speaker"] == "unattributed" for q in result["brief"]["quotes"])
    assert len(result["article"]["removed"]) >= 3

    browser.get(f"{served}/briefs/{brief_id}")
    assert browser.title.startswith(HARBOUR_TITLE)
    _check_brief_page(browser, result, "brief-served")


def _brief_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefsmith.surfaces.cli.main", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=cwd,
        env={**os.environ, "BRIEF_ENGINE": "extractive", "BRIEF_DB_PATH": str(cwd / "b.db")},
    )


def test_the_cli_html_file_works_on_its_own(browser, tmp_path):
    article = tmp_path / "strike.txt"
    article.write_text(HARBOUR_PAGE, encoding="utf-8")
    made = _brief_cli("summarize", str(article), "--title", HARBOUR_TITLE, cwd=tmp_path)
    html = _brief_cli(
        "summarize", str(article), "--title", HARBOUR_TITLE, "--format", "html", cwd=tmp_path
    )
    assert made.returncode == 0 and html.returncode == 0, made.stderr + html.stderr
    for needle in ("http://", "https://", "<link", "src="):
        assert needle not in html.stdout, f"the page loads something from outside: {needle}"
    page = tmp_path / "brief.html"
    page.write_text(html.stdout, encoding="utf-8")
    browser.get(page.as_uri())
    _check_brief_page(browser, json.loads(made.stdout), "brief-file")


def _check_story_page(driver: Any, result: dict[str, Any], name: str) -> None:
    from selenium.webdriver.common.by import By

    story = result["story"]
    for column, article in enumerate(result["articles"]):
        marks = driver.execute_script(MARKS_JS, f"col-{column}")
        for _, start, end, shown, _ in marks:
            assert shown == article["text"][start:end]
        for n, quote in enumerate(story["quotes"], start=1):
            expected = [
                s["text"] for s in quote["sources"] if s["article_id"] == article["article_id"]
            ]
            assert sorted(_runs(marks, f"q{n}")) == sorted(expected)
        for n, figure in enumerate(story["figures"], start=1):
            for v, value in enumerate(figure["values"], start=1):
                here = [s for s in value["sources"] if s["article_id"] == article["article_id"]]
                assert _runs(marks, f"f{n}v{v}") == [value["text"]] * len(here)
    _shot(driver, name)

    conflict = next(n for n, f in enumerate(story["figures"], start=1) if f["status"] == "conflict")
    cells = driver.find_elements(By.CSS_SELECTOR, f'button.item[data-item^="f{conflict}v"]')
    values = story["figures"][conflict - 1]["values"]
    assert [c.text for c in cells] == [v["text"] for v in values]
    # Side by side: one row, each value beside the other.
    assert len({c.location["y"] for c in cells}) == 1
    # Each source link scrolls its own article's column to the value's span.
    for v, value in enumerate(values, start=1):
        link = driver.find_element(By.CSS_SELECTOR, f'a.src[data-item="f{conflict}v{v}"]')
        link.click()
        column = link.get_attribute("data-column")
        state = driver.execute_script(
            """
            const col = document.getElementById(arguments[0]);
            const m = col.querySelector(`mark[data-items~="${arguments[1]}"]`);
            const r = m.getBoundingClientRect(), c = col.getBoundingClientRect();
            return [m.classList.contains('active'), m.textContent,
                    r.top >= c.top && r.bottom <= c.bottom];
            """,
            column,
            f"f{conflict}v{v}",
        )
        assert state == [True, value["text"], True]
    _shot(driver, f"{name}-conflict")
    _page_checks(driver, name)


def test_the_served_story_page_shows_conflicts_side_by_side(browser, served):
    created = httpx.post(
        f"{served}/v1/stories",
        json={
            "articles": [
                {"id": "gazette", "text": HARBOUR_PAGE, "title": HARBOUR_TITLE},
                {"id": "courier", "text": SECOND_OUTLET},
            ]
        },
        timeout=120,
    )
    assert created.status_code == 201, created.text
    result = created.json()
    assert any(f["status"] == "conflict" for f in result["story"]["figures"])
    browser.get(f"{served}/stories/{result['id']}")
    _check_story_page(browser, result, "story-served")


def test_the_cli_story_html_file_works_on_its_own(browser, tmp_path):
    first, second = tmp_path / "gazette.txt", tmp_path / "courier.txt"
    first.write_text(HARBOUR_PAGE, encoding="utf-8")
    second.write_text(SECOND_OUTLET, encoding="utf-8")
    made = _brief_cli("story", str(first), str(second), cwd=tmp_path)
    html = _brief_cli("story", str(first), str(second), "--format", "html", cwd=tmp_path)
    assert made.returncode == 0 and html.returncode == 0, made.stderr + html.stderr
    page = tmp_path / "story.html"
    page.write_text(html.stdout, encoding="utf-8")
    browser.get(page.as_uri())
    _check_story_page(browser, json.loads(made.stdout), "story-file")

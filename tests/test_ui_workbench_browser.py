"""The cadre's workbench in a real browser (Debian Chromium via Playwright) at 1366x768 and 390x844:
the first view, [n] links opening their source, kept conversations (reload, reopen, rename, delete),
answer exports, short follow-ups and the organisation filter. Screenshots: ``test-artifacts/workbench-*``."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_ui_browser import ANSWER_TIMEOUT_MS, START_TIMEOUT_S
from tests.ui_support import chromium, running_app

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "test-artifacts"
DOCS = [
    "KL-BTV-Tinh-uy_2021-2025_lanh-dao-MTTQ-to-chuc-CT-XH.md",
    "KL-62-KL-TW_2009-12-08_Bo-Chinh-tri_doi-moi-MTTQ-doan-the.txt",
]
NOT_FOUND = "Không tìm thấy"


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_app(tmp_path_factory.mktemp("ui"), DOCS, "ui-workbench-app.log") as url:
        yield url


@pytest.fixture(scope="module")
def browser(app_url: str):
    with chromium() as b:
        yield b


def _page(browser, url: str, width: int, height: int):
    ctx = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    pg = ctx.new_page()
    pg.goto(url)
    pg.locator("#status-bar").get_by_text("Sẵn sàng").wait_for(timeout=START_TIMEOUT_S * 1000)
    return ctx, pg


def _ask(pg, question: str) -> str:
    copy_box = pg.locator("#answer-copy textarea")
    before = copy_box.input_value()
    pg.locator("#question textarea").fill(question)
    pg.locator("#send").click()
    pg.wait_for_function(
        "([sel, before]) => { const e = document.querySelector(sel); return e && e.value && e.value !== before; }",
        arg=["#answer-copy textarea", before],
        timeout=ANSWER_TIMEOUT_MS,
    )
    return copy_box.input_value()


def _in_view(pg, selector: str) -> bool:
    box = pg.locator(selector).first.bounding_box()
    vp = pg.viewport_size
    return bool(box) and box["y"] >= 0 and box["y"] + min(box["height"], 40) <= vp["height"]


@pytest.mark.parametrize("size", [(1366, 768), (390, 844)])
def test_first_view_shows_question_and_examples(browser, app_url, size) -> None:
    ctx, pg = _page(browser, app_url, *size)
    try:
        pg.wait_for_timeout(1000)
        assert pg.evaluate("window.scrollY") == 0, "nothing scrolls the page on load"
        for sel in ("#question textarea", "#example-0"):
            assert _in_view(pg, sel), f"{sel} visible without scrolling at {size}"
        if size[0] > 1000:
            for sel in ("#app-header", "#status-bar", "#tabs"):
                assert _in_view(pg, sel), sel
        pg.screenshot(path=str(ARTIFACTS / f"workbench-first-view-{size[0]}.png"))
    finally:
        ctx.close()


def test_citation_link_reload_export_and_follow_up(browser, app_url) -> None:
    import docx

    ctx, pg = _page(browser, app_url, 1366, 768)
    try:
        first = _ask(pg, "Hội phụ nữ các cấp phải làm gì theo Kết luận của Ban Thường vụ Tỉnh ủy?")
        assert "[1]" in first
        pg.locator('#chatbot a[href="#cite-0-1"]').first.wait_for(timeout=10_000)
        links = pg.locator('#chatbot a[href^="#cite-"]')
        last = links.nth(links.count() - 1)
        n = last.get_attribute("href").split("-")[-1]  # "#cite-<turn>-<n>"
        assert n != "1", "the answer cites more than one passage"
        last.click()
        pg.wait_for_function(
            "n => { const h = document.querySelector('#citation-view h3'); return h && h.innerText.startsWith('[' + n + ']'); }",
            arg=n,
            timeout=10_000,
        )
        assert "#cite" not in pg.url, "the link opens the source, it does not navigate"
        pg.screenshot(path=str(ARTIFACTS / "workbench-citation.png"))
        # Exports of the answer.
        with pg.expect_download(timeout=30_000) as dl:
            pg.locator("#export-docx").click()
        body = Path(dl.value.path()).read_bytes()
        text = " ".join(p.text for p in docx.Document(io.BytesIO(body)).paragraphs)
        assert "Hội phụ nữ" in text and "[1]" in text
        # A short follow-up resolves against the conversation.
        follow = _ask(pg, "Hạn chót là khi nào?")
        assert NOT_FOUND not in follow.split("\n")[0]
        # A marker of the first answer still opens the first answer's source, not the newest answer's.
        pg.locator('#chatbot a[href="#cite-0-1"]').first.click()
        mark = pg.locator("#citation-view mark").first
        mark.wait_for(timeout=10_000)
        pg.wait_for_timeout(800)
        quote = " ".join(pg.locator("#citation-view mark").first.inner_text().split())
        assert quote[:40] in " ".join(first.split())
        # Reload keeps the conversation.
        pg.reload()
        pg.locator("#status-bar").get_by_text("Sẵn sàng").wait_for(timeout=60_000)
        pg.locator("#chatbot").get_by_text("Hạn chót là khi nào?").first.wait_for(timeout=30_000)
        assert "Hội phụ nữ các cấp phải làm gì" in pg.locator("#chatbot").inner_text()
        # After the reload the markers still open their sources.
        pg.locator('#chatbot a[href="#cite-0-1"]').first.click()
        pg.locator("#citation-view h3").first.wait_for(timeout=10_000)
        assert pg.locator("#citation-view h3").first.inner_text().startswith("[1]")
        # A permalink to the answer opens it for a colleague (another browser, another user id).
        pg.locator("#conversations").click()
        pg.locator("#conv-share").click()
        link_box = pg.locator("#conv-link textarea, #conv-link input").first
        pg.wait_for_function(
            "sel => { const e = document.querySelector(sel); return e && e.value.includes('?answer='); }",
            arg="#conv-link textarea, #conv-link input",
            timeout=10_000,
        )
        link = link_box.input_value()
        other = browser.new_context(viewport={"width": 1366, "height": 768})
        try:
            op = other.new_page()
            op.goto(link)
            op.locator("#chatbot").get_by_text("Hạn chót là khi nào?").first.wait_for(timeout=60_000)
        finally:
            other.close()
        pg.locator("#conversations").click()
        # Rename, then delete (confirmed).
        pg.locator("#conversations").click()
        pg.locator("#conv-title input, #conv-title textarea").first.fill("Tập huấn Hội phụ nữ")
        pg.locator("#conv-rename").click()
        pg.wait_for_timeout(1000)
        pg.reload()
        pg.locator("#status-bar").get_by_text("Sẵn sàng").wait_for(timeout=60_000)
        pg.locator("#conversations").click()
        assert "Tập huấn Hội phụ nữ" in (pg.locator("#conv-title input, #conv-title textarea").first.input_value())
        pg.on("dialog", lambda d: d.accept())
        pg.locator("#conv-delete").click()
        pg.wait_for_timeout(1000)
        pg.reload()
        pg.locator("#status-bar").get_by_text("Sẵn sàng").wait_for(timeout=60_000)
        pg.wait_for_timeout(1500)
        assert "Hạn chót là khi nào?" not in pg.locator("#chatbot").inner_text()
    finally:
        ctx.close()


def test_org_filter_with_a_generic_question(browser, app_url) -> None:
    ctx, pg = _page(browser, app_url, 1366, 768)
    try:
        pg.locator("#filters").click()
        box = pg.locator("#filter-org input").first
        box.fill("HLHPN")
        box.press("Enter")
        pg.locator("#app-header").click()
        answer = _ask(pg, "Phải làm gì và hạn khi nào?")
        assert NOT_FOUND not in answer.split("\n")[0], answer[:300]
        assert "[1]" in answer
    finally:
        ctx.close()


def test_citation_on_a_phone_opens_under_the_answer(browser, app_url) -> None:
    ctx, pg = _page(browser, app_url, 390, 844)
    try:
        _ask(pg, "Ai ký Kết luận số 62-KL/TW?")
        pg.locator('#chatbot a[href="#cite-0-1"]').first.click()
        pg.wait_for_timeout(1200)
        assert _in_view(pg, "#citation-view"), "the source is shown on screen after the tap"
        pg.screenshot(path=str(ARTIFACTS / "workbench-citation-phone.png"))
    finally:
        ctx.close()


def test_gradio_strings_in_vietnamese(browser, app_url) -> None:
    ctx, pg = _page(browser, app_url, 1366, 768)
    try:
        pg.locator("#tabs button[role='tab']").filter(has_text="Văn bản").first.click()
        upload = pg.locator("#upload-files")
        upload.wait_for(timeout=10_000)
        text = upload.inner_text()
        assert "Drop File Here" not in text and "Click to Upload" not in text
        assert "Thả tệp vào đây" in text
    finally:
        ctx.close()


def test_outline_shows_headings_and_opens_a_section(browser, app_url) -> None:
    ctx, pg = _page(browser, app_url, 1366, 768)
    try:
        pg.reload()
        pg.locator("#status-bar").get_by_text("Sẵn sàng").wait_for(timeout=60_000)
        pg.locator("#tabs button[role='tab']").filter(has_text="Văn bản").first.click()
        box = pg.locator("#outline-doc input").first
        box.click()
        box.fill("KL-62")
        pg.get_by_role("option").filter(has_text="KL-62").first.click()
        view = pg.locator("#outline-view")
        view.locator("summary").first.wait_for(timeout=30_000)
        headings = [h.strip() for h in view.locator("summary .heading").all_inner_texts()]
        numbered = [h for h in headings if h[:1].isdigit()]
        assert numbered and all(len(h) > 4 for h in numbered), "numbers come with their heading text"
        first_lines = view.locator(".first-line").all_inner_texts()
        assert any(len(x) > 20 for x in first_lines)
        item = view.locator("summary").filter(has_text=numbered[0]).first
        item.click()
        text = view.locator("details[open] .section-text").first
        text.wait_for(timeout=5_000)
        assert len(text.inner_text()) > 50
        pg.screenshot(path=str(ARTIFACTS / "workbench-outline.png"))
    finally:
        ctx.close()


@pytest.mark.parametrize("size", [(1366, 768), (390, 844)])
def test_deadlines_at_a_glance(browser, app_url, size, tmp_path) -> None:
    from icalendar import Calendar

    ctx, pg = _page(browser, app_url, *size)
    try:
        pg.reload()
        pg.locator("#status-bar").get_by_text("Sẵn sàng").wait_for(timeout=60_000)
        tab = pg.locator("#tabs button[role='tab']").filter(has_text="Nhiệm vụ")
        if tab.count() and tab.first.is_visible():
            tab.first.click()
        else:
            pg.locator('#tabs button[aria-label="More tabs"]').first.click()
            pg.locator("#tabs .overflow-dropdown button").filter(has_text="Nhiệm vụ").first.click()
        box = pg.locator("#ob-org input").first
        box.fill("HLHPN")
        box.press("Enter")
        pg.locator("#ob-apply").click()
        pg.locator("#ob-count").get_by_text("nhiệm vụ", exact=False).first.wait_for(timeout=60_000)
        if size[0] < 700:
            cards = pg.locator("#ob-cards .ob-card")
            cards.first.wait_for(timeout=30_000)
            assert not pg.locator("#ob-table").is_visible()
            width = cards.first.bounding_box()["width"]
            assert width > 300, "a card uses the phone's width"
            pg.screenshot(path=str(ARTIFACTS / "workbench-obligations-phone.png"))
            return
        with pg.expect_download(timeout=30_000) as dl:
            pg.locator("#ob-ics").click()
        cal = Calendar.from_ical(Path(dl.value.path()).read_bytes())
        events = cal.walk("VEVENT")
        assert events
        for e in events:
            assert (e.decoded("DTEND") - e.decoded("DTSTART")).days == 1 and e.walk("VALARM")
        with pg.expect_download(timeout=30_000) as dl:
            pg.locator("#ob-csv").click()
        csv_text = Path(dl.value.path()).read_bytes().decode("utf-8-sig")
        assert "KL " in csv_text.split("\n", 1)[1] or "Kết luận" in csv_text, "documents named by their label"
        pg.locator("#ob-window label").filter(has_text="Quá hạn").click()
        pg.wait_for_timeout(1500)
        pg.screenshot(path=str(ARTIFACTS / "workbench-obligations.png"))
    finally:
        ctx.close()

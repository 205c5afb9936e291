"""Browser test of the "Tập huấn / Training" tab: the real app over three sample documents in a temp
folder, driven by Debian's Chromium through Playwright at desktop and phone sizes; screenshots go to
``test-artifacts/training-*.png``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_ui_browser import START_TIMEOUT_S
from tests.ui_support import chromium, running_app

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "test-artifacts"
DOCS = [
    "KL-BTV-Tinh-uy_2021-2025_lanh-dao-MTTQ-to-chuc-CT-XH.md",
    "KL-62-KL-TW_2009-12-08_Bo-Chinh-tri_doi-moi-MTTQ-doan-the.txt",
    "TB-160-TB-TW_2020-01-15_Bo-Chinh-tri_tiep-tuc-thuc-hien-KL-62.md",
]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_app(tmp_path_factory.mktemp("ui"), DOCS, "ui-training-app.log") as url:
        yield url


@pytest.fixture(scope="module")
def browser(app_url: str):
    with chromium() as b:
        yield b


def _open(browser, url: str, width: int, height: int):
    ctx = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    pg = ctx.new_page()
    pg.goto(url)
    pg.locator("#status-bar").get_by_text("Sẵn sàng").wait_for(timeout=START_TIMEOUT_S * 1000)
    pg.reload()
    pg.locator("#status-bar").get_by_text("Sẵn sàng").wait_for(timeout=60_000)
    _tab(pg, "Tập huấn")
    return ctx, pg


def _tab(pg, text: str) -> None:
    """Open a top-level tab; on a narrow screen Gradio moves tabs that do not fit into a "More tabs" menu."""
    tab = pg.locator("#tabs button[role='tab']").filter(has_text=text)
    if tab.count() and tab.first.is_visible():
        tab.first.click()
        return
    pg.locator('#tabs button[aria-label="More tabs"]').first.click()
    pg.locator("#tabs .overflow-dropdown button").filter(has_text=text).first.click()


def _choose(pg, elem: str, text: str) -> None:
    """Pick the option containing ``text``: type it (the list filters), click it, then click outside so a
    multiselect list closes instead of covering what is below it."""
    box = pg.locator(f"#{elem} input").first
    box.click()
    box.fill(text)
    option = pg.get_by_role("option").filter(has_text=text).first
    option.wait_for(timeout=10_000)
    option.click()
    pg.locator("#app-header").click()


def test_training_pack_compare_quiz(browser, app_url) -> None:
    ctx, pg = _open(browser, app_url, 1366, 768)
    try:
        _choose(pg, "tr-pack-doc", "KL-BTV")
        pg.locator("#tr-pack-go").click()
        out = pg.locator("#tr-pack-out")
        out.get_by_text("Nhiệm vụ theo cơ quan, tổ chức").wait_for(timeout=300_000)
        out.get_by_text("Nhiệm vụ theo cơ quan, tổ chức").scroll_into_view_if_needed()
        assert "xong trong quý III/2021" in out.inner_text()
        link = pg.locator('#tr-pack-files a[download="tai-lieu-tap-huan.pdf"]').first
        link.wait_for(timeout=60_000)
        resp = pg.request.get(link.get_attribute("href"))
        assert resp.status == 200 and resp.body().startswith(b"%PDF")
        pg.screenshot(path=str(ARTIFACTS / "training-pack.png"), full_page=False)

        pg.get_by_role("tab").filter(has_text="So sánh văn bản").first.click()
        _choose(pg, "tr-cmp-docs", "KL-62")
        _choose(pg, "tr-cmp-docs", "TB-160")
        pg.locator("#tr-cmp-go").click()
        cmp = pg.locator("#tr-cmp-out")
        cmp.get_by_text("Nội dung tương ứng").first.wait_for(timeout=300_000)
        assert "Mới trong" in cmp.inner_text()
        pg.screenshot(path=str(ARTIFACTS / "training-compare.png"), full_page=False)

        pg.get_by_role("tab").filter(has_text="Câu hỏi kiểm tra").first.click()
        _choose(pg, "tr-quiz-docs", "KL-BTV")
        pg.locator("#tr-quiz-go").click()
        quiz = pg.locator("#tr-quiz-out")
        quiz.get_by_text("Câu 1.").first.wait_for(timeout=300_000)
        quiz.get_by_text("Câu 1.").first.scroll_into_view_if_needed()
        assert "Đáp án:" in quiz.inner_text()
        pg.locator('#tr-quiz-files a[download="cau-hoi.gift.txt"]').first.wait_for(timeout=60_000)
        pg.screenshot(path=str(ARTIFACTS / "training-quiz.png"), full_page=False)
    finally:
        ctx.close()


def test_training_tab_on_a_phone(browser, app_url) -> None:
    ctx, pg = _open(browser, app_url, 390, 844)
    try:
        _choose(pg, "tr-pack-doc", "KL-BTV")
        pg.locator("#tr-pack-go").click()
        pg.locator("#tr-pack-out").get_by_text("Nhiệm vụ theo cơ quan, tổ chức").wait_for(timeout=300_000)
        pg.screenshot(path=str(ARTIFACTS / "training-pack-phone.png"), full_page=False)
    finally:
        ctx.close()

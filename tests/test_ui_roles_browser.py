"""Browser tests of the role-gated Documents tab and the trash (issue 12 item 7, issue 13 item 1): the real
app (``python app.py``) with a users file (a reader and an editor), two sample documents in a temp folder,
Debian's Chromium through Playwright. Screenshots go to ``test-artifacts/``."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_ui_browser import SAMPLE_DOCS, open_tab
from tests.ui_support import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, REPO, START_TIMEOUT_S, running_app

pytestmark = pytest.mark.slow
USERS = {"ana": ("mat-khau-doc", "reader"), "bao": ("mat-khau-sua", "editor")}


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    pytest.importorskip("playwright.sync_api")
    from assistant.users import UserStore

    root = tmp_path_factory.mktemp("ui_roles")
    users = root / "users.json"
    for name, (password, role) in USERS.items():
        UserStore(users).add(name, password, role)
    with running_app(root, SAMPLE_DOCS, "ui-roles-app.log", ASSISTANT_USERS=str(users)) as url:
        yield url, root


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


def login(browser, url: str, user: str):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(url)
    page.locator("input[type=text], input[name=username]").first.fill(user)
    page.locator("input[type=password]").first.fill(USERS[user][0])
    page.locator("button", has_text="Login").or_(page.locator("button[type=submit]")).first.click()
    page.locator("#status-bar").get_by_text("Sẵn sàng").wait_for(timeout=START_TIMEOUT_S * 1000)
    page.reload()
    page.locator("#status-bar").get_by_text("Sẵn sàng").wait_for(timeout=60_000)
    return context, page


def test_reader_sees_no_changing_actions(app, browser) -> None:
    url, _ = app
    context, page = login(browser, url, "ana")
    open_tab(page, "documents")
    page.locator("#role-note").get_by_text("người đọc").wait_for(timeout=30_000)
    for sel in ("#editor-tools", "#delete-doc", "#reindex", "#trash-restore", "#upload-btn"):
        assert page.locator(sel).count() == 0 or not page.locator(sel).first.is_visible(), sel
    assert page.locator("#doc-list [role=gridcell]").count() > 0  # the library itself is readable
    page.screenshot(path=str(ARTIFACTS / "documents-reader.png"), full_page=True)
    context.close()


def test_editor_deletes_with_confirmation_and_restores_from_trash(app, browser) -> None:
    url, root = app
    context, page = login(browser, url, "bao")
    open_tab(page, "documents")
    name = SAMPLE_DOCS[1]
    page.locator("#delete-doc").wait_for(state="visible", timeout=30_000)
    pick = page.locator("#outline-doc input")
    pick.click()
    page.locator("[role=option]", has_text=name).first.click()
    page.locator("#delete-doc").click()
    page.locator("#delete-confirm").get_by_text("thùng rác").wait_for(timeout=30_000)
    assert (root / "documents" / name).exists()  # nothing happens before the confirmation
    page.locator("#delete-yes").click()
    page.locator("#doc-message").get_by_text("Đã xóa").wait_for(timeout=120_000)
    assert not (root / "documents" / name).exists()
    assert (root / "documents-trash" / name).is_file()
    page.locator("#trash").click()  # open the accordion
    page.locator("#trash-list [role=gridcell]", has_text=name).first.wait_for(timeout=30_000)
    page.screenshot(path=str(ARTIFACTS / "documents-trash.png"), full_page=True)
    # Re-index everything: the deleted document does not come back.
    page.locator("#reindex").click()
    page.locator("#doc-message").get_by_text("Đã lập chỉ mục lại").wait_for(timeout=300_000)
    assert page.locator("#doc-list [role=gridcell]", has_text=name).count() == 0
    # Restore it from the trash.
    tp = page.locator("#trash-pick input")
    tp.click()
    page.locator("[role=option]", has_text=name).first.click()
    page.locator("#trash-restore").click()
    page.locator("#doc-message").get_by_text("Đã khôi phục").wait_for(timeout=300_000)
    page.locator("#doc-list [role=gridcell]", has_text=name).first.wait_for(timeout=30_000)
    assert (root / "documents" / name).is_file()
    from assistant import audit

    actions = [r["action"] for r in audit.read(root / "audit.jsonl")]
    assert actions[-3:] == ["delete", "reindex", "restore"] or actions[-2:] == ["delete", "restore"]
    assert all(r["user"] == "bao" for r in audit.read(root / "audit.jsonl"))
    context.close()


def test_files_left_unindexed_are_listed_and_indexed_in_one_click(app, browser) -> None:
    """A file in documents/ that the index does not hold (an upload cut by a crash) is listed, and the
    editor indexes it with one click."""
    url, root = app
    extra = "KH-12-KH-HPN_2025_hoi-thi-banh-chung.md"
    shutil.copy(REPO / "tests" / "ui_corpus" / extra, root / "documents" / extra)
    context, page = login(browser, url, "bao")
    open_tab(page, "documents")
    page.locator("#pending-note").get_by_text(extra).wait_for(timeout=30_000)
    page.locator("#pending-index").click()
    page.locator("#doc-list [role=gridcell]", has_text=extra).first.wait_for(timeout=300_000)
    page.wait_for_function(
        "() => !document.querySelector('#pending-note') || "
        "!document.querySelector('#pending-note').innerText.includes('chưa có trong chỉ mục')",
        timeout=30_000,
    )
    context.close()

"""The reviewer desk in Chromium against a real uvicorn process on its own test database.

A checker signs in, takes the next claim (keyboard shortcut), adds evidence and submits a verdict;
an editor approves it; the article page shows the claim published and the article complete.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from schemas.keys import Role
from services.settings import Settings
from tests.factories import committed, make_article, make_claim, make_key
from tests.support import LiveStack

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BODY = (
    "Mayor Jane Doe said on Monday that unemployment in the city fell to 4.1 percent in March 2024. "
    "She called it the best result in a decade."
)
SPAN = "unemployment in the city fell to 4.1 percent in March 2024"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="no Debian Chromium"),
]


@pytest.fixture
def stack(make_database: Callable[[], str], settings: Settings, tmp_path: Path) -> Iterator[LiveStack]:
    url = make_database()
    live = LiveStack(
        settings.model_copy(update={"database_url": url, "queue_name": f"ui-{uuid.uuid4().hex[:8]}"}),
        tmp_path,
    )
    try:
        live.start_api()
        yield live
    finally:
        live.stop_all()


def test_checker_publishes_with_editor_approval(stack: LiveStack) -> None:
    from playwright.sync_api import expect, sync_playwright

    url = stack.settings.database_url
    assert url is not None
    checker, editor = make_key(url, Role.CHECKER, "Casey Checker"), make_key(url, Role.EDITOR, "Eddie Editor")
    start = BODY.index(SPAN)
    with committed(url) as conn:
        article = make_article(conn, title="City <b>jobs</b> report", body=BODY)
        make_claim(
            conn, article["id"], text=SPAN, span_start=start, span_end=start + len(SPAN), checkworthiness=0.9
        )
        make_claim(
            conn,
            article["id"],
            text="She called it the best result in a decade.",
            status="dismissed",
            dismissed_reason="opinion",
            checkworthiness=0.2,
        )
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    base = stack.base_url

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            page = browser.new_context().new_page()
            page.goto(f"{base}/")
            expect(page).to_have_url(f"{base}/ui/login")
            page.screenshot(path=str(SCREENSHOTS / "login.png"))
            page.fill("#api-key", checker.token)
            page.click("#sign-in")
            expect(page).to_have_url(f"{base}/ui/queue?notice=Signed+in+as+Casey+Checker+%28checker%29")
            expect(page.locator("table.queue")).to_contain_text(SPAN)
            expect(page.locator("#shortcuts")).to_contain_text("take the next claim")
            page.screenshot(path=str(SCREENSHOTS / "queue.png"), full_page=True)

            page.keyboard.press("n")  # take the next claim
            expect(page.locator("#claim-status")).to_have_text("leased")
            expect(page.locator("#claim-span")).to_have_text(SPAN)
            expect(page.locator("main b")).to_have_count(0)  # the submitted title's markup is escaped
            expect(page.locator(f"a[href='/ui/articles/{article['id']}']")).to_have_text(
                "City <b>jobs</b> report"
            )
            page.keyboard.press("e")
            expect(page.locator("#evidence-question")).to_be_focused()
            page.fill("#evidence-question", "What was the unemployment rate in March 2024?")
            page.fill("input[name=answer]", "4.1 percent")
            page.fill("#evidence-url", "https://stats.example.org/labour/march-2024")
            page.fill("input[name=title]", "Labour market statistics, March 2024")
            page.fill("#evidence-publisher", "City Statistics Office")
            page.click("#add-evidence")
            expect(page.locator(".notice")).to_have_text("Evidence added.")
            expect(page.locator("#evidence-list")).to_contain_text("Labour market statistics, March 2024")

            page.select_option("#verdict-label", "supported")
            page.select_option("#verdict-rating", "True")
            page.fill("#verdict-conclusion", "The unemployment rate did fall to 4.1 percent in March 2024.")
            page.fill("#verdict-explanation", "The statistics office's March 2024 release gives 4.1 percent.")
            page.screenshot(path=str(SCREENSHOTS / "claim.png"), full_page=True)
            page.locator("#verdict-explanation").press("Control+Enter")
            expect(page.locator(".notice")).to_have_text("Verdict submitted for approval.")
            expect(page.locator("#claim-status")).to_have_text("awaiting_approval")
            expect(page.locator("#history")).to_contain_text("verdict_submitted")
            claim_url = page.url.split("?")[0]

            editor_page = browser.new_context().new_page()
            editor_page.goto(f"{base}/ui/login")
            editor_page.fill("#api-key", editor.token)
            editor_page.click("#sign-in")
            editor_page.click("#nav-approvals")
            expect(editor_page.locator(".approval")).to_contain_text("The unemployment rate did fall")
            editor_page.screenshot(path=str(SCREENSHOTS / "approvals.png"), full_page=True)
            editor_page.keyboard.press("a")
            expect(editor_page.locator(".notice")).to_have_text("Verdict published.")

            editor_page.goto(claim_url)
            expect(editor_page.locator("#claim-status")).to_have_text("published")
            editor_page.click(f"a[href='/ui/articles/{article['id']}']")
            expect(editor_page.locator("#article-status")).to_have_text("complete")
            expect(editor_page.locator(".claim-row.status-published")).to_contain_text(SPAN)
            expect(editor_page.locator(".claim-row.status-published .claim-status")).to_have_text("published")
            expect(editor_page.locator("h1")).to_have_text(
                "City <b>jobs</b> report"
            )  # escaped, shown as text
            editor_page.screenshot(path=str(SCREENSHOTS / "article.png"), full_page=True)

            # The checker cannot approve, and a form without the CSRF token is refused.
            page.goto(f"{base}/ui/approvals")
            expect(page.locator(".error")).to_contain_text("roles")
            response = page.request.post(
                f"{base}/ui/queue/take", form={"csrf_token": "forged"}, max_redirects=0
            )
            assert response.status == 303
            assert "CSRF" in (response.headers.get("location") or "")
        finally:
            browser.close()

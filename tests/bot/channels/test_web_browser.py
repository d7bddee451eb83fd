"""The chat page in a real browser: Playwright drives Debian's Chromium against the app
served on a loopback port. Skipped without /usr/bin/chromium; failed in CI (CI=true).

Never `playwright install`: the browser is the system's, launched by path.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from playwright.async_api import Browser, Page, async_playwright, expect

from bot.app import open_app
from bot.channels.web import create_web_app
from nlu import BuiltinNLU, NLUConfig
from tests.bot.channels.test_web import app_settings
from tests.conftest import free_port

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WAIT_MS = 10_000  # every wait is bounded
AXE_JS = files("axe_playwright_python") / "axe.min.js"  # axe-core, shipped with the package
SERVICE = "居民身份证申领、换领、补领"


@pytest.fixture(autouse=True)
def _chromium() -> None:
    if CHROMIUM.exists():
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{CHROMIUM} is missing, and CI requires it (apt-get install chromium)")
    pytest.skip(f"{CHROMIUM} is missing; apt-get install chromium to run the browser tests")


@pytest.fixture
async def base_url(tmp_path: Path, engine: BuiltinNLU, nlu_config: NLUConfig) -> AsyncIterator[str]:
    app = await open_app(app_settings(tmp_path, nlu_config))
    runner = web.AppRunner(create_web_app(app))
    await runner.setup()
    port = free_port()
    try:
        await web.TCPSite(runner, "127.0.0.1", port).start()
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()
        await app.close()


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=WAIT_MS * 3
        )
        try:
            yield browser
        finally:
            await browser.close()


async def open_page(browser: Browser, base_url: str, **context: Any) -> Page:
    """The chat page in a fresh profile (Chinese locale, like a service-hall kiosk), loaded."""
    options: dict[str, Any] = {"locale": "zh-CN", "viewport": {"width": 1024, "height": 900}}
    options.update(context)
    page = await (await browser.new_context(**options)).new_page()
    page.set_default_timeout(WAIT_MS)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("requestfailed", lambda request: errors.append(f"request failed: {request.url}"))
    page.on("request", lambda request: _only_from(base_url, request.url, errors))
    await page.goto(base_url + "/")
    await expect(page.locator("html")).to_have_attribute("data-ready", "true", timeout=WAIT_MS)
    assert errors == [], errors  # no script errors, nothing from anywhere but this server
    return page


def _only_from(base_url: str, url: str, errors: list[str]) -> None:
    if not url.startswith(base_url + "/"):
        errors.append(f"request to another origin: {url}")


async def horizontal_overflow(page: Page) -> int:
    return int(await page.evaluate("document.documentElement.scrollWidth - innerWidth"))


async def press(page: Page, label: str) -> None:
    """Click the reply button with this label; the next reply replaces it."""
    await page.locator("#log .choice", has_text=label).first.click()


async def settled(page: Page) -> None:
    """Wait until messages have faded in: contrast is judged on the final colours."""
    await page.evaluate(
        """() => Promise.all(document.getAnimations()
            .filter((animation) => animation.effect.getTiming().iterations !== Infinity)
            .map((animation) => animation.finished))"""
    )


async def check_accessibility(page: Page) -> None:
    await settled(page)
    await page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    results = await page.evaluate(
        """() => axe.run(document, {
            runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
                                             "best-practice"]},
            resultTypes: ["violations"],
        })"""
    )
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[node['target'] for node in v['nodes']][:3]}"
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], "\n".join(serious)


async def screenshot(page: Page, name: str) -> None:
    """For a person to judge the design: BANSHI_SCREENSHOTS=/tmp pytest ... saves them there."""
    folder = os.environ.get("BANSHI_SCREENSHOTS")
    if folder:
        await settled(page)
        await page.screenshot(path=str(Path(folder) / name))


async def reach_the_checklist(page: Page) -> None:
    await press(page, SERVICE)
    await press(page, "丢了")
    await press(page, "16岁及以上")
    await expect(page.locator("#log .msg.checklist")).to_be_visible()


async def test_a_whole_service_flow_by_clicking_buttons(browser: Browser, base_url: str) -> None:
    page = await open_page(browser, base_url)
    log = page.locator("#log")
    await expect(log).to_have_attribute("role", "log")
    await expect(log).to_have_attribute("aria-live", "polite")
    await expect(log).to_contain_text("办事")  # the welcome

    await reach_the_checklist(page)
    card = page.locator("#log .msg.checklist")
    await expect(card.locator("h2")).to_contain_text(SERVICE)
    await expect(card).to_contain_text("居民户口簿")
    await expect(page.locator("#log .msg.user").last).to_have_text("您说：16岁及以上")
    # Only the newest reply keeps buttons, so no stale choice can be pressed.
    await expect(page.locator("#log .choices")).to_have_count(1)

    await press(page, "清楚了，谢谢")
    await expect(log).to_contain_text("祝您办事顺利")
    await screenshot(page, "banshi-normal.png")


async def test_typing_a_question_and_the_page_in_the_normal_mode_is_accessible(
    browser: Browser, base_url: str
) -> None:
    page = await open_page(browser, base_url)
    await expect(page.get_by_label("请输入您要办的事")).to_be_visible()  # a visible label
    await page.get_by_label("请输入您要办的事").fill("身份证怎么办理")
    await page.keyboard.press("Enter")
    await expect(page.locator("#log .msg.user").last).to_contain_text("身份证怎么办理")
    await expect(page.locator("#log .choice", has_text="丢了")).to_be_visible()
    assert await page.evaluate("document.activeElement.id") == "text"  # typing goes on
    await press(page, "丢了")
    await press(page, "16岁及以上")
    await expect(page.locator("#log .msg.checklist")).to_be_visible()
    await check_accessibility(page)


async def test_elderly_mode_has_large_text_and_targets_and_is_remembered(
    browser: Browser, base_url: str
) -> None:
    page = await open_page(browser, base_url)
    toggle = page.locator("#elder")
    await toggle.click()
    await expect(toggle).to_have_attribute("aria-pressed", "true")
    await expect(page.locator("#log")).to_contain_text("长辈模式")  # the engine knows
    await reach_the_checklist(page)

    sizes = await page.evaluate(
        """() => ({
            body: parseFloat(getComputedStyle(document.body).fontSize),
            text: Math.min(...[...document.querySelectorAll("#log p, #log .choice, label")]
                .map((node) => parseFloat(getComputedStyle(node).fontSize))),
            small: [...document.querySelectorAll("button, select, input")]
                .filter((node) => node.getClientRects().length)
                .map((node) => [node.textContent.trim(), node.getBoundingClientRect()])
                .filter(([, box]) => box.width < 60 || box.height < 60)
                .map(([text, box]) => `${text}: ${box.width}x${box.height}`),
        })"""
    )
    assert sizes["body"] >= 30
    assert sizes["text"] >= 30
    assert sizes["small"] == []
    await check_accessibility(page)
    await page.evaluate("window.scrollTo(0, 0)")
    await screenshot(page, "banshi-elderly.png")

    await page.reload()
    await expect(page.locator("html")).to_have_attribute("data-ready", "true")
    await expect(page.locator("html")).to_have_class("elderly")
    await expect(toggle).to_have_attribute("aria-pressed", "true")


async def test_uyghur_turns_the_page_right_to_left(browser: Browser, base_url: str) -> None:
    page = await open_page(browser, base_url)
    menu = page.get_by_label("语言")
    names = await menu.locator("option").all_text_contents()
    assert {"简体中文", "English", "ئۇيغۇرچە", "བོད་ཡིག", "한국어"} <= set(names)  # each in its own script

    await menu.select_option("ug")
    html = page.locator("html")
    await expect(html).to_have_attribute("dir", "rtl")
    await expect(html).to_have_attribute("lang", "ug")
    await expect(page.locator("#log .msg.user").last).to_contain_text("ئۇيغۇرچە")
    await expect(page.locator('#log .msg.bot[dir="rtl"]').last).to_be_visible()
    assert await page.evaluate("document.documentElement.dir") == "rtl"

    await page.reload()  # the choice is remembered, and the page itself speaks Uyghur
    await expect(page.locator("html")).to_have_attribute("dir", "rtl")
    await page.get_by_label("تىل").select_option("en")
    await expect(html).to_have_attribute("dir", "ltr")
    await expect(page.get_by_role("button", name="Send")).to_be_visible()


# Where characters of a Uyghur reply are drawn: the first digit and the last of the hotline,
# and the Uyghur letters just before it and at the start of the line.
READING_ORDER_JS = """(hotline) => {
    const line = [...document.querySelectorAll("#log .msg.bot p")]
        .reverse().find((p) => p.textContent.includes(hotline));
    const text = line.firstChild.textContent;
    const box = (at) => {
        const range = document.createRange();
        range.setStart(line.firstChild, at);
        range.setEnd(line.firstChild, at + 1);
        return range.getBoundingClientRect();
    };
    const at = text.indexOf(hotline);
    const arabic = /[\u0600-\u06ff]/;
    let before = at - 1;
    while (!arabic.test(text[before])) before -= 1;
    const first = [...text].findIndex((char) => arabic.test(char));
    return {
        direction: getComputedStyle(line).direction,
        isolated: text.includes("\u2066" + hotline),
        firstDigit: box(at), lastDigit: box(at + hotline.length - 1),
        letterBefore: box(before), firstLetter: box(first),
    };
}"""


async def test_a_uyghur_reply_reads_right_to_left_with_numbers_left_to_right(
    browser: Browser, base_url: str
) -> None:
    page = await open_page(browser, base_url)
    await page.get_by_label("语言").select_option("ug")
    await expect(page.locator("html")).to_have_attribute("dir", "rtl")
    await press(page, "خادىم ئىزدەش")  # "find a person": the reply gives the hotline
    await expect(page.locator("#log .msg.bot").last).to_contain_text("12345")
    await settled(page)
    boxes = await page.evaluate(READING_ORDER_JS, "12345")
    assert boxes["direction"] == "rtl"
    assert boxes["isolated"]  # the server wrapped the number in a bidi isolate
    # The number keeps its own order, left to right...
    assert boxes["firstDigit"]["left"] < boxes["lastDigit"]["left"]
    # ...while the sentence runs right to left: on this one line (a 1024 px page), what is
    # said before the number is to its right, and the sentence starts at the right edge.
    assert boxes["letterBefore"]["top"] == boxes["firstDigit"]["top"] == boxes["firstLetter"]["top"]
    assert boxes["letterBefore"]["left"] >= boxes["lastDigit"]["right"]
    assert boxes["firstLetter"]["left"] > boxes["letterBefore"]["left"]
    await check_accessibility(page)
    await screenshot(page, "banshi-ug.png")


async def test_full_keyboard_operation(browser: Browser, base_url: str) -> None:
    page = await open_page(browser, base_url)

    async def tab_to(label: str) -> None:
        for _ in range(60):
            await page.keyboard.press("Tab")
            focused = await page.evaluate(
                "[document.activeElement.className, document.activeElement.textContent.trim()]"
            )
            if focused == ["choice", label]:
                return
        raise AssertionError(f"Tab never reached the button {label!r}")

    await tab_to(SERVICE)
    ring = await page.evaluate("getComputedStyle(document.activeElement).boxShadow")
    assert ring != "none"  # a visible focus indicator
    await page.keyboard.press("Enter")
    await expect(page.locator("#log .choice", has_text="丢了")).to_be_visible()
    # Focus moved to the start of the reply, so reading and tabbing continue from there.
    assert await page.evaluate("document.activeElement.classList.contains('bubble')")
    await tab_to("丢了")
    await page.keyboard.press("Space")
    await expect(page.locator("#log .choice", has_text="16岁及以上")).to_be_visible()


async def test_reduced_motion_and_reflow_at_320_css_pixels(browser: Browser, base_url: str) -> None:
    # 320 CSS px wide is what a 1280 px screen shows at 400% zoom (WCAG 1.4.10).
    page = await open_page(browser, base_url, reduced_motion="reduce", viewport={"width": 320, "height": 640})
    await press(page, SERVICE)
    await expect(page.locator("#log .choice", has_text="丢了")).to_be_visible()
    animation = await page.evaluate("getComputedStyle(document.querySelector('#log .msg')).animationName")
    assert animation == "none"
    assert await horizontal_overflow(page) <= 0
    await page.locator("#elder").click()
    await expect(page.locator("#log")).to_contain_text("长辈模式")
    assert await horizontal_overflow(page) <= 0

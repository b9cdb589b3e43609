"""Fixtures every suite may use: Debian's Chromium driven by Playwright.

Each add-on's tests and tests/ run in their own pytest process (see
scripts/run_tests.py); this conftest, at the rootdir, is loaded by all of them.
A suite's `page` needs its own `functional` layer fixture (a WSGI server).
"""

from pathlib import Path

import os
import pytest


CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Debian's Chromium runs headless as root only without its sandbox; the other
# flags keep it from reaching for Google's services, which are unreachable.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parent / "test-artifacts"


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Playwright (`make system-deps` installs it)."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make system-deps` as root")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(chromium, functional, request):
    """A fresh browser tab; a screenshot is kept in test-artifacts/ on failure."""
    context = chromium.new_context()
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    if getattr(request.node, "rep_call", None) and request.node.rep_call.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        tab.screenshot(path=ARTIFACTS / f"{request.node.name}.png", full_page=True)
    context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report

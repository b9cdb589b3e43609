"""In Chromium: an anonymous visitor reaches the site, the admin logs in."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import pytest


pytestmark = pytest.mark.browser


def test_anonymous_visit_and_admin_login(page, functional_portal):
    portal_url = functional_portal.absolute_url()

    page.goto(f"{portal_url}/ro")
    assert page.locator("html").get_attribute("lang") == "ro"
    # Romanian is the default language: the login link reads "Autentificare".
    login_link = page.locator("#personaltools-login")
    assert login_link.inner_text().strip() == "Autentificare"

    # The link opens the form in a modal; its own page is what it loads without JS.
    page.goto(login_link.get_attribute("href"))
    page.get_by_label("Utilizator").fill(SITE_OWNER_NAME)
    page.get_by_label("Parolă").fill(SITE_OWNER_PASSWORD)
    page.get_by_role("button", name="Autentificare").click()

    page.wait_for_load_state()
    assert page.locator("#personaltools-login").count() == 0
    # Logged in, the toolbar's personal menu names the user.
    assert SITE_OWNER_NAME in page.locator("#edit-zone").inner_text()


def test_arabic_pages_read_right_to_left(page, functional_portal):
    page.goto(f"{functional_portal.absolute_url()}/ar")
    assert page.locator("body").get_attribute("dir") == "rtl"

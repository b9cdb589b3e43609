"""Site setup → Magazine."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.testing.zope import Browser

import pytest


@pytest.fixture
def browser(functional_app):
    browser = Browser(functional_app)
    browser.handleErrors = False
    return browser


def test_manager_changes_the_pdf_limit(browser, functional_portal):
    browser.addHeader("Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}")
    browser.open(f"{functional_portal.absolute_url()}/@@magazine-settings")
    browser.getControl(name="form.widgets.max_pdf_size").value = "12"
    browser.getControl(name="form.buttons.save").click()
    assert "Changes saved" in browser.contents
    browser.open(f"{functional_portal.absolute_url()}/@@magazine-settings")
    assert browser.getControl(name="form.widgets.max_pdf_size").value == "12"


def test_zero_is_refused(browser, functional_portal):
    browser.addHeader("Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}")
    browser.open(f"{functional_portal.absolute_url()}/@@magazine-settings")
    browser.getControl(name="form.widgets.max_pdf_size").value = "0"
    browser.getControl(name="form.buttons.save").click()
    assert "Value is too small" in browser.contents
    browser.open(f"{functional_portal.absolute_url()}/@@magazine-settings")
    assert browser.getControl(name="form.widgets.max_pdf_size").value == "60"


def test_anonymous_is_sent_to_log_in(browser, functional_portal):
    browser.handleErrors = True
    browser.open(f"{functional_portal.absolute_url()}/@@magazine-settings")
    assert "/login" in browser.url
    assert "form.widgets.max_pdf_size" not in browser.contents

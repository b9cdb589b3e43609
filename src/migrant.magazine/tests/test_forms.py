"""Editors' add forms refuse bad input with a message on the field."""

from migrant.magazine.demo import make_pdf
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.testing.zope import Browser

import io
import pytest


@pytest.fixture
def browser(functional_app):
    browser = Browser(functional_app)
    browser.handleErrors = False
    browser.addHeader("Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}")
    return browser


def open_add_form(browser, magazine):
    browser.open(f"{magazine.absolute_url()}/++add++MagazineIssue")
    browser.getControl(name="form.widgets.year").value = "2015"
    browser.getControl(name="form.widgets.quarter:list").value = ["1"]


def field_error(browser, field):
    """The error text shown with a field, or None."""
    from lxml import html

    tree = html.fromstring(browser.contents)
    field = tree.xpath(f'//*[@id="formfield-form-widgets-{field}"]')[0]
    errors = field.xpath('.//*[contains(@class, "invalid-feedback")]')
    return " ".join(e.text_content().strip() for e in errors) or None


def test_duplicate_number_shows_field_error(browser, functional_magazine):
    open_add_form(browser, functional_magazine)
    browser.getControl(name="form.widgets.number").value = "19"
    browser.getControl(name="form.buttons.save").click()
    assert "++add++MagazineIssue" in browser.url
    assert field_error(browser, "number") == (
        "Issue number 19 already exists in this magazine: Nr. 19 / 2013."
    )


def test_non_pdf_upload_shows_field_error(browser, functional_magazine):
    open_add_form(browser, functional_magazine)
    browser.getControl(name="form.widgets.number").value = "30"
    browser.getControl(name="form.widgets.pdf").add_file(
        io.BytesIO(b"GIF89a not a pdf"), "application/pdf", "cover.pdf"
    )
    browser.getControl(name="form.buttons.save").click()
    assert field_error(browser, "pdf") == "Only PDF documents can be uploaded here."


def test_valid_issue_is_added(browser, functional_magazine):
    open_add_form(browser, functional_magazine)
    browser.getControl(name="form.widgets.number").value = "30"
    browser.getControl(name="form.widgets.pdf").add_file(
        io.BytesIO(make_pdf(title="Nr. 30")), "application/pdf", "nr30.pdf"
    )
    browser.getControl(name="form.buttons.save").click()
    assert browser.url.startswith(f"{functional_magazine.absolute_url()}/nr-30-2015")
    assert "Nr. 30 / 2015 · Q1" in browser.contents

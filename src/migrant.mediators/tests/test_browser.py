"""In Chromium: an anonymous visitor filters the directory by city and language,
opens a mediator and sends a message, which the test mail host captures."""

from migrant.mediators.browser.contact import limiter
from migrant.mediators.testing import add_mediator
from plone import api
from plone.app.testing.utils import MockMailHost
from Products.MailHost.interfaces import IMailHost
from zope.component import getSiteManager

import email
import pytest
import transaction


pytestmark = pytest.mark.browser


@pytest.fixture
def site(functional_portal):
    portal = functional_portal
    limiter.clear()
    mailhost = MockMailHost("MailHost")
    portal.MailHost = mailhost
    sm = getSiteManager(portal)
    sm.unregisterUtility(provided=IMailHost)
    sm.registerUtility(mailhost, provided=IMailHost)
    api.portal.set_registry_record("plone.smtp_host", "localhost")
    api.portal.set_registry_record("plone.email_from_address", "site@example.org")
    with api.env.adopt_roles(["Manager"]):
        directory = api.content.create(
            container=portal,
            type="MediatorDirectory",
            id="mediators",
            title="Mediators",
        )
        api.content.transition(directory, to_state="published")
        add_mediator(
            directory,
            "Amira",
            "Haddad",
            city="iasi",
            languages=["ar", "ro"],
            email="amira.private@example.org",
        )
        add_mediator(
            directory,
            "Claire",
            "Mbala",
            city="iasi",
            languages=["fr"],
            email="claire.private@example.org",
        )
        add_mediator(
            directory,
            "Omar",
            "Farouk",
            city="timisoara",
            languages=["ar"],
            email="omar.private@example.org",
        )
    transaction.commit()
    return portal


def test_find_and_contact_a_mediator(site, page):
    page.goto(f"{site.absolute_url()}/mediators")
    page.select_option("#mediator-filter-city", "iasi")
    page.select_option("#mediator-filter-language", "ar")
    with page.expect_navigation():
        page.get_by_role("button", name="Filter").click()
    assert "city=iasi" in page.url and "language=ar" in page.url
    links = page.locator("a.mediator-link")
    assert links.all_inner_texts() == ["Amira Haddad"]

    with page.expect_navigation():
        links.first.click()
    assert "amira.private" not in page.content()
    with page.expect_navigation():
        page.get_by_role("link", name="Contact this mediator").click()

    page.locator('[name="form.widgets.name"]').fill("Karim Visitor")
    page.locator('[name="form.widgets.email"]').fill("karim@example.net")
    page.locator('[name="form.widgets.message"]').fill(
        "Bună ziua, am nevoie de ajutor cu permisul de ședere."
    )
    with page.expect_navigation():
        page.locator('[name="form.buttons.send"]').click()
    assert page.url.endswith("/mediators/amira-haddad")
    assert "Your message has been sent to Amira Haddad." in page.content()
    assert "amira.private" not in page.content()

    transaction.begin()
    (raw,) = site.MailHost.messages
    message = email.message_from_bytes(raw)
    assert "amira.private@example.org" in message["To"]
    assert "karim@example.net" in message["Reply-To"]
    assert "permisul de ședere" in message.get_payload(decode=True).decode("utf-8")

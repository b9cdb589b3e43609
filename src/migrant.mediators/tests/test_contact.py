"""The contact form: delivery with Reply-To, honeypot, rate limit, validation."""

from migrant.mediators.browser.contact import RateLimiter
from migrant.mediators.browser.contact import limiter
from migrant.mediators.testing import add_mediator
from plone import api
from plone.app.testing.utils import MockMailHost
from Products.MailHost.interfaces import IMailHost
from zope.component import getSiteManager

import email
import pytest


VISITOR = {
    "form.widgets.name": "Karim Visitor",
    "form.widgets.email": "karim@example.net",
    "form.widgets.language": ["fr"],
    "form.widgets.message": "Bonjour, j'ai besoin d'aide pour mon permis de séjour.",
    "form.widgets.website": "",
    "form.buttons.send": "Send",
}


@pytest.fixture(autouse=True)
def fresh_limiter():
    limiter.clear()
    yield
    limiter.clear()


@pytest.fixture
def mailhost(portal):
    mailhost = MockMailHost("MailHost")
    portal.MailHost = mailhost
    sm = getSiteManager(portal)
    sm.unregisterUtility(provided=IMailHost)
    sm.registerUtility(mailhost, provided=IMailHost)
    api.portal.set_registry_record("plone.smtp_host", "localhost")
    api.portal.set_registry_record("plone.email_from_address", "site@example.org")
    api.portal.set_registry_record("plone.email_from_name", "Migrant in Romania")
    return mailhost


@pytest.fixture
def ana(mediators):
    return mediators["ana"]


def submit(mediator, as_role, ip="192.0.2.1", **changes):
    as_role(None)
    request = mediator.REQUEST
    request.form.clear()
    form = dict(VISITOR)
    form.update(changes)
    request.form.update(
        {key: value for key, value in form.items() if value is not None}
    )
    request["REQUEST_METHOD"] = "POST"
    request.environ["REMOTE_ADDR"] = ip
    request._client_addr = ip
    request.response.setStatus(200)
    request.response.setHeader("Location", "")
    html = mediator.restrictedTraverse("@@contact")()
    return html, request.response


def sent(mailhost):
    return [email.message_from_bytes(raw) for raw in mailhost.messages]


class TestDelivery:
    def test_sent_to_private_address_with_reply_to(self, ana, mailhost, as_role):
        html, response = submit(ana, as_role)
        (message,) = sent(mailhost)
        assert "ana.private@example.org" in message["To"]
        assert "karim@example.net" in message["Reply-To"]
        assert "Karim Visitor" in message["Reply-To"]
        body = message.get_payload(decode=True).decode("utf-8")
        assert "permis de séjour" in body
        assert "Français" in body
        assert response.getStatus() == 302
        assert response.getHeader("Location") == ana.absolute_url()

    def test_address_never_in_response(self, ana, mailhost, as_role):
        html, response = submit(ana, as_role)
        assert "ana.private" not in html
        assert "ana.private" not in str(response.headers)
        assert "ana.private" not in str(response.cookies)

    def test_form_page_for_anonymous(self, ana, as_role):
        as_role(None)
        ana.REQUEST.form.clear()
        html = ana.restrictedTraverse("@@contact")()
        assert 'name="form.widgets.message"' in html
        assert 'name="form.widgets.website"' in html
        assert "ana.private" not in html

    def test_profile_links_to_form(self, ana, as_role):
        as_role(None)
        html = ana.restrictedTraverse("@@mediator-view")()
        assert f'href="{ana.absolute_url()}/@@contact"' in html

    def test_no_address_no_form(self, directory, mailhost, as_role):
        nobody = add_mediator(directory, "No", "Address", email=None)
        html, _response = submit(nobody, as_role)
        assert "cannot be contacted" in html
        assert mailhost.messages == []

    def test_inactive_cannot_be_contacted(self, mediators, mailhost, as_role):
        html, _response = submit(mediators["retired"], as_role)
        assert "cannot be contacted" in html
        assert mailhost.messages == []


class TestRefusals:
    @pytest.mark.parametrize(
        "changes,error",
        [
            ({"form.widgets.name": ""}, "Required input is missing."),
            ({"form.widgets.email": ""}, "Required input is missing."),
            ({"form.widgets.email": "karim-at-example"}, "not valid"),
            ({"form.widgets.email": "karim@example.net\nBcc: x@y.z"}, ""),
            ({"form.widgets.message": ""}, "Required input is missing."),
            ({"form.widgets.message": "Hi"}, "too short"),
            ({"form.widgets.message": "x" * 5001}, "too long"),
        ],
    )
    def test_validation(self, ana, mailhost, as_role, changes, error):
        html, _response = submit(ana, as_role, **changes)
        assert mailhost.messages == []
        assert "There were some errors." in html
        assert error in html

    def test_unknown_language_is_dropped(self, ana, mailhost, as_role):
        submit(ana, as_role, **{"form.widgets.language": ["xx"]})
        (message,) = sent(mailhost)
        assert "xx" not in message.get_payload(decode=True).decode("utf-8")

    def test_honeypot(self, ana, mailhost, as_role):
        html, _response = submit(
            ana, as_role, **{"form.widgets.website": "http://spam.example"}
        )
        assert mailhost.messages == []
        assert "Your message could not be sent." in html

    def test_rate_limit(self, ana, mailhost, as_role):
        api.portal.set_registry_record("migrant.mediators.contact_rate_limit", 2)
        submit(ana, as_role)
        submit(ana, as_role)
        html, _response = submit(ana, as_role)
        assert len(mailhost.messages) == 2
        assert "too many messages" in html
        # Another address is not affected.
        submit(ana, as_role, ip="198.51.100.7")
        assert len(mailhost.messages) == 3

    def test_zero_turns_the_form_off(self, ana, mailhost, as_role):
        api.portal.set_registry_record("migrant.mediators.contact_rate_limit", 0)
        html, _response = submit(ana, as_role)
        assert mailhost.messages == []
        assert "too many messages" in html


class TestRateLimiter:
    def test_window_slides(self):
        limiter = RateLimiter(window=60)
        assert limiter.allow("a", 2, now=0)
        assert limiter.allow("a", 2, now=10)
        assert not limiter.allow("a", 2, now=20)
        assert limiter.allow("b", 2, now=20)
        assert limiter.allow("a", 2, now=61)

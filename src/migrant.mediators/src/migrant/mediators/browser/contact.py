"""The "Contact this mediator" form.

The visitor's message goes to the mediator's private address through Plone's
MailHost, with Reply-To set to the visitor; the address itself is never part
of any response. Bots are turned away by a honeypot field and each client IP
address may send at most ``migrant.mediators.contact_rate_limit`` messages an
hour (kept in memory, per Zope process: no database writes for visitors).
"""

from email.mime.text import MIMEText
from email.utils import formataddr
from migrant.mediators import _
from plone import api
from plone.autoform.form import AutoExtensibleForm
from plone.schema import Email
from plone.z3cform import layout
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from Products.statusmessages.interfaces import IStatusMessage
from z3c.form import button
from z3c.form import form
from zope import schema
from zope.i18n import translate
from zope.interface import Interface

import collections
import logging
import threading
import time


logger = logging.getLogger("migrant.mediators")

MESSAGE_MAX = 5000
WINDOW = 3600


class IContactForm(Interface):
    name = schema.TextLine(title=_("Your name"), required=True, max_length=200)
    email = Email(
        title=_("Your e-mail address"),
        description=_("The mediator replies to this address."),
        required=True,
    )
    language = schema.Choice(
        title=_("Language for the reply"),
        vocabulary="migrant.mediators.languages",
        required=False,
    )
    message = schema.Text(
        title=_("Message"), required=True, min_length=10, max_length=MESSAGE_MAX
    )
    # Honeypot: hidden from people, filled in by bots.
    website = schema.TextLine(
        title=_("Leave this field empty"),
        required=False,
    )


class RateLimiter:
    """Sliding window of timestamps per key, in memory."""

    def __init__(self, window=WINDOW):
        self.window = window
        self.hits = collections.defaultdict(collections.deque)
        self.lock = threading.Lock()

    def allow(self, key, limit, now=None):
        now = time.time() if now is None else now
        with self.lock:
            hits = self.hits[key]
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= limit:
                return False
            hits.append(now)
            return True

    def clear(self):
        with self.lock:
            self.hits.clear()


limiter = RateLimiter()


def rate_limit():
    try:
        return int(
            api.portal.get_registry_record(
                "migrant.mediators.contact_rate_limit", default=5
            )
        )
    except (TypeError, ValueError):
        return 5


class ContactForm(AutoExtensibleForm, form.Form):
    schema = IContactForm
    ignoreContext = True
    label = _("Contact this mediator")
    description = _(
        "Your message is forwarded to the mediator, who answers you by e-mail. "
        "The mediator's own address stays private."
    )

    def can_contact(self):
        return bool(self.context.active and self.context.email)

    def updateWidgets(self, prefix=None):
        super().updateWidgets(prefix)
        honeypot = self.widgets["website"]
        honeypot.addClass("migrant-hp")
        honeypot.autocomplete = "off"
        honeypot.tabindex = -1
        self.widgets["message"].rows = 8

    def updateActions(self):
        super().updateActions()
        if "send" in self.actions:
            self.actions["send"].addClass("btn btn-primary")

    def refuse(self, message):
        IStatusMessage(self.request).addStatusMessage(message, "error")
        self.status = message

    @button.buttonAndHandler(_("Send"), name="send")
    def handle_send(self, action):
        if not self.can_contact():
            self.refuse(_("This mediator cannot be contacted at the moment."))
            return
        data, errors = self.extractData()
        if errors:
            self.status = self.formErrorsMessage
            return
        if data.get("website"):
            logger.info("contact form: honeypot filled, message dropped")
            self.refuse(_("Your message could not be sent."))
            return
        address = self.request.getClientAddr() or "unknown"
        if not limiter.allow(address, rate_limit()):
            self.refuse(
                _("You have sent too many messages. Please try again in an hour.")
            )
            return
        try:
            self.send(data)
        except Exception:
            logger.exception("contact form: sending failed")
            self.refuse(_("Your message could not be sent. Please try again later."))
            return
        IStatusMessage(self.request).addStatusMessage(
            _(
                "Your message has been sent to ${name}.",
                mapping={"name": self.context.title},
            ),
            "info",
        )
        self.request.response.redirect(self.context.absolute_url())

    def send(self, data):
        language = data.get("language")
        language_title = ""
        if language:
            vocabulary = self.fields["language"].field.bind(self.context).vocabulary
            language_title = vocabulary.getTerm(language).title
        mediator = self.context
        body = translate(
            _(
                "contact_mail_body",
                default=(
                    "${name} wrote to you through ${site}.\n"
                    "Reply to this e-mail to answer (preferred language: "
                    "${language}).\n\n${message}\n\n-- \n${url}\n"
                ),
                mapping={
                    "name": data["name"],
                    "site": api.portal.get().Title(),
                    "language": language_title or "-",
                    "message": data["message"],
                    "url": mediator.absolute_url(),
                },
            ),
            context=self.request,
        )
        subject = translate(
            _(
                "Message from ${name} through the mediator directory",
                mapping={"name": data["name"]},
            ),
            context=self.request,
        )
        message = MIMEText(body, "plain", "utf-8")
        message["Reply-To"] = formataddr((data["name"], data["email"]), "utf-8")
        api.portal.send_email(
            recipient=formataddr((mediator.title, mediator.email), "utf-8"),
            subject=subject,
            body=message,
            immediate=True,
        )


class ContactFormView(layout.FormWrapper):
    form = ContactForm
    index = ViewPageTemplateFile("templates/contact.pt")

"""Interfaces of migrant.mediators: browser layer and registry settings."""

from migrant.mediators import _
from plone.autoform import directives
from plone.z3cform.textlines import TextLinesFieldWidget
from zope import schema
from zope.interface import Interface
from zope.publisher.interfaces.browser import IDefaultBrowserLayer

import re


ENTRY_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

DEFAULT_CITIES = [
    "timisoara|Timișoara",
    "iasi|Iași",
    "constanta|Constanța",
    "cluj-napoca|Cluj-Napoca",
    "bucuresti|București",
]

DEFAULT_EXPERTISE = [
    "legal-residence|Legal and residence",
    "employment|Employment",
    "education|Education",
    "health|Health",
    "housing|Housing",
    "culture|Culture",
    "public-administration|Public administration",
]


class IMigrantMediatorsLayer(IDefaultBrowserLayer):
    """Browser layer: present only in sites where migrant.mediators is installed."""


class InvalidEntries(schema.ValidationError):
    __doc__ = _(
        "Write one entry per line as 'id|Title'; the id uses lowercase "
        "letters, digits and hyphens, and every id appears only once."
    )


def parse_entries(lines):
    """Turn registry lines 'id|Title' into (id, title) pairs, skipping blanks."""
    pairs = []
    for line in lines or ():
        line = (line or "").strip()
        if not line:
            continue
        token, sep, title = line.partition("|")
        token, title = token.strip(), title.strip()
        pairs.append((token, title if sep else token))
    return pairs


def valid_entries(lines):
    """Constraint of the 'id|Title' lists: well-formed, unique ids."""
    seen = set()
    for line in lines or ():
        token, sep, title = (line or "").strip().partition("|")
        token = token.strip()
        if not sep or not title.strip() or not ENTRY_ID.match(token):
            raise InvalidEntries(line)
        if token in seen:
            raise InvalidEntries(line)
        seen.add(token)
    return True


class IMediatorSettings(Interface):
    """Registry records `migrant.mediators.*`, edited in "Mediator cities"."""

    directives.widget("cities", TextLinesFieldWidget)
    cities = schema.List(
        title=_("Cities"),
        description=_(
            "One city per line as 'id|Title', e.g. 'timisoara|Timișoara'. "
            "The id is stored on the mediators: keep it when renaming a city. "
            "A city that mediators still use cannot be removed."
        ),
        value_type=schema.TextLine(),
        default=list(DEFAULT_CITIES),
        missing_value=[],
        required=False,
        constraint=valid_entries,
    )

    directives.widget("expertise", TextLinesFieldWidget)
    expertise = schema.List(
        title=_("Areas of expertise"),
        description=_("One area per line as 'id|Title'."),
        value_type=schema.TextLine(),
        default=list(DEFAULT_EXPERTISE),
        missing_value=[],
        required=False,
        constraint=valid_entries,
    )

    contact_rate_limit = schema.Int(
        title=_("Contact messages per visitor and hour"),
        description=_(
            "How many messages one IP address may send through the mediators' "
            "contact forms in an hour; 0 turns the contact form off."
        ),
        default=5,
        min=0,
        required=True,
    )

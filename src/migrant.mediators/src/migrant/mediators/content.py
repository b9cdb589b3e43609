"""Content types: Mediator Directory (container) and Mediator (item)."""

from migrant.mediators import _
from plone import api
from plone.app.textfield import RichText
from plone.app.z3cform.widgets.select import SelectFieldWidget
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobImage
from plone.schema import Email
from plone.supermodel import model
from zope import schema
from zope.interface import implementer
from zope.schema.interfaces import ValidationError

import re


try:  # Multilingual sites keep these fields in sync between translations.
    from plone.app.multilingual.dx.directives import languageindependent
except ImportError:  # pragma: no cover - plone.app.multilingual is optional

    def languageindependent(*names):
        """Without plone.app.multilingual there is nothing to mark."""


VIEW_CONTACT_DETAILS = "migrant.mediators.ViewContactDetails"
VIEW_CONTACT_DETAILS_TITLE = "migrant.mediators: View contact details"
# Linking a user grants them the Editor role on the profile: only those who
# manage the mediators (not the linked mediator) may change the link.
MANAGE_MEDIATORS = "migrant.mediators.ManageMediators"

PHONE = re.compile(r"^\+?[0-9][0-9 ()./-]{5,30}$")


class InvalidPhone(ValidationError):
    __doc__ = _("Enter a phone number with digits, spaces and an optional leading '+'.")


class UnknownUser(ValidationError):
    __doc__ = _("There is no user with this user id.")


def valid_phone(value):
    if value and not PHONE.match(value.strip()):
        raise InvalidPhone(value)
    return True


def existing_user(value):
    if value and api.user.get(userid=value) is None:
        raise UnknownUser(value)
    return True


class IMediatorDirectory(model.Schema):
    """A folder of mediators with a filterable listing."""


class IMediator(model.Schema):
    """An intercultural mediator's public profile with private contact details."""

    # Read-only, computed from the names (see Mediator.title); in the schema so
    # that serializers (plone.restapi) include it like any other title.
    directives.omitted("title")
    title = schema.TextLine(title=_("Name"), readonly=True, required=False)

    first_name = schema.TextLine(title=_("First name"), required=True)
    last_name = schema.TextLine(title=_("Last name"), required=True)
    photo = NamedBlobImage(title=_("Photo"), required=False)
    city = schema.Choice(
        title=_("City"),
        vocabulary="migrant.mediators.cities",
        required=True,
    )
    # A plain <select multiple> (enhanced by select2): works without JavaScript,
    # unlike z3c.form's default ordered-selection widget.
    directives.widget("languages", SelectFieldWidget)
    directives.widget("countries", SelectFieldWidget)
    directives.widget("expertise", SelectFieldWidget)
    languages = schema.List(
        title=_("Languages spoken"),
        value_type=schema.Choice(vocabulary="migrant.mediators.languages"),
        required=True,
        min_length=1,
    )
    countries = schema.List(
        title=_("Communities served (countries of origin)"),
        value_type=schema.Choice(vocabulary="migrant.mediators.countries"),
        required=False,
        default=[],
        missing_value=[],
    )
    expertise = schema.List(
        title=_("Areas of expertise"),
        value_type=schema.Choice(vocabulary="migrant.mediators.expertise"),
        required=False,
        default=[],
        missing_value=[],
    )
    bio = RichText(title=_("Short biography"), required=False)
    training = schema.Text(title=_("Training and certification"), required=False)
    active = schema.Bool(
        title=_("Active"),
        description=_("Only active mediators are listed in the directory."),
        default=True,
        required=False,
    )

    model.fieldset(
        "contact",
        label=_("Private contact details"),
        fields=["email", "phone"],
    )
    directives.read_permission(email=VIEW_CONTACT_DETAILS, phone=VIEW_CONTACT_DETAILS)
    directives.write_permission(email=VIEW_CONTACT_DETAILS, phone=VIEW_CONTACT_DETAILS)
    email = Email(
        title=_("E-mail"),
        description=_(
            "Never shown publicly: visitors' messages from the contact form "
            "are sent here."
        ),
        required=False,
    )
    phone = schema.TextLine(
        title=_("Phone"),
        required=False,
        constraint=valid_phone,
    )

    model.fieldset("account", label=_("Account"), fields=["linked_user"])
    # A user id can be an e-mail address (email login): private as well.
    directives.read_permission(linked_user=VIEW_CONTACT_DETAILS)
    directives.write_permission(linked_user=MANAGE_MEDIATORS)
    linked_user = schema.TextLine(
        title=_("Linked user"),
        description=_(
            "User id of the mediator's own account: that user may edit this profile."
        ),
        required=False,
        constraint=existing_user,
    )

    languageindependent(
        "first_name",
        "last_name",
        "photo",
        "city",
        "languages",
        "countries",
        "expertise",
        "active",
        "email",
        "phone",
        "linked_user",
    )


@implementer(IMediatorDirectory)
class MediatorDirectory(Container):
    """Container of mediators."""


@implementer(IMediator)
class Mediator(Item):
    """A mediator; the title is always "First Last"."""

    @property
    def title(self):
        names = (getattr(self, "first_name", None), getattr(self, "last_name", None))
        return " ".join(name.strip() for name in names if name and name.strip())

    @title.setter
    def title(self, value):
        """The title follows the names; a title given on creation is ignored."""

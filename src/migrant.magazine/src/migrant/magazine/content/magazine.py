"""Magazine: the publication, holding its numbered issues."""

from migrant.magazine import _
from migrant.magazine import validators
from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


class IMagazine(model.Schema):
    issn = schema.TextLine(
        title=_("ISSN"),
        description=_("For example 1844-6949."),
        required=False,
        constraint=validators.issn,
    )
    publisher = schema.TextLine(title=_("Publisher"), required=False)
    editorial_board = schema.Text(
        title=_("Editorial board"),
        description=_("One person per line, with their role."),
        required=False,
    )
    frequency = schema.Choice(
        title=_("Frequency"),
        vocabulary="migrant.magazine.frequencies",
        default="quarterly",
    )


@implementer(IMagazine)
class Magazine(Container):
    """A magazine; its default view shows the current issue and the archive."""

"""Magazine issue: one numbered issue, its cover, PDF and table of contents."""

from migrant.magazine import _
from migrant.magazine import validators
from migrant.magazine.multilingual import language_independent
from plone.app.textfield import RichText
from plone.dexterity.content import Container
from plone.namedfile.field import NamedBlobFile
from plone.namedfile.field import NamedBlobImage
from plone.supermodel import model
from zope import schema
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant

import datetime


def this_year():
    return datetime.date.today().year


class IMagazineIssue(model.Schema):
    number = schema.Int(
        title=_("Number"),
        description=_("Unique within the magazine, e.g. 19."),
        min=1,
    )
    year = schema.Int(title=_("Year"), min=1900, max=2999, defaultFactory=this_year)
    quarter = schema.Choice(
        title=_("Quarter"),
        vocabulary="migrant.magazine.quarters",
        required=False,
    )
    season = schema.TextLine(
        title=_("Season"),
        description=_("Shown instead of the quarter, e.g. Winter 2013."),
        required=False,
    )
    publication_date = schema.Date(title=_("Publication date"), required=False)
    theme = schema.TextLine(
        title=_("Theme"),
        description=_("What this issue is about, in one line."),
        required=False,
    )
    cover = NamedBlobImage(title=_("Cover"), required=False)
    pdf = NamedBlobFile(
        title=_("Full PDF"),
        required=False,
        constraint=validators.pdf_file,
    )
    text = RichText(title=_("Editorial"), required=False)

    @invariant
    def quarter_or_season(data):
        if not getattr(data, "quarter", None) and not getattr(data, "season", None):
            raise Invalid(_("Give the quarter, the season, or both."))


language_independent(IMagazineIssue, "number", "year", "quarter", "publication_date")


def issue_title(number, year):
    """The title issues are known by: "Nr. 19 / 2013"."""
    if not number:
        return ""
    return f"Nr. {number} / {year}" if year else f"Nr. {number}"


@implementer(IMagazineIssue)
class MagazineIssue(Container):
    """An issue's title is derived from its number and year."""

    @property
    def title(self):
        return issue_title(getattr(self, "number", None), getattr(self, "year", None))

    @title.setter
    def title(self, value):
        """Ignored: Dexterity sets a title on creation; ours is derived."""

    def Description(self):
        return self.theme or ""

"""Magazine article: a piece in an issue or supplement, with its pages."""

from migrant.magazine import _
from migrant.magazine import validators
from migrant.magazine.multilingual import language_independent
from plone.dexterity.content import Item
from plone.supermodel import model
from zope import schema
from zope.interface import implementer
from zope.interface import invariant


class IMagazineArticle(model.Schema):
    authors = schema.List(
        title=_("Authors"),
        description=_("One per line."),
        value_type=schema.TextLine(),
        required=False,
        default=[],
    )
    section = schema.Choice(
        title=_("Section"),
        vocabulary="migrant.magazine.sections",
        required=False,
    )
    first_page = schema.Int(title=_("First page"), min=1, required=False)
    last_page = schema.Int(title=_("Last page"), min=1, required=False)

    @invariant
    def pages_in_order(data):
        validators.page_range(data)


language_independent(IMagazineArticle, "authors", "section", "first_page", "last_page")


@implementer(IMagazineArticle)
class MagazineArticle(Item):
    """An article; its place in the table of contents is its folder position."""

    def pages(self):
        """ "12-15", "12" or ""."""
        return page_label(self.first_page, self.last_page)


def page_label(first, last):
    if first and last and last != first:
        return f"{first}–{last}"
    return str(first or last or "")

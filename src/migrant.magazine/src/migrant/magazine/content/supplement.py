"""Supplement: a publication inside an issue (e.g. "Bessarabian Focus")."""

from migrant.magazine import _
from migrant.magazine import validators
from plone.dexterity.content import Container
from plone.namedfile.field import NamedBlobFile
from plone.namedfile.field import NamedBlobImage
from plone.supermodel import model
from zope.interface import implementer


class IMagazineSupplement(model.Schema):
    cover = NamedBlobImage(title=_("Cover"), required=False)
    pdf = NamedBlobFile(
        title=_("PDF"),
        required=False,
        constraint=validators.pdf_file,
    )


@implementer(IMagazineSupplement)
class MagazineSupplement(Container):
    """A supplement holds its own articles."""

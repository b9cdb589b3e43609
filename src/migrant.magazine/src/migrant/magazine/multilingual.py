"""Language-independent fields, where plone.app.multilingual is installed.

The add-on works without plone.app.multilingual; where it is present, fields
marked here are kept equal across the translations of an item.
"""

from plone.base.utils import get_installer
from zope.interface import alsoProvides


try:
    from plone.app.multilingual.dx.interfaces import ILanguageIndependentField
except ImportError:  # pragma: no cover - multilingual is optional
    ILanguageIndependentField = None


def language_independent(schema, *names):
    """Mark the fields `names` of `schema` as language independent.

    >>> language_independent(IMagazineIssue, "number", "year")
    """
    if ILanguageIndependentField is None:
        return
    for name in names:
        alsoProvides(schema[name], ILanguageIndependentField)


TYPES = ("Magazine", "MagazineIssue", "MagazineArticle", "MagazineSupplement")


def make_translatable(portal, type_names=TYPES):
    """Give the types plone.app.multilingual's behavior where it is installed.

    plone.app.multilingual adds it to the types that exist when it is
    installed; types installed after it would stay monolingual.
    """
    if ILanguageIndependentField is None:
        return
    if not get_installer(portal).is_product_installed("plone.app.multilingual"):
        return
    for name in type_names:
        fti = portal.portal_types[name]
        if "plone.translatable" not in fti.behaviors:
            fti._updateProperty("behaviors", (*fti.behaviors, "plone.translatable"))

"""Language-independent fields, where plone.app.multilingual is installed.

The add-on works without plone.app.multilingual; where it is present, fields
marked here are kept equal across the translations of an item.
"""

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

"""Catalog indexers of Mediator.

The private fields (e-mail, phone) are never indexed: they are neither in an
index nor in the catalog metadata nor in SearchableText.
"""

from migrant.mediators.content import IMediator
from plone.app.textfield.interfaces import IRichTextValue
from plone.base.utils import safe_text
from plone.indexer import indexer
from Products.CMFCore.utils import getToolByName
from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory


def _titles(vocabulary_name, context, tokens):
    vocabulary = getUtility(IVocabularyFactory, vocabulary_name)(context)
    titles = []
    for token in tokens or ():
        try:
            titles.append(str(vocabulary.getTerm(token).title))
        except LookupError:
            titles.append(token)
    return titles


@indexer(IMediator)
def mediator_city(obj):
    return obj.city or None


@indexer(IMediator)
def mediator_languages(obj):
    return tuple(obj.languages or ())


@indexer(IMediator)
def mediator_expertise(obj):
    return tuple(obj.expertise or ())


@indexer(IMediator)
def mediator_active(obj):
    return bool(obj.active)


@indexer(IMediator)
def mediator_has_photo(obj):
    return bool(obj.photo)


@indexer(IMediator)
def searchable_text(obj):
    parts = [obj.first_name, obj.last_name]
    parts += _titles("migrant.mediators.cities", obj, [obj.city] if obj.city else [])
    parts += _titles("migrant.mediators.languages", obj, obj.languages)
    parts += _titles("migrant.mediators.countries", obj, obj.countries)
    parts += _titles("migrant.mediators.expertise", obj, obj.expertise)
    if IRichTextValue.providedBy(obj.bio):
        transforms = getToolByName(obj, "portal_transforms")
        parts.append(
            transforms.convertTo(
                "text/plain", safe_text(obj.bio.raw), mimetype=obj.bio.mimeType
            )
            .getData()
            .strip()
        )
    parts.append(obj.training)
    return " ".join(safe_text(part) for part in parts if part)

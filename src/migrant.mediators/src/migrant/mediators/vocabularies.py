"""Named vocabularies of migrant.mediators, reusable by other add-ons.

- ``migrant.mediators.cities``: the cities of the "Mediator cities" control panel;
- ``migrant.mediators.expertise``: areas of expertise (registry, extensible);
- ``migrant.mediators.languages``: ISO 639-1 languages, native name first;
- ``migrant.mediators.countries``: ISO 3166-1 countries.
"""

from migrant.mediators import _
from migrant.mediators.interfaces import IMediatorSettings
from migrant.mediators.interfaces import parse_entries
from plone.i18n.locales.interfaces import IContentLanguageAvailability
from plone.i18n.locales.interfaces import ICountryAvailability
from plone.registry.interfaces import IRegistry
from zope.component import getUtility
from zope.component import queryUtility
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


PREFIX = "migrant.mediators"


def settings():
    """The registry records proxy, or None where the add-on is not installed."""
    registry = queryUtility(IRegistry)
    if registry is None:
        return None
    return registry.forInterface(IMediatorSettings, prefix=PREFIX, check=False)


def _registry_pairs(name):
    proxy = settings()
    if proxy is None:
        return []
    try:
        return parse_entries(getattr(proxy, name, None))
    except KeyError:
        return []


def city_pairs():
    """[(id, title)] of the configured cities, in their configured order."""
    return _registry_pairs("cities")


@provider(IVocabularyFactory)
def CitiesVocabulary(context=None):
    return SimpleVocabulary(
        [SimpleTerm(token, token, title) for token, title in city_pairs()]
    )


@provider(IVocabularyFactory)
def ExpertiseVocabulary(context=None):
    # Titles are message ids of the domain: the default areas are translated,
    # areas added in the control panel show as written.
    return SimpleVocabulary(
        [
            SimpleTerm(token, token, _(title))
            for token, title in _registry_pairs("expertise")
        ]
    )


def language_title(code, info):
    native, name = info.get("native") or code, info.get("name") or code
    return native if native == name else f"{native} ({name})"


@provider(IVocabularyFactory)
def LanguagesVocabulary(context=None):
    languages = getUtility(IContentLanguageAvailability).getLanguages()
    terms = [
        SimpleTerm(code, code, language_title(code, info))
        for code, info in languages.items()
        if "-" not in code
    ]
    return SimpleVocabulary(sorted(terms, key=lambda term: term.title.casefold()))


@provider(IVocabularyFactory)
def CountriesVocabulary(context=None):
    countries = getUtility(ICountryAvailability).getCountries()
    terms = [
        SimpleTerm(code, code, info.get("name") or code)
        for code, info in countries.items()
    ]
    return SimpleVocabulary(sorted(terms, key=lambda term: term.title.casefold()))

"""Directory view: filter mediators by city, language and expertise.

A plain GET form (works without JavaScript); every number and every result
comes from the catalog, which also applies the visitor's View permission, so
anonymous visitors only ever see published profiles.
"""

from plone import api
from plone.batching import Batch
from Products.Five.browser import BrowserView
from urllib.parse import urlencode
from zope.component import getUtility
from zope.i18n import translate
from zope.schema.interfaces import IVocabularyFactory


BATCH_SIZE = 12
FILTERS = (
    ("city", "mediator_city", "migrant.mediators.cities"),
    ("language", "mediator_languages", "migrant.mediators.languages"),
    ("expertise", "mediator_expertise", "migrant.mediators.expertise"),
)


def vocabulary(name, context):
    return getUtility(IVocabularyFactory, name)(context)


def _single(value):
    if isinstance(value, (list, tuple)):
        value = value[0] if value else ""
    return value.strip() if isinstance(value, str) else ""


class MediatorSearch:
    """Parse filters from a request form and query the catalog."""

    def __init__(self, context, form):
        self.context = context
        self.vocabularies = {
            key: vocabulary(name, context) for key, _index, name in FILTERS
        }
        self.selected = {}
        self.invalid = []
        for key, _index, _name in FILTERS:
            value = _single(form.get(key))
            if not value:
                continue
            if value in self.vocabularies[key]:
                self.selected[key] = value
            else:
                self.invalid.append(key)

    def base_query(self):
        return {
            "portal_type": "Mediator",
            "path": "/".join(self.context.getPhysicalPath()),
            "mediator_active": True,
        }

    def query(self, without=None):
        query = self.base_query()
        for key, index, _name in FILTERS:
            if key != without and key in self.selected:
                query[index] = self.selected[key]
        return query

    def results(self):
        catalog = api.portal.get_tool("portal_catalog")
        return catalog(sort_on="sortable_title", **self.query())

    def city_counts(self):
        """[(token, title, count)] for every configured city, other filters on."""
        catalog = api.portal.get_tool("portal_catalog")
        query = self.query(without="city")
        counts = []
        for term in self.vocabularies["city"]:
            count = len(catalog(mediator_city=term.value, **query))
            counts.append((term.value, term.title, count))
        return counts

    def term_title(self, key, token):
        try:
            return self.vocabularies[key].getTerm(token).title
        except LookupError:
            return token


class DirectoryView(BrowserView):
    def __call__(self):
        self.search = MediatorSearch(self.context, self.request.form)
        b_start = self.request.form.get("b_start", 0)
        try:
            b_start = max(int(b_start), 0)
        except (TypeError, ValueError):
            b_start = 0
        self.batch = Batch(self.search.results(), BATCH_SIZE, start=b_start)
        return self.index()

    def translate(self, msgid):
        return translate(msgid, context=self.request)

    def options(self, key):
        selected = self.search.selected.get(key)
        return [
            {
                "value": term.value,
                "title": self.translate(term.title),
                "selected": term.value == selected,
            }
            for term in self.search.vocabularies[key]
        ]

    def city_counts(self):
        base = self.context.absolute_url()
        selected = self.search.selected.get("city")
        rows = []
        for token, title, count in self.search.city_counts():
            params = dict(self.search.selected, city=token)
            query = urlencode(params)
            rows.append(
                {
                    "token": token,
                    "title": title,
                    "count": count,
                    "url": f"{base}?{query}",
                    "selected": token == selected,
                }
            )
        return rows

    def item(self, brain):
        search = self.search
        title = search.term_title

        def titles(key, tokens):
            return [self.translate(title(key, token)) for token in tokens or ()]

        return {
            "title": brain.Title,
            "url": brain.getURL(),
            "photo": (
                f"{brain.getURL()}/@@images/photo/thumb"
                if brain.mediator_has_photo
                else None
            ),
            "city": self.translate(title("city", brain.mediator_city)),
            "languages": titles("language", brain.mediator_languages),
            "expertise": titles("expertise", brain.mediator_expertise),
        }

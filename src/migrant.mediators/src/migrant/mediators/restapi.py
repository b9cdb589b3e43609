"""REST API (only where plone.restapi is installed): ``GET <directory>/@mediators``.

Same filters as the HTML directory (``city``, ``language``, ``expertise``),
batched with ``b_start``/``b_size``, with the counts per city. Only catalog
data: never the contact details.
"""

from migrant.mediators.browser.directory import MediatorSearch
from plone.restapi.batching import HypermediaBatch
from plone.restapi.services import Service
from zope.i18n import translate


class MediatorsGet(Service):
    def term(self, search, key, token):
        return {
            "token": token,
            "title": translate(search.term_title(key, token), context=self.request),
        }

    def item(self, search, brain):
        url = brain.getURL()
        return {
            "@id": url,
            "@type": "Mediator",
            "title": brain.Title,
            "review_state": brain.review_state,
            "city": self.term(search, "city", brain.mediator_city),
            "languages": [
                self.term(search, "language", token)
                for token in brain.mediator_languages or ()
            ],
            "expertise": [
                self.term(search, "expertise", token)
                for token in brain.mediator_expertise or ()
            ],
            "photo": f"{url}/@@images/photo/thumb"
            if brain.mediator_has_photo
            else None,
        }

    def reply(self):
        search = MediatorSearch(self.context, self.request.form)
        batch = HypermediaBatch(self.request, search.results())
        result = {
            "@id": batch.canonical_url,
            "items_total": batch.items_total,
            "filters": {
                key: search.selected.get(key)
                for key in ("city", "language", "expertise")
            },
            "invalid_filters": search.invalid,
            "counts": [
                {
                    "token": token,
                    "title": translate(title, context=self.request),
                    "count": count,
                }
                for token, title, count in search.city_counts()
            ],
            "items": [self.item(search, brain) for brain in batch],
        }
        if batch.links:
            result["batching"] = batch.links
        return result

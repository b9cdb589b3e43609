"""GET @magazine-archive: a magazine's issues grouped by year, newest first.

    GET /plone/magazine/@magazine-archive?b_size=24&b_start=0

    {"@id": ..., "current_issue": {...} | null, "items_total": 80,
     "batching": {...}, "years": [{"year": 2013, "issues": [{...}, ...]}, ...]}

Each issue carries its number, year, period, PDF size and the scales of its
cover (paths relative to the issue's @id). Anonymous callers see only the
issues they may view.
"""

from itertools import groupby
from migrant.magazine import catalog
from plone.restapi.batching import HypermediaBatch
from plone.restapi.services import Service


def issue_summary(brain):
    scales = brain.image_scales or {}
    return {
        "@id": brain.getURL(),
        "UID": brain.UID,
        "title": brain.Title,
        "description": brain.Description,
        "number": brain.issue_number,
        "year": brain.issue_year,
        "period": brain.issue_period,
        "review_state": brain.review_state,
        "pdf_size": brain.pdf_size,
        "pdf_download": f"{brain.getURL()}/@@download/pdf" if brain.pdf_size else None,
        "cover": scales.get("cover", [None])[0],
    }


class MagazineArchiveGet(Service):
    def reply(self):
        batch = HypermediaBatch(self.request, catalog.issues(self.context))
        current = catalog.current_issue(self.context)
        result = {
            "@id": batch.canonical_url,
            "current_issue": issue_summary(current) if current else None,
            "items_total": batch.items_total,
            "years": [
                {"year": year, "issues": [issue_summary(brain) for brain in brains]}
                for year, brains in groupby(batch, lambda brain: brain.issue_year)
            ],
        }
        if batch.links:
            result["batching"] = batch.links
        return result

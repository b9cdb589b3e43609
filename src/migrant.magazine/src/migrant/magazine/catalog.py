"""The catalog queries behind the magazine's pages and services.

Listings use brains and the metadata columns of profiles/default/catalog.xml:
their cost does not depend on how many issues or articles the magazine holds.
"""

from plone import api


def issues(magazine, **query):
    """Brains of the magazine's issues, newest first."""
    return api.content.find(
        context=magazine,
        depth=1,
        portal_type="MagazineIssue",
        sort_on="issue_sort_key",
        sort_order="descending",
        **query,
    )


def current_issue(magazine):
    """Brain of the latest published issue, or None."""
    found = issues(magazine, review_state="published", sort_limit=1)[:1]
    return found[0] if found else None


def _children(container, portal_type):
    """Brains of `portal_type` items directly in `container`, in folder order.

    `container` is an object or the path of a brain, so that listings can
    reach one level down without waking the container.
    """
    path = (
        container
        if isinstance(container, str)
        else "/".join(container.getPhysicalPath())
    )
    return api.content.find(
        path=path, depth=1, portal_type=portal_type, sort_on="getObjPositionInParent"
    )


def articles(container):
    """Brains of the articles of an issue or supplement, in their order."""
    return _children(container, "MagazineArticle")


def supplements(issue):
    return _children(issue, "MagazineSupplement")

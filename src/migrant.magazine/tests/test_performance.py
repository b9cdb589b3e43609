"""The archive, an issue and @magazine-archive cost the same with 20 or 200 issues.

Each page is requested over HTTP from the layer's WSGI server, as an anonymous
reader, once to fill Plone's RAM caches, then again after every ZODB
connection's cache has been emptied (ghosted): the objects whose state that
request loads from the database are the objects it wakes.

Listings read brains, so no issue is woken, whatever the archive's size. What
does grow is the catalog's own work: a query intersects the sets of all the
issues it matches (portal_type, path, review_state, allowedRolesAndUsers) and
sorts them on issue_sort_key, which loads about one BTree bucket per 30 to
120 issues. That is ZCatalog's cost, the same for any listing in Plone.

    .venv/bin/pytest src/migrant.magazine/tests/test_performance.py -q -s

prints the loads and the timings.
"""

from Acquisition import aq_base
from collections import Counter
from migrant.magazine.demo import make_cover
from migrant.magazine.demo import make_pdf
from migrant.magazine.interfaces import IMagazineSettings
from migrant.magazine.testing import add_article
from migrant.magazine.testing import add_issue
from plone import api
from plone.dexterity.content import DexterityContent
from plone.namedfile.file import NamedBlobFile
from plone.namedfile.file import NamedBlobImage
from ZODB.Connection import Connection

import pytest
import requests
import time
import transaction


SMALL, LARGE = 20, 200
# Both archives show a full first page of the same size: only the number of
# issues behind it differs.
PAGE_SIZE = SMALL
# Loads other than content and catalog BTrees may differ by a few.
SLACK = 5
# The catalog's BTree buckets: well under one load per five issues added.
BUCKETS_PER_ISSUE = 1 / 5
RENDERS = 10
COVER = make_cover(title="Migrant")
PDF = make_pdf(title="Migrant in Romania")
PAGES = {
    "magazine-view": ("", {}),
    "issue-view": ("/nr-1-1990", {}),
    "@magazine-archive": (
        f"/@magazine-archive?b_size={PAGE_SIZE}",
        {"Accept": "application/json"},
    ),
}


class Loads:
    """The objects a request loaded from the ZODB, by kind."""

    def __init__(self, classes):
        self.classes = classes
        self.content = Counter(
            {c: n for c, n in classes.items() if issubclass(c, DexterityContent)}
        )
        self.btrees = sum(
            n for c, n in classes.items() if c.__module__.startswith("BTrees.")
        )
        self.total = sum(classes.values())
        self.other = self.total - self.btrees - sum(self.content.values())

    def __sub__(self, other):
        return {
            f"{c.__module__}.{c.__qualname__}": n
            for c, n in (self.classes - other.classes).items()
        }


class LoadCounter:
    """Counts, per class, the objects whose state ZODB connections load."""

    def __init__(self, monkeypatch):
        self.classes = Counter()
        self.active = False
        setstate = Connection.setstate

        def counting_setstate(connection, obj):
            if self.active:
                self.classes[type(obj)] += 1
            return setstate(connection, obj)

        monkeypatch.setattr(Connection, "setstate", counting_setstate)

    def cold_get(self, db, url, **kwargs):
        """GET `url` with every connection's cache ghosted.

        A first request fills what Plone keeps in RAM caches (keyed on the
        catalog's counter, for instance), as it is on a site in use.
        Returns (response, Loads, seconds of the cold request).
        """
        requests.get(url, timeout=60, **kwargs).raise_for_status()
        db.cacheMinimize()
        self.classes = Counter()
        self.active = True
        start = time.perf_counter()
        try:
            response = requests.get(url, timeout=60, **kwargs)
        finally:
            self.active = False
        seconds = time.perf_counter() - start
        response.raise_for_status()
        return response, Loads(self.classes), seconds


def seconds_per_get(url, **kwargs):
    """(average, fastest) time of a request whose objects are in the ZODB cache."""
    for _ in range(3):
        requests.get(url, timeout=60, **kwargs).raise_for_status()
    times = []
    for _ in range(RENDERS):
        start = time.perf_counter()
        requests.get(url, timeout=60, **kwargs).raise_for_status()
        times.append(time.perf_counter() - start)
    return sum(times) / RENDERS, min(times)


def measure(counter, magazine):
    """{page: (Loads, cold seconds, (warm average, fastest), response)}."""
    db = magazine._p_jar.db()
    results = {}
    for page, (path, headers) in PAGES.items():
        url = magazine.absolute_url() + path
        response, loads, cold = counter.cold_get(db, url, headers=headers)
        warm = seconds_per_get(url, headers=headers)
        results[page] = (loads, cold, warm, response)
    return results


def add_issues(magazine, numbers):
    """Published quarterly issues with a cover and a PDF, from 1990 on."""
    with api.env.adopt_roles(["Manager"]):
        for number in numbers:
            add_issue(
                magazine,
                number,
                1990 + (number - 1) // 4,
                quarter=(number - 1) % 4 + 1,
                cover=NamedBlobImage(COVER, filename="cover.png"),
                pdf=NamedBlobFile(
                    PDF, filename="issue.pdf", contentType="application/pdf"
                ),
            )
    transaction.commit()


@pytest.fixture
def magazine(functional_portal):
    """A published magazine with SMALL issues, the first with three articles."""
    api.portal.set_registry_record(
        "archive_batch_size", PAGE_SIZE, interface=IMagazineSettings
    )
    with api.env.adopt_roles(["Manager"]):
        magazine = api.content.create(
            container=functional_portal,
            type="Magazine",
            id="magazine",
            title="Migrant in Romania",
        )
        api.content.transition(magazine, to_state="published")
    add_issues(magazine, range(1, SMALL + 1))
    with api.env.adopt_roles(["Manager"]):
        for index, title in enumerate(("Editorial", "Interview", "News")):
            add_article(
                magazine["nr-1-1990"],
                title,
                first_page=1 + 3 * index,
                last_page=3 + 3 * index,
                authors=["Ana Pop"],
            )
    transaction.commit()
    return magazine


def report(small, large):
    print(f"\nObjects loaded per request, cold ZODB cache ({SMALL} -> {LARGE} issues)")
    for page in PAGES:
        (loads_s, cold_s, warm_s, _), (loads_l, cold_l, warm_l, _) = (
            small[page],
            large[page],
        )
        print(
            f"{page:18} total {loads_s.total:4} -> {loads_l.total:4} | content "
            f"{sum(loads_s.content.values())} -> {sum(loads_l.content.values())}"
            f" | catalog BTrees {loads_s.btrees:3} -> {loads_l.btrees:3}"
            f" | other {loads_s.other:3} -> {loads_l.other:3}\n"
            f"{'':18} cold {cold_s * 1000:6.1f} -> {cold_l * 1000:6.1f} ms,"
            f" warm {warm_s[0] * 1000:6.1f} -> {warm_l[0] * 1000:6.1f} ms"
            f" (average of {RENDERS}; fastest {warm_s[1] * 1000:.1f} ->"
            f" {warm_l[1] * 1000:.1f} ms)\n"
            f"{'':18} more at {LARGE}: {loads_l - loads_s}"
        )


def test_cost_stays_flat_with_archive_size(magazine, monkeypatch):
    counter = LoadCounter(monkeypatch)
    small = measure(counter, magazine)
    add_issues(magazine, range(SMALL + 1, LARGE + 1))
    large = measure(counter, magazine)
    report(small, large)

    # The pages show what they should, at both sizes.
    assert "Nr. 20 / 1994" in small["magazine-view"][3].text
    assert "Nr. 200 / 2039" in large["magazine-view"][3].text
    assert "Nr. 180 / 2034" not in large["magazine-view"][3].text  # page 2
    assert large["@magazine-archive"][3].json()["items_total"] == LARGE
    assert "Interview" in large["issue-view"][3].text

    for page in PAGES:
        loads_s, loads_l = small[page][0], large[page][0]
        # The same content objects are woken: the site, the magazine, the
        # issue shown.
        assert loads_l.content == loads_s.content, (page, loads_l.content)
        assert max(loads_l.content.values()) == 1, (page, loads_l.content)
        assert loads_l.other <= loads_s.other + SLACK, (page, loads_l - loads_s)
        assert loads_l.btrees - loads_s.btrees <= (LARGE - SMALL) * BUCKETS_PER_ISSUE
    # No issue but the one shown.
    issue_class = type(aq_base(magazine["nr-1-1990"]))
    assert issue_class not in large["magazine-view"][0].content
    assert issue_class not in large["@magazine-archive"][0].content
    assert large["issue-view"][0].content[issue_class] == 1


def test_counter_sees_woken_issues(magazine, monkeypatch):
    """The counter is not blind: waking every issue loads SMALL issues."""
    counter = LoadCounter(monkeypatch)
    magazine._p_jar.db().cacheMinimize()
    counter.active = True
    titles = [issue.title for issue in magazine.objectValues()]
    counter.active = False
    assert len(titles) == SMALL
    assert counter.classes[type(aq_base(magazine["nr-1-1990"]))] == SMALL

"""The demo magazine the site's demo generator builds."""

from migrant.magazine.demo import create_demo_magazine
from plone import api

import pytest


@pytest.fixture
def demo(portal):
    with api.env.adopt_roles(["Manager"]):
        return create_demo_magazine(portal, issues=5, first_year=2012)


def test_issues_over_two_years(demo):
    brains = api.content.find(context=demo, portal_type="MagazineIssue")
    assert sorted((b.issue_year, b.issue_number) for b in brains) == [
        (2012, 16),
        (2012, 17),
        (2012, 18),
        (2012, 19),
        (2013, 20),
    ]


def test_each_issue_has_articles_supplement_cover_and_pdf(demo):
    for issue in demo.objectValues():
        articles = [
            o for o in issue.objectValues() if o.portal_type == "MagazineArticle"
        ]
        supplements = [
            o for o in issue.objectValues() if o.portal_type == "MagazineSupplement"
        ]
        assert len(articles) >= 3
        assert [s.title for s in supplements] == ["Bessarabian Focus"]
        assert issue.pdf.data.startswith(b"%PDF-")
        assert supplements[0].pdf.data.startswith(b"%PDF-")
        assert issue.cover.getImageSize()[0] > 100


def test_everything_published(demo):
    unpublished = api.content.find(context=demo, review_state=["private", "pending"])
    assert len(unpublished) == 0

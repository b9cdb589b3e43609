"""The magazine's pages: archive, current issue, table of contents, navigation."""

from migrant.magazine.testing import add_article
from migrant.magazine.testing import add_issue
from migrant.magazine.testing import pdf_file
from plone import api
from plone.app.testing import logout

import datetime
import pytest


@pytest.fixture
def archive(magazine):
    """Issues added out of order over three years; the newest one private."""
    for number, year, quarter in [(17, 2013, 2), (14, 2012, 3), (19, 2013, 4)]:
        add_issue(magazine, number, year, quarter=quarter)
    add_issue(magazine, 15, 2012, quarter=4)
    add_issue(magazine, 20, 2014, quarter=1, publish=False)
    return magazine


def view(context, name):
    return api.content.get_view(name=name, context=context)


def archive_years(magazine):
    page = view(magazine, "magazine-view")
    return [
        (year, [brain.issue_number for brain in brains])
        for year, brains in page.years(page.batch())
    ]


def test_archive_grouped_by_year_newest_first(archive):
    assert archive_years(archive) == [
        (2014, [20]),
        (2013, [19, 17]),
        (2012, [15, 14]),
    ]


def test_anonymous_archive_hides_private_issues(archive):
    logout()
    assert archive_years(archive) == [(2013, [19, 17]), (2012, [15, 14])]
    html = view(archive, "magazine-view")()
    assert "Nr. 19 / 2013" in html
    assert "Nr. 20 / 2014" not in html


def test_current_issue_is_latest_published(archive):
    current = view(archive, "magazine-view").current_issue()
    assert current.issue_number == 19


def test_no_current_issue_without_published_ones(magazine):
    add_issue(magazine, 1, 2020, publish=False)
    assert view(magazine, "magazine-view").current_issue() is None


def test_archive_is_batched(magazine):
    api.portal.set_registry_record(
        "migrant.magazine.interfaces.IMagazineSettings.archive_batch_size", 2
    )
    for number in range(1, 6):
        add_issue(magazine, number, 2010 + number)
    page = view(magazine, "magazine-view")
    assert [brain.issue_number for brain in page.batch()] == [5, 4]
    page.request.form["b_start"] = "4"
    assert [brain.issue_number for brain in page.batch()] == [1]


@pytest.fixture
def issue(magazine):
    issue = add_issue(
        magazine, 19, 2013, quarter=4, pdf=pdf_file("Nr. 19 / 2013", ["Contents"])
    )
    add_article(issue, "Editorial", first_page=1, last_page=2, authors=["Ana Pop"])
    add_article(issue, "Interview", first_page=3, last_page=8, section="interview")
    add_article(issue, "News", first_page=9, last_page=9)
    supplement = api.content.create(
        container=issue,
        type="MagazineSupplement",
        title="Bessarabian Focus",
        pdf=pdf_file("Bessarabian Focus"),
    )
    api.content.transition(supplement, to_state="published")
    add_article(supplement, "Chișinău students", first_page=1, last_page=4)
    return issue


def toc(container):
    return [
        (brain.Title, brain.article_pages)
        for brain in view(container, "magazine-toc").articles()
    ]


def test_table_of_contents_in_folder_order(issue):
    assert toc(issue) == [("Editorial", "1–2"), ("Interview", "3–8"), ("News", "9")]
    issue.moveObjectsToTop(["news"])
    issue.reindexObject()
    for article in issue.objectValues():
        article.reindexObject(idxs=["getObjPositionInParent"])
    assert toc(issue) == [("News", "9"), ("Editorial", "1–2"), ("Interview", "3–8")]


def test_issue_view_shows_heading_pdf_toc_and_supplement(issue):
    html = view(issue, "issue-view")()
    assert "Nr. 19 / 2013 · Q4" in html
    assert f"{issue.absolute_url()}/@@download/pdf" in html
    assert "Download the PDF (1 KB)" in html
    assert html.index("Editorial") < html.index("Interview") < html.index("News")
    assert "Ana Pop" in html
    assert "Bessarabian Focus" in html


def test_supplement_view_lists_its_articles(issue):
    supplement = issue["bessarabian-focus"]
    assert toc(supplement) == [("Chișinău students", "1–4")]
    assert "Chișinău students" in view(supplement, "supplement-view")()


@pytest.mark.parametrize(
    "article_id,previous,following",
    [
        ("editorial", None, "Interview"),
        ("interview", "Editorial", "News"),
        ("news", "Interview", None),
    ],
)
def test_previous_and_next_article(issue, article_id, previous, following):
    before, after = view(issue[article_id], "article-view").neighbours()
    assert (before.Title if before else None) == previous
    assert (after.Title if after else None) == following


def test_article_view_shows_authors_section_pages(issue):
    html = view(issue["interview"], "article-view")()
    assert "Interview" in html
    assert "3–8" in html
    assert 'rel="prev"' in html and 'rel="next"' in html


def test_publication_date_in_the_readers_format(magazine):
    issue = add_issue(magazine, 3, 2013, publication_date=datetime.date(2013, 12, 1))
    assert view(issue, "issue-view").publication_date() == "Dec 01, 2013"
    assert 'datetime="2013-12-01"' in view(issue, "issue-view")()

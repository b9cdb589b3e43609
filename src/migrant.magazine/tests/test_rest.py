"""The magazine over plone.restapi and its feed, through a real WSGI server."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import base64
import feedparser
import pytest
import requests


JSON = {"Accept": "application/json"}
ADMIN = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)


@pytest.fixture
def url(functional_magazine):
    return functional_magazine.absolute_url()


def test_issue_fields_and_table_of_contents(url):
    data = requests.get(f"{url}/nr-19-2013", headers=JSON, timeout=30).json()
    assert (data["number"], data["year"], data["quarter"]["token"]) == (19, 2013, "4")
    assert data["title"] == "Nr. 19 / 2013"
    assert data["pdf"]["download"] == f"{url}/nr-19-2013/@@download/pdf"
    assert data["pdf"]["size"] > 500
    assert data["table_of_contents"] == [
        {
            "@id": f"{url}/nr-19-2013/editorial",
            "title": "Editorial",
            "description": "",
            "authors": ["Ana"],
            "section": None,
            "pages": "1–2",
            "review_state": "published",
        }
    ]


def test_archive_service_as_anonymous(url):
    data = requests.get(f"{url}/@magazine-archive", headers=JSON, timeout=30).json()
    assert data["items_total"] == 1
    assert data["current_issue"]["number"] == 19
    assert [(y["year"], [i["number"] for i in y["issues"]]) for y in data["years"]] == [
        (2013, [19])
    ]
    issue = data["years"][0]["issues"][0]
    assert issue["period"] == "Q4"
    assert issue["pdf_download"] == f"{url}/nr-19-2013/@@download/pdf"


def test_archive_service_as_editor_sees_private_issue(url):
    data = requests.get(
        f"{url}/@magazine-archive", headers=JSON, auth=ADMIN, timeout=30
    )
    years = [
        (y["year"], [i["number"] for i in y["issues"]]) for y in data.json()["years"]
    ]
    assert years == [(2014, [20]), (2013, [19])]


def test_anonymous_cannot_read_private_issue(url):
    response = requests.get(f"{url}/nr-20-2014", headers=JSON, timeout=30)
    assert response.status_code == 401


def test_duplicate_number_refused_over_rest(url):
    response = requests.post(
        url,
        headers=JSON,
        auth=ADMIN,
        json={"@type": "MagazineIssue", "number": 19, "year": 2015, "quarter": 1},
        timeout=30,
    )
    assert response.status_code == 400
    errors = response.json()["message"]
    assert "Issue number 19 already exists in this magazine: Nr. 19 / 2013." in errors
    listing = requests.get(
        f"{url}/@magazine-archive", headers=JSON, auth=ADMIN, timeout=30
    )
    assert listing.json()["items_total"] == 2


def test_new_number_accepted_over_rest(url):
    response = requests.post(
        url,
        headers=JSON,
        auth=ADMIN,
        json={"@type": "MagazineIssue", "number": 21, "year": 2015, "season": "Spring"},
        timeout=30,
    )
    assert response.status_code == 201, response.text
    assert response.json()["@id"] == f"{url}/nr-21-2015"


def test_non_pdf_refused_over_rest(url):
    response = requests.post(
        url,
        headers=JSON,
        auth=ADMIN,
        json={
            "@type": "MagazineIssue",
            "number": 22,
            "year": 2015,
            "quarter": 2,
            "pdf": {
                "data": base64.b64encode(b"GIF89a...").decode(),
                "encoding": "base64",
                "filename": "cover.pdf",
                "content-type": "application/pdf",
            },
        },
        timeout=30,
    )
    assert response.status_code == 400
    assert "Only PDF documents can be uploaded here." in response.json()["message"]


def test_feed_lists_published_issues(url):
    response = requests.get(f"{url}/RSS", timeout=30)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert [entry.title for entry in feed.entries] == ["Nr. 19 / 2013"]

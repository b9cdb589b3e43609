"""The words of an issue's or supplement's PDF find it in Plone's search."""

from migrant.magazine.testing import add_issue
from migrant.magazine.testing import pdf_file
from plone import api
from plone.app.testing import logout

import pytest
import shutil


pytestmark = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="needs pdftotext (make system-deps)"
)


def search(text):
    return [brain.Title for brain in api.content.find(SearchableText=text)]


def test_issue_found_by_a_word_of_its_pdf(magazine):
    add_issue(
        magazine, 19, 2013, pdf=pdf_file("Nr. 19", ["Interculturality in Constanta"])
    )
    assert search("Interculturality") == ["Nr. 19 / 2013"]
    assert search("Constanta") == ["Nr. 19 / 2013"]


def test_supplement_found_by_a_word_of_its_pdf(magazine):
    issue = add_issue(magazine, 19, 2013)
    supplement = api.content.create(
        container=issue,
        type="MagazineSupplement",
        title="Bessarabian Focus",
        pdf=pdf_file("Focus", ["Transnistria"]),
    )
    api.content.transition(supplement, to_state="published")
    assert search("Transnistria") == ["Bessarabian Focus"]


def test_anonymous_does_not_find_private_issues(magazine):
    add_issue(magazine, 21, 2015, publish=False, pdf=pdf_file("x", ["Sulina"]))
    assert search("Sulina") == ["Nr. 21 / 2015"]
    logout()
    assert search("Sulina") == []


def test_replaced_pdf_is_reindexed(magazine):
    issue = add_issue(magazine, 19, 2013, pdf=pdf_file("x", ["Mangalia"]))
    issue.pdf = pdf_file("y", ["Techirghiol"])
    issue.reindexObject()
    assert search("Mangalia") == []
    assert search("Techirghiol") == ["Nr. 19 / 2013"]

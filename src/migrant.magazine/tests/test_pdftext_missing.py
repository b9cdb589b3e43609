"""Without pdftotext the site works and says so once in the log."""

from migrant.magazine import pdftext
from migrant.magazine.testing import add_issue
from migrant.magazine.testing import pdf_file
from plone import api

import logging


def test_missing_pdftotext_warns_once(magazine, monkeypatch, caplog):
    monkeypatch.setattr(pdftext.shutil, "which", lambda name: None)
    monkeypatch.setattr(pdftext, "_warned", [])
    with caplog.at_level(logging.WARNING, logger="migrant.magazine"):
        add_issue(magazine, 1, 2013, pdf=pdf_file("x", ["Brasov"]))
        add_issue(magazine, 2, 2013, pdf=pdf_file("y", ["Brasov"]))
    warnings = [r for r in caplog.records if "pdftotext" in r.getMessage()]
    assert len(warnings) == 1
    assert len(api.content.find(SearchableText="Brasov")) == 0
    assert len(api.content.find(portal_type="MagazineIssue")) == 2

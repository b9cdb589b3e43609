"""In the portal, an issue's translations share its number, year, quarter, date."""

from migrant.magazine.testing import add_issue
from plone import api
from plone.app.multilingual.interfaces import IPloneAppMultilingualInstalled
from plone.app.multilingual.interfaces import ITranslationManager
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent

import datetime
import pytest


INDEPENDENT = ("number", "year", "quarter", "publication_date")


@pytest.fixture
def issue(portal):
    """Nr. 19 / 2013 in /plone/ro/magazine, the magazine translated into English."""
    setRoles(portal, TEST_USER_ID, ["Manager"])
    # plone.app.multilingual's subscribers act only on requests with its layer.
    assert IPloneAppMultilingualInstalled.providedBy(portal.REQUEST)
    magazine = api.content.create(
        container=portal["ro"], type="Magazine", id="magazine", title="Migrant"
    )
    # The issue's translation goes into the magazine's translation: issues
    # may only be added inside a magazine.
    ITranslationManager(magazine).add_translation("en")
    return add_issue(
        magazine,
        19,
        2013,
        quarter=4,
        publication_date=datetime.date(2013, 12, 1),
        theme="Migranți și muncă",
    )


def test_issue_types_are_translatable(portal):
    for type_name in ("Magazine", "MagazineIssue", "MagazineArticle"):
        assert "plone.translatable" in portal.portal_types[type_name].behaviors


def test_translation_gets_the_language_independent_fields(portal, issue):
    translation = ITranslationManager(issue).add_translation("en")

    assert translation.aq_parent.absolute_url_path() == "/plone/en/magazine"
    assert translation.Language() == "en"
    assert ITranslationManager(issue).get_translation("en") == translation
    for name in INDEPENDENT:
        assert getattr(translation, name) == getattr(issue, name), name
    assert translation.title == "Nr. 19 / 2013"
    # The theme is text, translated by hand: it is not copied.
    assert not translation.theme


def test_editing_the_source_updates_the_translation(portal, issue):
    translation = ITranslationManager(issue).add_translation("en")

    issue.number = 20
    issue.publication_date = datetime.date(2014, 1, 15)
    notify(ObjectModifiedEvent(issue))

    assert translation.number == 20
    assert translation.publication_date == datetime.date(2014, 1, 15)
    assert translation.title == "Nr. 20 / 2013"
    # The translation was reindexed: the catalog knows its new number.
    brain = api.content.find(UID=api.content.get_uuid(translation))[0]
    assert brain.Title == "Nr. 20 / 2013"


def test_editing_the_translation_updates_the_source(portal, issue):
    translation = ITranslationManager(issue).add_translation("en")

    translation.year = 2014
    notify(ObjectModifiedEvent(translation))

    assert issue.year == 2014


@pytest.mark.parametrize(
    "type_name", ["Magazine", "MagazineIssue", "MagazineArticle", "MagazineSupplement"]
)
def test_installed_after_multilingual_types_are_translatable(portal, type_name):
    """Installing migrant.magazine into a site that already is multilingual."""
    fti = portal.portal_types[type_name]
    fti._updateProperty(
        "behaviors", tuple(b for b in fti.behaviors if b != "plone.translatable")
    )
    portal.portal_setup.runAllImportStepsFromProfile("profile-migrant.magazine:default")
    assert "plone.translatable" in fti.behaviors

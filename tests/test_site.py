"""The portal as `make start` creates it: add-ons, languages, root folders."""

from Acquisition import aq_base
from migrant.portal.languages import LANGUAGES
from migrant.portal.site import ensure_admin
from migrant.portal.site import ensure_site
from plone import api
from Testing.makerequest import makerequest
from zope.component.hooks import getSite
from zope.component.hooks import setSite
from zope.globalrequest import getRequest
from zope.globalrequest import setRequest

import pytest


ADDONS = ("migrant.magazine", "migrant.mediators", "migrant.board", "migrant.portal")


@pytest.mark.parametrize("addon", ADDONS)
def test_addon_installed(installer, addon):
    assert installer.is_product_installed(addon)


def test_languages(portal):
    assert api.portal.get_registry_record("plone.default_language") == "ro"
    assert api.portal.get_registry_record("plone.available_languages") == list(
        LANGUAGES
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_root_folder(portal, language):
    folder = portal[language]
    assert folder.portal_type == "LRF"
    assert folder.Language() == language
    assert api.content.get_state(folder) == "published"


@pytest.fixture
def fresh_app(functional_app):
    """The Zope application as `make start` sees it: a new request, no site.

    The layer's request carries the browser layers of the test site, which
    would make add-on subscribers act during the new site's creation.
    """
    site, request = getSite(), getRequest()
    app = makerequest(aq_base(functional_app))
    setRequest(app.REQUEST)
    setSite(None)
    yield app
    setRequest(request)
    setSite(site)


def test_ensure_site_creates_the_site_once(fresh_app):
    site, created = ensure_site(fresh_app, site_id="fresh")
    assert created is True
    assert site.title == "Migrant in Romania"
    assert [lang for lang in LANGUAGES if lang in site.objectIds()] == list(LANGUAGES)
    assert api.portal.get_registry_record("plone.default_language") == "ro"

    again, created = ensure_site(fresh_app, site_id="fresh")
    assert created is False
    assert aq_base(again) is aq_base(site)


def test_ensure_admin_keeps_an_existing_password(fresh_app):
    assert ensure_admin(fresh_app, login="boss", password="first") is True
    assert ensure_admin(fresh_app, login="boss", password="second") is False
    users = fresh_app.acl_users
    assert users.authenticate("boss", "first", None) is not None
    assert users.authenticate("boss", "second", None) is None
    assert "Manager" in users.getUserById("boss").getRoles()

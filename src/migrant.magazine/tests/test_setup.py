"""migrant.magazine installs into and uninstalls from a Plone site cleanly."""

from migrant.magazine.interfaces import IMagazineSettings
from migrant.magazine.interfaces import IMigrantMagazineLayer
from plone import api

import pytest


TYPES = ("Magazine", "MagazineIssue", "MagazineArticle", "MagazineSupplement")
INDEXES = ("issue_number", "issue_year", "issue_sort_key")
BUNDLE = "plone.bundles/migrant-magazine.csscompilation"


class TestInstall:
    def test_product_installed(self, installer, package_name):
        assert installer.is_product_installed(package_name) is True

    def test_browserlayer(self, browser_layers):
        assert IMigrantMagazineLayer in browser_layers

    def test_profile_version(self, setup_tool, package_name):
        profile = f"{package_name}:default"
        assert setup_tool.getLastVersionForProfile(profile) == ("1000",)

    def test_no_errors_logged(self, portal):
        assert portal.error_log.getLogEntries() == []

    @pytest.mark.parametrize("type_name", TYPES)
    def test_type_installed(self, portal, type_name):
        assert type_name in portal.portal_types

    @pytest.mark.parametrize("index", INDEXES)
    def test_index(self, portal, index):
        assert index in portal.portal_catalog.indexes()

    def test_stylesheet_bundle(self, portal):
        records = api.portal.get_tool("portal_registry").records
        assert records[BUNDLE].value == "++plone++migrant.magazine/magazine.css"

    def test_controlpanel(self, controlpanel_actions):
        assert "migrant-magazine-settings" in controlpanel_actions

    def test_settings_in_registry(self, portal):
        assert (
            api.portal.get_registry_record("max_pdf_size", interface=IMagazineSettings)
            == 60
        )


class TestUninstall:
    @pytest.fixture(autouse=True)
    def uninstalled(self, installer, package_name):
        installer.uninstall_product(package_name)

    def test_product_uninstalled(self, installer, package_name):
        assert installer.is_product_installed(package_name) is False

    def test_browserlayer_removed(self, browser_layers):
        assert IMigrantMagazineLayer not in browser_layers

    def test_no_errors_logged(self, portal):
        assert portal.error_log.getLogEntries() == []

    @pytest.mark.parametrize("type_name", TYPES)
    def test_type_removed(self, portal, type_name):
        assert type_name not in portal.portal_types

    @pytest.mark.parametrize("index", INDEXES)
    def test_index_removed(self, portal, index):
        assert index not in portal.portal_catalog.indexes()

    def test_stylesheet_bundle_removed(self, portal):
        assert BUNDLE not in api.portal.get_tool("portal_registry").records

    def test_controlpanel_removed(self, controlpanel_actions):
        assert "migrant-magazine-settings" not in controlpanel_actions

    def test_settings_removed(self, portal):
        records = api.portal.get_tool("portal_registry").records
        assert f"{IMagazineSettings.__identifier__}.max_pdf_size" not in records

"""migrant.mediators installs into and uninstalls from a Plone site cleanly."""

from migrant.mediators.interfaces import IMigrantMediatorsLayer
from plone import api

import pytest


INDEXES = [
    "mediator_city",
    "mediator_languages",
    "mediator_expertise",
    "mediator_active",
]


class TestInstall:
    def test_product_installed(self, installer, package_name):
        assert installer.is_product_installed(package_name) is True

    def test_browserlayer(self, browser_layers):
        assert IMigrantMediatorsLayer in browser_layers

    def test_profile_version(self, setup_tool, package_name):
        profile = f"{package_name}:default"
        assert setup_tool.getLastVersionForProfile(profile) == ("1000",)

    def test_no_errors_logged(self, portal):
        assert portal.error_log.getLogEntries() == []

    @pytest.mark.parametrize("name", ["MediatorDirectory", "Mediator"])
    def test_types(self, portal, name):
        assert name in api.portal.get_tool("portal_types")

    @pytest.mark.parametrize("index", INDEXES)
    def test_indexes(self, portal, index):
        assert index in api.portal.get_tool("portal_catalog").indexes()

    def test_registry(self, portal):
        assert api.portal.get_registry_record("migrant.mediators.cities")

    def test_coordinator_role(self, portal):
        assert "Coordinator" in portal.valid_roles()

    def test_controlpanel(self, controlpanel_actions):
        assert "mediator-cities" in controlpanel_actions

    def test_depends_only_on_plone(self, installer, setup_tool, package_name):
        assert setup_tool.getDependenciesForProfile(f"{package_name}:default") == ()
        assert not installer.is_product_installed("plone.app.multilingual")


class TestUninstall:
    @pytest.fixture(autouse=True)
    def uninstalled(self, installer, package_name):
        installer.uninstall_product(package_name)

    def test_product_uninstalled(self, installer, package_name):
        assert installer.is_product_installed(package_name) is False

    def test_browserlayer_removed(self, browser_layers):
        assert IMigrantMediatorsLayer not in browser_layers

    @pytest.mark.parametrize("name", ["MediatorDirectory", "Mediator"])
    def test_types_removed(self, portal, name):
        assert name not in api.portal.get_tool("portal_types")

    @pytest.mark.parametrize("index", INDEXES)
    def test_indexes_removed(self, portal, index):
        catalog = api.portal.get_tool("portal_catalog")
        assert index not in catalog.indexes()
        assert index not in catalog.schema()

    def test_registry_removed(self, portal):
        with pytest.raises(api.exc.InvalidParameterError):
            api.portal.get_registry_record("migrant.mediators.cities")

    def test_controlpanel_removed(self, controlpanel_actions):
        assert "mediator-cities" not in controlpanel_actions

    def test_no_errors_logged(self, portal):
        assert portal.error_log.getLogEntries() == []

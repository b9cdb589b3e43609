"""migrant.board installs into and uninstalls from a Plone site cleanly."""

from migrant.board.interfaces import IMigrantBoardLayer

import pytest


class TestInstall:
    def test_product_installed(self, installer, package_name):
        assert installer.is_product_installed(package_name) is True

    def test_browserlayer(self, browser_layers):
        assert IMigrantBoardLayer in browser_layers

    def test_profile_version(self, setup_tool, package_name):
        profile = f"{package_name}:default"
        assert setup_tool.getLastVersionForProfile(profile) == ("1000",)

    def test_no_errors_logged(self, portal):
        assert portal.error_log.getLogEntries() == []


class TestUninstall:
    @pytest.fixture(autouse=True)
    def uninstalled(self, installer, package_name):
        installer.uninstall_product(package_name)

    def test_product_uninstalled(self, installer, package_name):
        assert installer.is_product_installed(package_name) is False

    def test_browserlayer_removed(self, browser_layers):
        assert IMigrantBoardLayer not in browser_layers

    def test_no_errors_logged(self, portal):
        assert portal.error_log.getLogEntries() == []

"""Install and uninstall handlers of migrant.magazine."""

from plone.base.interfaces import INonInstallable
from zope.interface import implementer


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        """Keep the uninstall profile out of the add-ons control panel."""
        return ["migrant.magazine:uninstall"]


def post_install(setup_tool):
    """Run after the default profile's import steps."""


def uninstall(setup_tool):
    """Run after the uninstall profile's import steps."""
